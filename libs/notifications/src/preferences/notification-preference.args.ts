import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { NotificationPreference } from './notification-settings.entity';

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => NotificationPreference)
  @IsEnum(NotificationPreference)
  preference: NotificationPreference;
}
