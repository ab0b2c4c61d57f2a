import { Action, Actor, PolicyService, Resource } from '@samverkan/auth';
import { Report, ReportKind } from './report.entity';

/**
 * Who writes a report: the coordinator of the working group, or a
 * representative of the agency following up its goals.
 */
export function assertMayAuthor(policy: PolicyService, actor: Actor, report: ReportAuthor): void {
  policy.assert(actor, ...authoringOf(report));
}

/** Whether the person may write the report (the same rule, for showing it in the workspace). */
export function mayAuthor(policy: PolicyService, actor: Actor | null, report: ReportAuthor): boolean {
  return actor !== null && policy.can(actor, ...authoringOf(report));
}

type ReportAuthor = Pick<Report, 'kind' | 'groupId' | 'agencyId'>;

function authoringOf(report: ReportAuthor): [Action, Resource] {
  return report.kind === ReportKind.WORKING_GROUP
    ? [Action.MANAGE_GROUP_WORK, { groupId: report.groupId ?? undefined }]
    : [Action.MANAGE_AGENCY_DATA, { agencyId: report.agencyId ?? undefined }];
}
