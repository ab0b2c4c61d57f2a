import { ArgsType, Field, ID, IntersectionType, registerEnumType } from '@nestjs/graphql';
import { PageArgs } from '@samverkan/common';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../plan-validators';
import { ActionItemHealth, ActionItemStatus } from './action-item.entity';

export enum ActionItemSort {
  /** Earliest due date first; items without one last. */
  DUE_DATE = 'DUE_DATE',
  /** Most recently changed first. */
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
  /** Oldest first. */
  CREATED = 'CREATED',
  TITLE = 'TITLE',
  /** Least progress first. */
  PROGRESS = 'PROGRESS',
}
registerEnumType(ActionItemSort, { name: 'ActionItemSort' });

/** Which items: every filter narrows the list; the same filters serve the list and the CSV export. */
@ArgsType()
export class ActionItemFilterArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => ID, { nullable: true, description: 'Owning working group' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  developmentAreaId?: string;

  @Field(() => ID, { nullable: true, description: 'A sub-topic of a development area' })
  @IsOptional()
  @IsUUID()
  subTopicId?: string;

  @Field(() => ID, { nullable: true, description: 'Led by this agency' })
  @IsOptional()
  @IsUUID()
  leadAgencyId?: string;

  @Field(() => ID, { nullable: true, description: 'With this agency taking part (not leading)' })
  @IsOptional()
  @IsUUID()
  participatingAgencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Led by or with participation of this agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => [ActionItemStatus], { nullable: true, description: 'Any of these statuses' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(ActionItemStatus, { each: true })
  status?: ActionItemStatus[];

  @Field(() => [ActionItemHealth], { nullable: true, description: 'Any of these health signals' })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(ActionItemHealth, { each: true })
  health?: ActionItemHealth[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  perspectiveId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => ID, { nullable: true, description: 'Direct sub-items of this item' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only items without a parent' })
  @IsOptional()
  @IsBoolean()
  topLevelOnly?: boolean;

  @Field(() => String, { nullable: true, description: 'Due on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  dueFrom?: string;

  @Field(() => String, { nullable: true, description: 'Due on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  dueTo?: string;

  @Field(() => Boolean, { nullable: true, description: 'Open and past the due date (true), or not (false)' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Open with no check-in within the plan's staleAfterDays (true), or not (false)" })
  @IsOptional()
  @IsBoolean()
  stale?: boolean;

  @Field(() => String, { nullable: true, description: 'Words in the title or description' })
  @IsOptional()
  @MaxLength(200)
  text?: string;

  @Field(() => ActionItemSort, { nullable: true, defaultValue: ActionItemSort.DUE_DATE })
  @IsEnum(ActionItemSort)
  sort: ActionItemSort = ActionItemSort.DUE_DATE;
}

@ArgsType()
export class ActionItemsArgs extends IntersectionType(ActionItemFilterArgs, PageArgs, ArgsType) {}
