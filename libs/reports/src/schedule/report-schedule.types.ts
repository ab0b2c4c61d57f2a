import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';
import { ReportKind, ReportStatus } from '../reports/report.entity';

@InputType()
export class SetReportDueDateInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field({ description: 'MM-DD in the year after the year reported on, e.g. 03-31' })
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'dueMonthDay must be MM-DD, e.g. 03-31' })
  dueMonthDay: string;
}

/** A report the plan expects for a year: all of them on the year's page, the missing ones (and, in the overview, the late ones) elsewhere. */
@ObjectType()
export class ExpectedReport {
  @Field(() => ReportKind)
  kind: ReportKind;

  @Field(() => Int)
  year: number;

  @Field(() => ID, { nullable: true })
  groupId: string | null;

  @Field(() => ID, { nullable: true })
  agencyId: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate: string;

  @Field(() => Boolean, { description: 'The due date has passed' })
  late: boolean;

  @Field(() => ID, { nullable: true, description: 'The report, when a draft has been started' })
  reportId: string | null;

  @Field(() => ReportStatus, { nullable: true })
  status: ReportStatus | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was first submitted (in missingReports and the overview: only one submitted after its due date)' })
  submittedAt: Date | null;
}
