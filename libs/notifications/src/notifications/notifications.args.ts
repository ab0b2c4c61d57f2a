import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@samverkan/common';
import { IsBoolean } from 'class-validator';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}
