import { createHash } from 'node:crypto';
import { renderReportPdf } from '@samverkan/reports';
import { TestApi, onlyError, snapshotTables, startTestApi } from '@samverkan/testing';
import {
  CREATE_REPORT,
  EDIT_REPORT,
  SUBMIT_REPORT,
  SeededPlan,
  Who,
  completeSections,
  loginAll,
  seededPlan,
  submitGroupReport,
} from './support/reports-api';

describe('annual reports: writing, submitting and reviewing', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let tokens: Record<Who, string>;

  beforeAll(async () => {
    api = await startTestApi();
    tokens = await loginAll(api);
    plan = await seededPlan(api, tokens.admin);
  });
  afterAll(() => api.close());

  async function createGroupReport(group: number, year: number, as: Who = 'coordinator3'): Promise<string> {
    const response = await api.gql<{ createReport: { id: string } }>(
      CREATE_REPORT,
      { input: { planId: plan.planId, year, kind: 'WORKING_GROUP', groupId: plan.groups[group] } },
      tokens[as],
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createReport.id;
  }

  it('takes a working-group report from draft through submission to acknowledgement, freezing what was submitted', async () => {
    const reportId = await createGroupReport(3, 2019);
    const edited = await api.gql(EDIT_REPORT, { input: { reportId, ...completeSections(plan) } }, tokens.coordinator3);
    expect(edited.errors).toBeUndefined();
    expect(edited.data).toMatchObject({ editReport: { number: 1, status: 'DRAFT' } });

    const submitted = await api.gql<{ submitReport: { id: string; sha256: string; document: string; status: string } }>(SUBMIT_REPORT, { id: reportId }, tokens.coordinator3);
    expect(submitted.errors).toBeUndefined();
    const version = submitted.data!.submitReport;
    expect(version.status).toBe('SUBMITTED');
    expect(createHash('sha256').update(version.document, 'utf8').digest('hex')).toBe(version.sha256);
    const document = JSON.parse(version.document);
    expect(document).toMatchObject({
      format: 'samverkan.report.v1',
      report: { id: reportId, kind: 'WORKING_GROUP', year: 2019, dueDate: '2020-03-31', group: { number: 3 } },
      version: { number: 1, registrationNumber: 'Dnr 2020-0001', submittedBy: { agency: 'FK' } },
      snapshot: { items: expect.any(Array) },
    });
    expect(document.sections.perspectives).toHaveLength(plan.perspectives.length);
    expect(document.sections.perspectives.at(-1)).toMatchObject({ notApplicable: true });

    const [row] = await api.dataSource.query(`SELECT pdf, document FROM report_versions WHERE id = $1`, [version.id]);
    expect(row.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(row.document).toBe(version.document);

    // The copy to the Gender Equality Agency and the steering group's e-mail are queued with the submission.
    const [deliveries, notices] = await Promise.all([
      api.dataSource.query(
        `SELECT d.channel, a.code, o.job_name FROM report_deliveries d JOIN agencies a ON a.id = d.agency_id JOIN outbox_messages o ON o.id = d.outbox_message_id WHERE d.version_id = $1`,
        [version.id],
      ),
      api.dataSource.query(`SELECT payload FROM outbox_messages WHERE payload->>'messageId' = $1`, [`<report-submitted.${version.id}@samverkan>`]),
    ]);
    expect(deliveries).toEqual([{ channel: 'EMAIL', code: 'JAMY', job_name: 'deliver-report-copy' }]);
    expect(notices[0].payload.to.sort()).toEqual(['styrgrupp.af@samverkan.example', 'styrgrupp.fk@samverkan.example', 'styrgrupp.mv@samverkan.example', 'styrgrupp.sos@samverkan.example']);
    // In Swedish, with the page where the version is reviewed.
    expect(notices[0].payload.text).toContain(`Läs den och godkänn den eller skicka tillbaka den i Samverkan: /granskning/${reportId}`);
    // ... and each of them sees it in the app at once; nobody outside the steering group does.
    const inbox = '{ notifications(first: 5) { unreadCount nodes { title subjectType subjectId delivery } } }';
    const steeringInbox = await api.gql<{ notifications: { unreadCount: number; nodes: object[] } }>(inbox, {}, tokens.steering);
    expect(steeringInbox.data!.notifications.nodes).toContainEqual({
      title: `${document.report.group.name} har skickat in sin rapport för 2019 (version 1)`,
      subjectType: 'REPORT',
      subjectId: reportId,
      delivery: 'EMAIL',
    });
    const coordinatorInbox = await api.gql<{ notifications: { nodes: { subjectId: string }[] } }>(inbox, {}, tokens.coordinator3);
    expect(coordinatorInbox.data!.notifications.nodes.filter((n) => n.subjectId === reportId)).toEqual([]);

    const acknowledged = await api.gql('mutation ($v: ID!) { acknowledgeReport(input: { versionId: $v, comment: "Thank you" }) { status reviewComment } }', { v: version.id }, tokens.steering);
    expect(acknowledged.data).toEqual({ acknowledgeReport: { status: 'ACKNOWLEDGED', reviewComment: 'Thank you' } });
    // The authors hear of it, in the app and by e-mail, with the comment.
    const afterReview = await api.gql<{ notifications: { nodes: object[] } }>(inbox, {}, tokens.coordinator3);
    expect(afterReview.data!.notifications.nodes).toContainEqual({
      title: 'Er rapport för 2019 (version 1) har godkänts av styrgruppen',
      subjectType: 'REPORT',
      subjectId: reportId,
      delivery: 'EMAIL',
    });
    const [reviewMail] = await api.dataSource.query(`SELECT payload FROM outbox_messages WHERE payload->>'messageId' = $1`, [`<report-acknowledged.${version.id}@samverkan>`]);
    expect(reviewMail.payload.to).toContain('samordnare.ag3@samverkan.example');
    expect(reviewMail.payload.text).toContain('Styrgruppens kommentar: Thank you');
    expect(reviewMail.payload.text).toContain(`Läs den i Samverkan: /rapporter/${reportId}`);
    const [after] = await api.dataSource.query(`SELECT document, sha256 FROM report_versions WHERE id = $1`, [version.id]);
    expect(after).toEqual({ document: version.document, sha256: version.sha256 });
  });

  it('returns a version for revision; the revision is a new version, submitted and copied again', async () => {
    const first = await submitGroupReport(api, tokens.coordinator1, plan, 1, 2019);
    const returned = await api.gql('mutation ($v: ID!) { returnReport(input: { versionId: $v, comment: "Describe area 3 too" }) { status } }', { v: first.id }, tokens.steering);
    expect(returned.data).toEqual({ returnReport: { status: 'RETURNED' } });
    const told = await api.gql<{ notifications: { nodes: { title: string; body: string }[] } }>('{ notifications(first: 20) { nodes { title body } } }', {}, tokens.coordinator1);
    expect(told.data!.notifications.nodes).toContainEqual({
      title: 'Er rapport för 2019 (version 1) har skickats tillbaka för komplettering',
      body: 'Styrgruppens kommentar: Describe area 3 too',
    });

    const { data } = await api.gql<{ reports: { nodes: { id: string }[] } }>('query ($g: ID!) { reports(groupId: $g, year: 2019) { nodes { id } } }', { g: plan.groups[1] }, tokens.observer);
    const reportId = data!.reports.nodes[0]!.id;
    const revised = await api.gql(EDIT_REPORT, { input: { reportId, results: 'Area 3 described as asked.' } }, tokens.coordinator1);
    expect(revised.data).toMatchObject({ editReport: { number: 2, status: 'DRAFT' } });
    const lateAcknowledgement = await api.gql('mutation ($v: ID!) { acknowledgeReport(input: { versionId: $v }) { status } }', { v: first.id }, tokens.steering);
    expect(onlyError(lateAcknowledgement).extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AWAITING_REVIEW' });
    const second = await api.gql<{ submitReport: { id: string; number: number; sha256: string } }>(SUBMIT_REPORT, { id: reportId }, tokens.coordinator1);
    expect(second.data!.submitReport.number).toBe(2);
    expect(second.data!.submitReport.sha256).not.toBe(first.sha256);

    const report = await api.gql<{ report: { status: string; latestVersion: number; versions: { number: number; status: string; deliveries: { channel: string; status: string }[] }[] } }>(
      'query ($id: ID!) { report(id: $id) { status latestVersion versions { number status deliveries { channel status } } } }',
      { id: reportId },
      tokens.observer,
    );
    expect(report.data!.report).toEqual({
      status: 'SUBMITTED',
      latestVersion: 2,
      versions: [
        { number: 1, status: 'RETURNED', deliveries: [{ channel: 'EMAIL', status: 'PENDING' }] },
        { number: 2, status: 'SUBMITTED', deliveries: [{ channel: 'EMAIL', status: 'PENDING' }] },
      ],
    });
  });

  it("snapshots the agency's goals with indicators, measurements and assessments in a goal follow-up", async () => {
    const created = await api.gql<{ createReport: { id: string } }>(
      CREATE_REPORT,
      { input: { planId: plan.planId, year: 2021, kind: 'AGENCY_FOLLOW_UP', agencyId: plan.agencies.FK } },
      tokens.representativeFk,
    );
    expect(created.errors).toBeUndefined();
    const reportId = created.data!.createReport.id;
    await api.gql(EDIT_REPORT, { input: { reportId, ...completeSections(plan) } }, tokens.representativeFk);
    const submitted = await api.gql<{ submitReport: { document: string } }>(SUBMIT_REPORT, { id: reportId }, tokens.representativeFk);
    expect(submitted.errors).toBeUndefined();
    const { snapshot, report } = JSON.parse(submitted.data!.submitReport.document);
    expect(report.agency).toMatchObject({ code: 'FK' });
    const [{ goals }] = await api.dataSource.query(`SELECT count(*)::int AS goals FROM goals WHERE agency_id = $1`, [plan.agencies.FK]);
    expect(snapshot.goals).toHaveLength(goals);
    if (goals > 0) {
      expect(snapshot.goals[0]).toEqual(expect.objectContaining({ title: expect.any(String), indicators: expect.any(Array), assessment: expect.anything() }));
    }
  });

  it('refuses an incomplete report, saying exactly what is missing, and writes nothing', async () => {
    const reportId = await createGroupReport(3, 2020);
    await api.gql(EDIT_REPORT, { input: { reportId, summary: 'Only a summary so far.', perspectives: [{ perspectiveId: plan.perspectives[0]!.id, text: 'Addressed.' }] } }, tokens.coordinator3);
    const before = await snapshotTables(api.dataSource);

    const error = onlyError(await api.gql(SUBMIT_REPORT, { id: reportId }, tokens.coordinator3));

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INCOMPLETE', field: 'workDone' });
    expect(error.message).toContain('no work is described for any development area');
    expect(error.message).toContain('the results is empty');
    expect(error.message).toContain('is neither described nor marked not applicable');
    expect(error.message).toContain("next year's focus is empty");
    expect(error.message).not.toContain('the summary is empty');
    expect(await snapshotTables(api.dataSource)).toEqual(before);

    const { data } = await api.gql<{ report: { latest: { missingParts: { field: string }[] } } }>(
      'query ($id: ID!) { report(id: $id) { latest { missingParts { field } } } }',
      { id: reportId },
      tokens.coordinator3,
    );
    expect(data!.report.latest.missingParts.map((part) => part.field)).toEqual([
      'workDone',
      'results',
      ...plan.perspectives.slice(1).map((p) => `perspectives.${p.code}`),
      'challenges',
      'nextYearFocus',
    ]);
  });

  it("refuses someone else's report (FORBIDDEN) and writes nothing", async () => {
    const reportId = await createGroupReport(3, 2021);
    await api.gql(EDIT_REPORT, { input: { reportId, ...completeSections(plan) } }, tokens.coordinator3);
    const before = await snapshotTables(api.dataSource);
    for (const who of ['coordinator1', 'member3', 'representativeFk', 'steering', 'observer', 'admin'] as const) {
      expect({ who, code: onlyError(await api.gql(SUBMIT_REPORT, { id: reportId }, tokens[who])).extensions?.code }).toEqual({ who, code: 'FORBIDDEN' });
      expect(onlyError(await api.gql(EDIT_REPORT, { input: { reportId, summary: 'Hijacked' } }, tokens[who])).extensions?.code).toBe('FORBIDDEN');
    }
    expect(onlyError(await api.gql(CREATE_REPORT, { input: { planId: plan.planId, year: 2020, kind: 'AGENCY_FOLLOW_UP', agencyId: plan.agencies.FK } }, tokens.representativeAf)).extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('lets only steering-group members acknowledge or return, and writes nothing otherwise', async () => {
    const version = await submitGroupReport(api, tokens.coordinator1, plan, 1, 2020);
    const before = await snapshotTables(api.dataSource);
    for (const who of ['coordinator1', 'coordinator3', 'member3', 'representativeFk', 'observer', 'admin'] as const) {
      const acknowledge = await api.gql('mutation ($v: ID!) { acknowledgeReport(input: { versionId: $v }) { status } }', { v: version.id }, tokens[who]);
      expect({ who, code: onlyError(acknowledge).extensions?.code }).toEqual({ who, code: 'FORBIDDEN' });
      const giveBack = await api.gql('mutation ($v: ID!) { returnReport(input: { versionId: $v, comment: "No" }) { status } }', { v: version.id }, tokens[who]);
      expect(onlyError(giveBack).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('keeps a submitted version frozen: an edit starts the next version, and the database refuses direct changes', async () => {
    const version = await submitGroupReport(api, tokens.coordinator1, plan, 1, 2021);
    const [frozen] = await api.dataSource.query(`SELECT * FROM report_versions WHERE id = $1`, [version.id]);

    const edit = await api.gql<{ editReport: { id: string; number: number; status: string } }>(
      EDIT_REPORT,
      { input: { reportId: frozen.report_id, summary: 'A corrected summary' } },
      tokens.coordinator1,
    );
    expect(edit.data!.editReport).toMatchObject({ number: 2, status: 'DRAFT' });
    expect(edit.data!.editReport.id).not.toBe(version.id);
    expect((await api.dataSource.query(`SELECT * FROM report_versions WHERE id = $1`, [version.id]))[0]).toEqual(frozen);

    const before = await snapshotTables(api.dataSource);
    await expect(api.dataSource.query(`UPDATE report_versions SET sections = '{}' WHERE id = $1`, [version.id])).rejects.toThrow(/submitted and frozen/);
    await expect(api.dataSource.query(`UPDATE report_versions SET sha256 = repeat('0', 64) WHERE id = $1`, [version.id])).rejects.toThrow(/submitted and frozen/);
    await expect(api.dataSource.query(`UPDATE report_versions SET status = 'DRAFT' WHERE id = $1`, [version.id])).rejects.toThrow(/cannot go from SUBMITTED to DRAFT/);
    await expect(api.dataSource.query(`DELETE FROM report_versions WHERE id = $1`, [version.id])).rejects.toThrow(/cannot be deleted/);
    expect(await snapshotTables(api.dataSource)).toEqual(before);

    expect((await api.gql(SUBMIT_REPORT, { id: frozen.report_id }, tokens.coordinator1)).data).toMatchObject({ submitReport: { number: 2 } });
    const again = onlyError(await api.gql(SUBMIT_REPORT, { id: frozen.report_id }, tokens.coordinator1));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOTHING_TO_SUBMIT' });
  });

  it('renders the same PDF bytes for the same version', async () => {
    const { data } = await api.gql<{ reports: { nodes: { latest: { id: string; pdfBase64: string | null } }[] } }>(
      'query ($p: ID!) { reports(planId: $p, status: ACKNOWLEDGED) { nodes { latest { id pdfBase64 } } } }',
      { p: plan.planId },
      tokens.observer,
    );
    const { id, pdfBase64 } = data!.reports.nodes[0]!.latest;
    const [row] = await api.dataSource.query(`SELECT document, sha256 FROM report_versions WHERE id = $1`, [id]);
    const again = await renderReportPdf(JSON.parse(row.document), row.sha256);
    expect(again.toString('base64')).toBe(pdfBase64);
  });

  it.each([
    ['a year outside the plan', { year: 2018 }, 'input.year', 'BAD_USER_INPUT'],
    ['a group of another kind', { groupId: '00000000-0000-4000-8000-000000000000' }, 'input.groupId', 'FORBIDDEN'],
    ['an agency for a working-group report', { agencyId: 'x' }, 'input.agencyId', 'BAD_USER_INPUT'],
  ])('refuses to create a report with %s', async (_what, change, field, code) => {
    const before = await snapshotTables(api.dataSource);
    const input = { planId: plan.planId, year: 2020, kind: 'WORKING_GROUP', groupId: plan.groups[3], ...change };
    const error = onlyError(await api.gql(CREATE_REPORT, { input }, tokens.coordinator3));
    expect(error.extensions?.code).toBe(code);
    if (code === 'BAD_USER_INPUT') expect(error.extensions?.field).toBe(field);
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('refuses a personal identity number and a perspective of another plan in a section, naming the field', async () => {
    const token = await api.login('samordnare.ag2@samverkan.example');
    const created = await api.gql<{ createReport: { id: string } }>(CREATE_REPORT, { input: { planId: plan.planId, year: 2019, kind: 'WORKING_GROUP', groupId: plan.groups[2] } }, token);
    const id = created.data!.createReport.id;
    const before = await snapshotTables(api.dataSource);
    const pii = onlyError(await api.gql(EDIT_REPORT, { input: { reportId: id, workDone: [{ developmentAreaId: plan.areas[0]!.id, text: 'Client 811218-9876 was referred' }] } }, token));
    expect(pii.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workDone.0.text' });
    const unknown = onlyError(
      await api.gql(EDIT_REPORT, { input: { reportId: id, perspectives: [{ perspectiveId: '00000000-0000-4000-8000-000000000000', text: 'x' }] } }, token),
    );
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.perspectives.0.perspectiveId' });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('lists the expected reports of a year that are missing, marking the late ones', async () => {
    const { data, errors } = await api.gql<{ missingReports: { kind: string; late: boolean; dueDate: string; group: { number: number } | null; agency: { code: string } | null; report: { status: string } | null }[] }>(
      'query ($p: ID!) { missingReports(planId: $p, year: 2019) { kind late dueDate group { number } agency { code } report { status } } }',
      { p: plan.planId },
      tokens.observer,
    );
    expect(errors).toBeUndefined();
    // Working groups 1 and 3 submitted for 2019; group 2 has only a draft; no agency followed up 2019.
    expect(data!.missingReports).toEqual([
      { kind: 'WORKING_GROUP', late: true, dueDate: '2020-03-31', group: { number: 2 }, agency: null, report: { status: 'DRAFT' } },
      ...['AF', 'FK', 'MV', 'SOS'].map((code) => ({ kind: 'AGENCY_FOLLOW_UP', late: true, dueDate: '2020-03-31', group: null, agency: { code }, report: null })),
    ]);

    const setDue = await api.gql('mutation ($p: ID!) { setReportDueDate(input: { planId: $p, dueMonthDay: "02-15" }) { dueMonthDay } }', { p: plan.planId }, tokens.admin);
    expect(setDue.errors).toBeUndefined();
    const later = await api.gql<{ missingReports: { dueDate: string }[] }>('query ($p: ID!) { missingReports(planId: $p, year: 2021) { dueDate } }', { p: plan.planId }, tokens.observer);
    expect(later.data!.missingReports[0]!.dueDate).toBe('2022-02-15');
    expect(onlyError(await api.gql('mutation ($p: ID!) { setReportDueDate(input: { planId: $p, dueMonthDay: "02-29" }) { dueMonthDay } }', { p: plan.planId }, tokens.admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueMonthDay' });
    expect(onlyError(await api.gql('query ($p: ID!) { missingReports(planId: $p, year: 2030) { kind } }', { p: plan.planId }, tokens.observer)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('pages through reports with a stable order and a bounded page size', async () => {
    const first = await api.gql<{ reports: { totalCount: number; nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      'query { reports(first: 2) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }',
      {},
      tokens.observer,
    );
    const total = first.data!.reports.totalCount;
    const seen = [...first.data!.reports.nodes.map((n) => n.id)];
    let cursor = first.data!.reports.pageInfo.endCursor;
    while (seen.length < total) {
      const next = await api.gql<{ reports: { nodes: { id: string }[]; pageInfo: { endCursor: string } } }>('query ($a: String) { reports(first: 2, after: $a) { nodes { id } pageInfo { endCursor } } }', { a: cursor }, tokens.observer);
      seen.push(...next.data!.reports.nodes.map((n) => n.id));
      cursor = next.data!.reports.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(total);
    expect(onlyError(await api.gql('query { reports(first: 101) { totalCount } }', {}, tokens.observer)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
