import { EntityManager } from 'typeorm';
import { ReportLabels } from '../content/report-labels';
import { Report, ReportKind } from '../reports/report.entity';
import { AgencyGoalsSnapshot, buildAgencyGoalsSnapshot, describeAgencyGoalsSnapshot } from './agency-goals.snapshot';
import { PdfBlock } from './pdf-block';
import { WorkingGroupSnapshot, buildWorkingGroupSnapshot, describeWorkingGroupSnapshot } from './working-group.snapshot';

export type ReportSnapshot = WorkingGroupSnapshot | AgencyGoalsSnapshot;

/** The plan data a report of this kind freezes at submission. */
export function buildReportSnapshot(tx: EntityManager, report: Report): Promise<ReportSnapshot> {
  return report.kind === ReportKind.WORKING_GROUP
    ? buildWorkingGroupSnapshot(tx, report.planId, report.groupId!)
    : buildAgencyGoalsSnapshot(tx, report.planId, report.agencyId!, report.year);
}

export function describeReportSnapshot(kind: ReportKind, snapshot: ReportSnapshot, labels: ReportLabels): PdfBlock[] {
  return kind === ReportKind.WORKING_GROUP
    ? describeWorkingGroupSnapshot(snapshot as WorkingGroupSnapshot, labels)
    : describeAgencyGoalsSnapshot(snapshot as AgencyGoalsSnapshot, labels);
}
