import { ArgsType, Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ActionItem } from '../items/action-item.entity';

@ArgsType()
export class PlanOverviewArgs {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => Int, { nullable: true, description: 'Only items whose start–due span touches this year' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'Length of the risk and due-soon lists, 1 to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  listSize: number = 10;
}

export enum OverviewDimension {
  GROUP = 'GROUP',
  DEVELOPMENT_AREA = 'DEVELOPMENT_AREA',
  LEAD_AGENCY = 'LEAD_AGENCY',
  PERSPECTIVE = 'PERSPECTIVE',
}
registerEnumType(OverviewDimension, { name: 'OverviewDimension' });

@ObjectType()
export class StatusCounts {
  @Field(() => Int)
  planned: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  blocked: number;

  @Field(() => Int)
  cancelled: number;
}

@ObjectType({ description: 'Health of the open items (not done, not cancelled)' })
export class HealthCounts {
  @Field(() => Int)
  onTrack: number;

  @Field(() => Int)
  atRisk: number;

  @Field(() => Int)
  offTrack: number;
}

/** Figures over a set of items, at every level of nesting. */
@ObjectType()
export class OverviewFigures {
  @Field(() => Int)
  items: number;

  @Field(() => StatusCounts)
  byStatus: StatusCounts;

  @Field(() => HealthCounts)
  byHealth: HealthCounts;

  @Field(() => Float, { description: 'Share of the items not cancelled that are done, 0–1' })
  completion: number;

  @Field(() => Float, { description: 'Average progress (0–100) of the items not cancelled' })
  averageProgress: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Int)
  stale: number;
}

@ObjectType()
export class OverviewRow extends OverviewFigures {
  @Field(() => OverviewDimension)
  dimension: OverviewDimension;

  @Field(() => ID, { description: 'Id of the group, development area, agency or perspective' })
  id: string;
}

/** The steering group's view of a plan, computed in SQL. */
@ObjectType()
export class PlanOverview {
  @Field(() => ID)
  planId: string;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => GraphQLISODateTime, { description: 'When the figures were computed; they are at most a few seconds old and never older than the last change' })
  computedAt: Date;

  @Field(() => OverviewFigures)
  totals: OverviewFigures;

  @Field(() => [OverviewRow], { description: 'Per owning working group' })
  byGroup: OverviewRow[];

  @Field(() => [OverviewRow])
  byDevelopmentArea: OverviewRow[];

  @Field(() => [OverviewRow])
  byLeadAgency: OverviewRow[];

  @Field(() => [OverviewRow], { description: 'An item counts once for each perspective it addresses' })
  byPerspective: OverviewRow[];

  @Field(() => [ActionItem], { description: 'Open items at risk or off track, longest in that state first' })
  oldestOpenRisks: ActionItem[];

  @Field(() => [ActionItem], { description: 'Open items due today or within the next 30 days, earliest first' })
  dueSoon: ActionItem[];
}
