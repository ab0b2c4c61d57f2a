import { Action, Actor, PolicyService } from '@samverkan/auth';
import { Report, ReportKind } from './report.entity';

/**
 * Who writes a report: the coordinator of the working group, or a
 * representative of the agency following up its goals.
 */
export function assertMayAuthor(policy: PolicyService, actor: Actor, report: Pick<Report, 'kind' | 'groupId' | 'agencyId'>): void {
  if (report.kind === ReportKind.WORKING_GROUP) policy.assert(actor, Action.MANAGE_GROUP_WORK, { groupId: report.groupId ?? undefined });
  else policy.assert(actor, Action.MANAGE_AGENCY_DATA, { agencyId: report.agencyId ?? undefined });
}
