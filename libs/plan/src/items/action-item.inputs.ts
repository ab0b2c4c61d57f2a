import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { PlanLevelText } from '@samverkan/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsIdList, IsProgress } from '../plan-validators';
import { WITHIN_PLAN_PERIOD } from '../plans/plan-period';
import { ActionItemHealth, ActionItemStatus, MAX_ITEM_DEPTH } from './action-item.entity';

const MAX_LINKS = 20;
const MAX_RELATED = 50;

@InputType()
export class ItemLinkInput {
  @Field()
  @Length(1, 300)
  @PlanLevelText()
  title: string;

  @Field({ description: 'http(s) address of the document or page' })
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @PlanLevelText()
  url: string;
}

/** Up to 20 links, each checked. */
export function IsLinkList(): PropertyDecorator {
  return applyDecorators(ArrayMaxSize(MAX_LINKS), ValidateNested({ each: true }), Type(() => ItemLinkInput));
}

/** What an item is: shared by creating an item and by a meeting decision's follow-up. */
@InputType()
export class ActionItemFieldsInput {
  @Field(() => ID, { description: 'The owning working group; only its coordinator may create the item' })
  @IsUUID()
  groupId: string;

  @Field(() => ID)
  @IsUUID()
  developmentAreaId: string;

  @Field(() => ID, { nullable: true, description: 'A sub-topic of the development area' })
  @IsOptional()
  @IsUUID()
  subTopicId?: string | null;

  @Field(() => ID, { nullable: true, description: `Makes it a sub-item; items nest at most ${MAX_ITEM_DEPTH} levels deep` })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field()
  @Length(1, 300)
  @PlanLevelText()
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(8000)
  @PlanLevelText()
  description: string;

  @Field(() => ID)
  @IsUUID()
  leadAgencyId: string;

  @Field(() => [ID], { defaultValue: [] })
  @IsIdList(MAX_RELATED)
  participatingAgencyIds: string[];

  @Field(() => ID, { description: "The person responsible: a member of the item's working group" })
  @IsUUID()
  ownerId: string;

  @Field(() => String, { nullable: true, description: `YYYY-MM-DD, ${WITHIN_PLAN_PERIOD}` })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: `YYYY-MM-DD, ${WITHIN_PLAN_PERIOD}, not before startDate` })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;

  @Field(() => ActionItemHealth, { defaultValue: ActionItemHealth.ON_TRACK })
  @IsEnum(ActionItemHealth)
  health: ActionItemHealth;

  @Field(() => Int, { nullable: true, description: "1–1000, its weight in the parent's progress" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  weight?: number | null;

  @Field(() => [ID], { defaultValue: [], description: 'Cross-cutting perspectives of the plan the item addresses' })
  @IsIdList(MAX_RELATED)
  perspectiveIds: string[];

  @Field(() => [ItemLinkInput], { defaultValue: [] })
  @IsLinkList()
  links: ItemLinkInput[];
}

@InputType()
export class CreateActionItemInput extends ActionItemFieldsInput {
  @Field(() => ActionItemStatus, { defaultValue: ActionItemStatus.PLANNED })
  @IsEnum(ActionItemStatus)
  status: ActionItemStatus;

  @Field(() => Int, { defaultValue: 0, description: '0–100' })
  @IsProgress()
  progress: number;
}

/** Where an item stands, as an edit or a check-in reports it; each part is optional. */
@InputType({ isAbstract: true })
export abstract class ItemStandingInput {
  @Field(() => ActionItemStatus, { nullable: true, description: 'DONE or CANCELLED closes the item (the coordinator’s call); an open status reopens it' })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus;

  @Field(() => ActionItemHealth, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemHealth)
  health?: ActionItemHealth;

  @Field(() => Int, { nullable: true, description: '0–100; only for items without sub-items' })
  @IsOptional()
  @IsProgress()
  progress?: number;
}

/** Leave a field out to keep it; null clears the optional ones. */
@InputType()
export class UpdateActionItemInput extends ItemStandingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  @PlanLevelText()
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(8000)
  @PlanLevelText()
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  developmentAreaId?: string;

  @Field(() => ID, { nullable: true, description: "A sub-topic of the item's development area (as it is after this change); null clears it" })
  @IsOptional()
  @IsUUID()
  subTopicId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves the item under another parent in the same group; null makes it top-level' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  leadAgencyId?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the participating agencies' })
  @IsOptional()
  @IsIdList(MAX_RELATED)
  participatingAgencyIds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => String, { nullable: true, description: `YYYY-MM-DD, ${WITHIN_PLAN_PERIOD}` })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: `YYYY-MM-DD, ${WITHIN_PLAN_PERIOD}, not before startDate` })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  weight?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the perspectives' })
  @IsOptional()
  @IsIdList(MAX_RELATED)
  perspectiveIds?: string[];

  @Field(() => [ItemLinkInput], { nullable: true, description: 'Replaces the links' })
  @IsOptional()
  @IsLinkList()
  links?: ItemLinkInput[];
}
