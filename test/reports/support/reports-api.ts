import { TestApi } from '@samverkan/testing';

/** Polls until `check` holds; fails naming `what` when the deadline passes. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const LOGINS = {
  admin: 'admin@samverkan.example',
  steering: 'styrgrupp.fk@samverkan.example',
  coordinator3: 'samordnare.ag3@samverkan.example',
  coordinator1: 'samordnare.ag1@samverkan.example',
  member3: 'medlem.ag3@samverkan.example',
  representativeFk: 'representant.fk@samverkan.example',
  representativeAf: 'representant.af@samverkan.example',
  observer: 'observator@samverkan.example',
} as const;
export type Who = keyof typeof LOGINS;

export interface SeededPlan {
  planId: string;
  groups: Record<number, string>;
  agencies: Record<string, string>;
  areas: { id: string; number: number }[];
  perspectives: { id: string; code: string }[];
}

/** The seeded plan's ids, and a token per person. */
export async function seededPlan(api: TestApi, token: string): Promise<SeededPlan> {
  const { data } = await api.gql<{
    plans: { id: string; groups: { id: string; number: number; kind: string }[]; developmentAreas: { id: string; number: number }[]; perspectives: { id: string; code: string }[] }[];
    agencies: { id: string; code: string }[];
  }>('{ plans { id groups { id number kind } developmentAreas { id number } perspectives { id code } } agencies { id code } }', {}, token);
  const plan = data!.plans[0]!;
  return {
    planId: plan.id,
    groups: Object.fromEntries(plan.groups.filter((g) => g.kind === 'WORKING').map((g) => [g.number, g.id])),
    agencies: Object.fromEntries(data!.agencies.map((a) => [a.code, a.id])),
    areas: plan.developmentAreas,
    perspectives: plan.perspectives,
  };
}

export async function loginAll(api: TestApi): Promise<Record<Who, string>> {
  const tokens = {} as Record<Who, string>;
  for (const [who, email] of Object.entries(LOGINS)) tokens[who as Who] = await api.login(email);
  return tokens;
}

/** Every section filled; the last perspective marked not applicable, with the reason. */
export function completeSections(plan: SeededPlan, tag = ''): Record<string, unknown> {
  return {
    registrationNumber: `Dnr 2020-${tag || '0001'}`,
    summary: `The group met six times and finished its routines work. ${tag}`,
    workDone: plan.areas.slice(0, 2).map((area) => ({ developmentAreaId: area.id, text: `Work in area ${area.number}: about 1,300 of 2,800 case officers trained.` })),
    results: 'Staff who know how to act rose from 7 in 10 to almost 9 in 10.',
    perspectives: plan.perspectives.map((p, index) => ({
      perspectiveId: p.id,
      notApplicable: index === plan.perspectives.length - 1,
      text: index === plan.perspectives.length - 1 ? 'Not part of this group’s remit this year.' : `Addressed in the training material (${p.code}).`,
    })),
    challenges: 'Indications are not counted, so one goal cannot be assessed.',
    nextYearFocus: 'Supervision for staff in customer meetings.',
  };
}

export const CREATE_REPORT = `mutation ($input: CreateReportInput!) { createReport(input: $input) { id status latestVersion } }`;
export const EDIT_REPORT = `mutation ($input: EditReportInput!) { editReport(input: $input) { id number status } }`;
export const SUBMIT_REPORT = `mutation ($id: ID!) { submitReport(id: $id) { id number status sha256 document submittedAt } }`;

export interface SubmittedVersion {
  id: string;
  number: number;
  status: string;
  sha256: string;
  document: string;
  submittedAt: string;
}

/** Creates, fills and submits working group `group`'s report for `year`; returns the submitted version. */
export async function submitGroupReport(api: TestApi, token: string, plan: SeededPlan, group: number, year: number): Promise<SubmittedVersion> {
  const created = await api.gql<{ createReport: { id: string } }>(CREATE_REPORT, { input: { planId: plan.planId, year, kind: 'WORKING_GROUP', groupId: plan.groups[group] } }, token);
  if (!created.data) throw new Error(`createReport failed: ${JSON.stringify(created.errors)}`);
  const reportId = created.data.createReport.id;
  const edited = await api.gql(EDIT_REPORT, { input: { reportId, ...completeSections(plan, `${group}-${year}`) } }, token);
  if (edited.errors) throw new Error(`editReport failed: ${JSON.stringify(edited.errors)}`);
  const submitted = await api.gql<{ submitReport: SubmittedVersion }>(SUBMIT_REPORT, { id: reportId }, token);
  if (!submitted.data) throw new Error(`submitReport failed: ${JSON.stringify(submitted.errors)}`);
  return submitted.data.submitReport;
}
