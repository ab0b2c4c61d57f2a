import { createHash } from 'node:crypto';
import { ReminderScheduler } from '@samverkan/reminders';
import { ReportWorkflowService, ReportsService } from '@samverkan/reports';
import { DEMO_PLAN_KEY, DemoSeedOptions, PLAN, seedDemoPlan, seedIpvPlan } from '@samverkan/seed';
import { TestApi, snapshotTables, startTestApi } from '@samverkan/testing';

const DAY_MS = 24 * 60 * 60 * 1000;

interface PlanRow {
  id: string;
  key: string;
  title: string;
  periodStart: string;
  periodEnd: string;
}

interface ItemRef {
  title: string;
  dueDate: string | null;
}

interface DemoReportRow {
  year: number;
  status: string;
  group: { number: number };
  versions: Array<{
    number: number;
    status: string;
    reviewComment: string | null;
    reviewedAt: string | null;
    submittedBy: { email: string } | null;
    document: string | null;
    sha256: string | null;
    pdfBase64: string | null;
    deliveries: Array<{ agency: { code: string }; channel: string }>;
  }>;
}

const REPORTS = `query ($planId: ID!) {
  reports(planId: $planId, first: 10) {
    nodes { year status group { number } versions { number status reviewComment reviewedAt submittedBy { email } document sha256 pdfBase64 deliveries { agency { code } channel } } }
  }
}`;

interface Overview {
  planOverview: {
    totals: {
      items: number;
      overdue: number;
      stale: number;
      byStatus: Record<'planned' | 'inProgress' | 'done' | 'blocked' | 'cancelled', number>;
      byHealth: Record<'onTrack' | 'atRisk' | 'offTrack', number>;
    };
    dueSoon: ItemRef[];
  };
}

const OVERVIEW = `query ($planId: ID!) {
  planOverview(planId: $planId, listSize: 100) {
    totals { items overdue stale byStatus { planned inProgress done blocked cancelled } byHealth { onTrack atRisk offTrack } }
    dueSoon { title dueDate }
  }
}`;

/** The demo plan `npm start` seeds beside the historical one, with dates placed around the day it was first seeded. */
describe('demo plan seed', () => {
  let api: TestApi;
  let token: string;
  let seededAt: Date;
  let plans: PlanRow[];
  let demo: PlanRow;

  beforeAll(async () => {
    api = await startTestApi();
    seededAt = new Date();
    const result = await seedDemoPlan(api.dataSource, seedOptions(api, seededAt));
    expect(result.inserted).toBeGreaterThan(50);
    token = await api.login('observator@samverkan.example');
    plans = (await api.gql<{ plans: PlanRow[] }>('{ plans { id key title periodStart periodEnd } }', {}, token)).data!.plans;
    demo = plans.find((plan) => plan.key === DEMO_PLAN_KEY)!;
  });
  afterAll(() => api.close());

  it('adds a plan named as a demo around this year, and keeps the historical plan as it was', () => {
    const year = Number(swedishToday(seededAt).slice(0, 4));
    expect(demo.title).toMatch(/^Demo: /);
    expect(demo.title).toContain(String(year + 1));
    expect(demo.periodStart <= swedishToday(seededAt) && swedishToday(seededAt) <= demo.periodEnd).toBe(true);
    expect(plans.find((plan) => plan.key === PLAN.key)).toEqual({
      id: expect.any(String),
      key: PLAN.key,
      title: PLAN.title,
      periodStart: PLAN.periodStart,
      periodEnd: PLAN.periodEnd,
    });
  });

  it('shows overdue, stale and due-soon items, in every status and health, in the plan overview', async () => {
    const { totals, dueSoon } = (await api.gql<Overview>(OVERVIEW, { planId: demo.id }, token)).data!.planOverview;

    expect(totals.overdue).toBeGreaterThanOrEqual(2);
    expect(totals.stale).toBeGreaterThanOrEqual(3);
    expect(dueSoon.length).toBeGreaterThanOrEqual(2);
    const today = swedishToday(seededAt);
    for (const item of dueSoon) expect(item.dueDate! >= today).toBe(true);
    for (const count of [...Object.values(totals.byStatus), ...Object.values(totals.byHealth)]) expect(count).toBeGreaterThan(0);
  });

  it('has reminders that will go out in the coming days', async () => {
    const [{ pending }] = await api.dataSource.query(
      `SELECT count(*)::int AS pending FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
        WHERE d.plan_id = $1 AND r.state = 'SCHEDULED' AND r.due_at > now() AND r.due_at < now() + interval '8 days'`,
      [demo.id],
    );
    expect(pending).toBeGreaterThan(0);
  });

  it('has an annual report due in a few weeks, meetings with decisions and goals with two years of figures', async () => {
    const year = Number(swedishToday(seededAt).slice(0, 4));
    const reportYear = swedishToday(new Date(seededAt.getTime() + 21 * DAY_MS)).startsWith(String(year)) ? year - 1 : year;
    const { missingReports } = (
      await api.gql<{ missingReports: Array<{ dueDate: string; late: boolean }> }>(
        'query ($planId: ID!, $year: Int!) { missingReports(planId: $planId, year: $year) { dueDate late } }',
        { planId: demo.id, year: reportYear },
        token,
      )
    ).data!;
    expect(missingReports.length).toBeGreaterThan(0);
    expect(missingReports[0]!.dueDate).toBe(swedishToday(new Date(seededAt.getTime() + 21 * DAY_MS)));

    const [{ decisions }] = await api.dataSource.query(
      `SELECT count(*)::int AS decisions FROM meeting_decisions md JOIN meetings m ON m.id = md.meeting_id WHERE m.plan_id = $1`,
      [demo.id],
    );
    expect(decisions).toBeGreaterThan(0);
    const years: { year: number }[] = await api.dataSource.query(
      `SELECT DISTINCT ms.year FROM indicator_measurements ms JOIN goal_indicators i ON i.id = ms.indicator_id JOIN goals g ON g.id = i.goal_id
        WHERE g.plan_id = $1 ORDER BY ms.year`,
      [demo.id],
    );
    expect(years.map((row) => row.year)).toEqual([year - 1, year]);
  });

  it("shows the working group's coordinator last year's reports: one returned for revision with a comment, one acknowledged", async () => {
    const year = Number(swedishToday(seededAt).slice(0, 4));
    const coordinator = await api.login('samordnare.ag1@samverkan.example');
    const response = await api.gql<{ reports: { nodes: DemoReportRow[] } }>(REPORTS, { planId: demo.id }, coordinator);
    expect(response.errors).toBeUndefined();
    const reports = response.data!.reports.nodes;

    expect(reports.map((report) => [report.group.number, report.year, report.status]).sort()).toEqual([
      [1, year - 1, 'RETURNED'],
      [2, year - 1, 'ACKNOWLEDGED'],
    ]);
    const [returned] = reports.find((report) => report.group.number === 1)!.versions;
    const [acknowledged] = reports.find((report) => report.group.number === 2)!.versions;
    expect(returned).toMatchObject({ number: 1, status: 'RETURNED', submittedBy: { email: 'samordnare.ag1@samverkan.example' } });
    expect(returned!.reviewComment).toMatch(/^Tack för rapporten. Komplettera/);
    expect(acknowledged).toMatchObject({ number: 1, status: 'ACKNOWLEDGED', submittedBy: { email: 'samordnare.ag2@samverkan.example' } });
    for (const version of [returned!, acknowledged!]) {
      expect(version.reviewedAt).not.toBeNull();
      expect(version.sha256).toBe(createHash('sha256').update(version.document!, 'utf8').digest('hex'));
      expect(Buffer.from(version.pdfBase64!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      expect(version.deliveries).toEqual([{ agency: { code: 'JAMY' }, channel: 'EMAIL' }]);
    }
  });

  it('records in the audit log who submitted and who reviewed each report', async () => {
    const audited: { action: string; email: string }[] = await api.dataSource.query(
      `SELECT a.action, u.email FROM audit_log a JOIN users u ON u.id = a.actor_id
        WHERE a.entity_type = 'Report' AND a.action IN ('report.submit', 'report.return', 'report.acknowledge') ORDER BY a.action, u.email`,
    );
    expect(audited).toEqual([
      { action: 'report.acknowledge', email: 'styrgrupp.fk@samverkan.example' },
      { action: 'report.return', email: 'styrgrupp.af@samverkan.example' },
      { action: 'report.submit', email: 'samordnare.ag1@samverkan.example' },
      { action: 'report.submit', email: 'samordnare.ag2@samverkan.example' },
    ]);
  });

  it('changes nothing when seeded again, even a month later: the dates stay where the first seed put them', async () => {
    const before = await snapshotTables(api.dataSource);
    const aMonthLater = new Date(seededAt.getTime() + 31 * DAY_MS);

    expect(await seedIpvPlan(api.dataSource)).toEqual({ inserted: 0 });
    expect(await seedDemoPlan(api.dataSource, seedOptions(api, aMonthLater))).toEqual({ inserted: 0 });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });
});

function seedOptions(api: TestApi, now: Date): DemoSeedOptions {
  return { now, reminders: api.app.get(ReminderScheduler), reports: api.app.get(ReportsService), workflow: api.app.get(ReportWorkflowService) };
}

function swedishToday(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
