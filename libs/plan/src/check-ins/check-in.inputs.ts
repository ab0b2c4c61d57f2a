import { Field, ID, InputType } from '@nestjs/graphql';
import { PlanLevelText } from '@samverkan/common';
import { IsUUID, Length } from 'class-validator';
import { IsLinkList, ItemLinkInput, ItemStandingInput } from '../items/action-item.inputs';

/** A progress update: what happened, and optionally the item's new status, health and progress. */
@InputType()
export class PostCheckInInput extends ItemStandingInput {
  @Field(() => ID)
  @IsUUID()
  itemId: string;

  @Field({ description: 'What happened since the last check-in' })
  @Length(1, 8000)
  @PlanLevelText()
  narrative: string;

  @Field(() => [ItemLinkInput], { defaultValue: [] })
  @IsLinkList()
  evidenceLinks: ItemLinkInput[];
}
