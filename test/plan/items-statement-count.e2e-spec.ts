import { TestApi } from '@samverkan/testing';
import { SeededPlan, ok, startPlanApi } from './plan-fixture';
import { statementsDuring } from './statement-log';

const LIST = `query ($first: Int!) { actionItems(first: $first, sort: TITLE) {
  totalCount
  nodes {
    title status health progress dueDate overdue stale
    owner { displayName agency { code } }
    leadAgency { code nameSv }
    participatingAgencies { code }
    group { name coordinatingAgency { code } }
    developmentArea { title }
    perspectives { code }
    latestCheckIn { narrative postedAt author { displayName } }
  }
} }`;

describe('action items list: no N+1', () => {
  let api: TestApi;
  let plan: SeededPlan;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    // 120 items with two participating agencies, a perspective and three check-ins each, written straight into the database.
    const people = [plan.user.coordinator3, plan.user.member3, plan.user.coordinator1, plan.user.steering];
    await api.dataSource.query(
      `INSERT INTO action_items (plan_id, depth, group_id, development_area_id, lead_agency_id, owner_id, title, status, health, health_since, progress, due_date)
       SELECT $1, 1, (ARRAY[$2, $3]::uuid[])[1 + n % 2], $4, (ARRAY[$5, $6, $7]::uuid[])[1 + n % 3], ($8::uuid[])[1 + n % 4],
              'Åtgärd ' || lpad(n::text, 3, '0'), 'IN_PROGRESS', 'ON_TRACK', now(), n % 100, DATE '2020-01-01' + n
         FROM generate_series(1, 120) n`,
      [plan.planId, plan.group[1], plan.group[3], plan.area[1], plan.agency.FK, plan.agency.AF, plan.agency.SOS, people],
    );
    await api.dataSource.query(
      `INSERT INTO action_item_agencies (item_id, agency_id) SELECT i.id, a.id FROM action_items i CROSS JOIN agencies a WHERE a.code IN ('MV', 'JAMY')`,
    );
    await api.dataSource.query(`INSERT INTO action_item_perspectives (item_id, perspective_id) SELECT i.id, $1 FROM action_items i`, [plan.perspective.CHILDREN_AT_RISK]);
    await api.dataSource.query(
      `INSERT INTO check_ins (item_id, author_id, posted_at, narrative)
       SELECT i.id, ($1::uuid[])[1 + k % 4], now() - k * interval '1 day', 'Avstämning ' || k FROM action_items i CROSS JOIN generate_series(1, 3) k`,
      [people],
    );
  });
  afterAll(() => api.close());

  const run = async (first: number): Promise<{ statements: string[]; nodes: unknown[] }> => {
    let nodes: unknown[] = [];
    const statements = await statementsDuring(api.dataSource, async () => {
      nodes = ok(await api.gql<{ actionItems: { nodes: unknown[] } }>(LIST, { first }, plan.token.steering)).actionItems.nodes;
    });
    return { statements, nodes };
  };

  it('runs as many SQL statements for 100 items as for 10', async () => {
    const ten = await run(10);
    const hundred = await run(100);
    expect(ten.nodes).toHaveLength(10);
    expect(hundred.nodes).toHaveLength(100);
    expect(hundred.statements.length).toBe(ten.statements.length);
    // The page, its total, and one batched statement per nested relation, plus the caller's session.
    expect(hundred.statements.length).toBeLessThanOrEqual(14);
  });

  it('nests the newest check-in of each item', async () => {
    const { nodes } = await run(2);
    expect(nodes[0]).toMatchObject({ title: 'Åtgärd 001', latestCheckIn: { narrative: 'Avstämning 1' }, participatingAgencies: expect.arrayContaining([{ code: 'MV' }, { code: 'JAMY' }]) });
  });
});
