import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** When the annual reports of a plan are due; a plan without a row uses DEFAULT_DUE_MONTH_DAY. */
@ObjectType()
@Entity({ name: 'report_schedules' })
export class ReportSchedule {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  planId: string;

  @OneToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  @Field({ description: "MM-DD in the year after the year reported on, e.g. 03-31 for 31 March" })
  @Column({ type: 'text' })
  dueMonthDay: string;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** 31 March of the following year, unless the plan says otherwise. */
export const DEFAULT_DUE_MONTH_DAY = '03-31';

/** The due date (YYYY-MM-DD) of the reports on `year`. */
export function dueDateOf(year: number, dueMonthDay: string): string {
  return `${year + 1}-${dueMonthDay}`;
}
