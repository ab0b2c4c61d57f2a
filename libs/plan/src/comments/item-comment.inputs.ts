import { Field, ID, InputType } from '@nestjs/graphql';
import { PlanLevelText } from '@samverkan/common';
import { IsUUID, Length } from 'class-validator';

@InputType()
export class CommentOnActionItemInput {
  @Field(() => ID)
  @IsUUID()
  itemId: string;

  @Field()
  @Length(1, 4000)
  @PlanLevelText()
  text: string;
}
