import { DEMO_PASSWORD } from '@samverkan/seed';
import { TestApi, startTestApi } from '@samverkan/testing';
import { Workbook } from 'exceljs';
import { FIGURES, Figures, Row, SeededPlan, createItem, ok, seededPlan, startPlanApi } from './plan-fixture';

const OVERVIEW = `query ($p: ID!, $y: Int) { planOverview(planId: $p, year: $y) {
  totals { ${FIGURES} }
  byGroup { label ${FIGURES} } byDevelopmentArea { label ${FIGURES} } byLeadAgency { label ${FIGURES} } byPerspective { label ${FIGURES} }
  reportsMissingOrLate { year dueDate late }
} }`;

interface Overview {
  totals: Figures;
  byGroup: Row[];
  byDevelopmentArea: Row[];
  byLeadAgency: Row[];
  byPerspective: Row[];
  reportsMissingOrLate: { year: number; dueDate: string; late: boolean }[];
}

/** A row of figures as the spreadsheet holds it, after the dimension and the name. */
const asCells = (f: Figures): number[] => [
  f.items,
  f.byStatus.planned,
  f.byStatus.inProgress,
  f.byStatus.done,
  f.byStatus.blocked,
  f.byStatus.cancelled,
  f.byHealth.onTrack,
  f.byHealth.atRisk,
  f.byHealth.offTrack,
  Math.round(f.completion * 1000) / 10,
  f.averageProgress,
  f.overdue,
  f.stale,
];

describe('overview downloads for meeting papers', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let base: string;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    base = api.url.replace(/\/graphql$/, '/exports/plan-overview');
    await createItem(api, plan, { title: 'Utbildning för handläggare', status: 'IN_PROGRESS', progress: 40, startDate: '2020-01-01', dueDate: '2020-06-30', health: 'AT_RISK' });
    await createItem(api, plan, { title: 'Rutin för frågor om våld', status: 'DONE', progress: 100, startDate: '2020-01-01', dueDate: '2020-12-31', perspectiveIds: [plan.perspective.CHILDREN_AT_RISK] });
    await createItem(api, plan, { title: 'Stöd i kundmöten', groupId: plan.group[1], developmentAreaId: plan.area[1], ownerId: plan.user.coordinator1, leadAgencyId: plan.agency.SOS, dueDate: '2020-03-01' }, 'coordinator1');
  });
  afterAll(() => api.close());

  const download = async (path: string, headers: Record<string, string> = { authorization: `Bearer ${plan.token.steering}` }) => {
    const response = await fetch(`${base}${path}`, { headers });
    return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()), retryAfter: response.headers.get('retry-after') };
  };

  it('gives a spreadsheet with the same numbers as the overview, with Swedish headings', async () => {
    const overview = ok(await api.gql<{ planOverview: Overview }>(OVERVIEW, { p: plan.planId, y: 2020 }, plan.token.steering)).planOverview;
    const result = await download(`.xlsx?planId=${plan.planId}&year=2020`);
    expect(result.status).toBe(200);
    expect(result.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(result.bytes as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Översikt', 'Saknade och sena rapporter']);
    const rowsOf = (index: number) => workbook.worksheets[index]!.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));

    const [header, ...rows] = rowsOf(0);
    expect(header).toEqual(['Indelning', 'Namn', 'Åtgärder', 'Planerade', 'Pågår', 'Klara', 'Blockerade', 'Avbrutna', 'Enligt plan', 'Risk', 'Avviker', 'Andel klara (%)', 'Genomsnittligt framsteg (%)', 'Försenade', 'Inaktuella']);
    const expected = [
      ['Totalt', '2020', ...asCells(overview.totals)],
      ...overview.byGroup.map((row) => ['Arbetsgrupp', row.label, ...asCells(row)]),
      ...overview.byDevelopmentArea.map((row) => ['Utvecklingsområde', row.label, ...asCells(row)]),
      ...overview.byLeadAgency.map((row) => ['Ansvarig myndighet', row.label, ...asCells(row)]),
      ...overview.byPerspective.map((row) => ['Perspektiv', row.label, ...asCells(row)]),
    ];
    expect(rows).toEqual(expected);
    expect(overview.totals.items).toBe(3);

    const [reportHeader, ...reports] = rowsOf(1);
    expect(reportHeader).toEqual(['År', 'Rapport', 'Arbetsgrupp eller myndighet', 'Sista dag', 'Läge', 'Inskickad', 'Försenad']);
    expect(reports).toHaveLength(overview.reportsMissingOrLate.length);
    expect(reports[0]).toEqual([2020, 'Arbetsgruppens årsrapport', expect.stringMatching(/^Arbetsgrupp 1/), '2021-03-31', 'Inte påbörjad', undefined, 'Ja']);
  });

  it('gives CSV with a UTF-8 byte-order mark, so Excel shows å, ä and ö, to a browser session as well', async () => {
    const signIn = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { signIn(email: "styrgrupp.fk@samverkan.example", password: "${DEMO_PASSWORD}") { expiresAt } }` }),
    });
    const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    const result = await download(`.csv?planId=${plan.planId}&year=2020`, { cookie });
    expect(result.status).toBe(200);
    expect(result.type).toBe('text/csv; charset=utf-8');
    expect([...result.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = result.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Indelning;Namn;Åtgärder;Planerade;Pågår;Klara;Blockerade;Avbrutna;Enligt plan;Risk;Avviker;Andel klara (%);Genomsnittligt framsteg (%);Försenade;Inaktuella');
    expect(lines[1]).toBe('Totalt;2020;3;1;1;1;0;0;1;1;0;33.3;46.7;2;0');
    expect(lines).toContain('Rapporter som saknas eller är sena');
    expect(lines).toContain('År;Rapport;Arbetsgrupp eller myndighet;Sista dag;Läge;Inskickad;Försenad');
  });

  it('refuses callers without credentials and bad or unknown parameters', async () => {
    expect((await download(`.xlsx?planId=${plan.planId}`, {})).status).toBe(401);
    const badYear = await download(`.csv?planId=${plan.planId}&year=1990`);
    expect(badYear.status).toBe(400);
    expect(JSON.parse(badYear.bytes.toString())).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'year' } });
    const unknown = await download(`.csv?planId=${plan.planId}&grupp=1`);
    expect(unknown.status).toBe(400);
    expect((await download('.csv?planId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('is rate-limited per person like every other request', async () => {
    const limited = await startTestApi({ config: { rateLimitPerUser: 3 } });
    try {
      const seeded = await seededPlan(limited);
      const [planId, token] = [seeded.planId, seeded.token.steering];
      const url = `${limited.url.replace(/\/graphql$/, '/exports/plan-overview.csv')}?planId=${planId}`;
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 4; i += 1) {
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        statuses.push(response.status);
        retryAfter = response.headers.get('retry-after');
        await response.arrayBuffer();
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
