import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor } from '@samverkan/auth';
import { SetNotificationPreferenceArgs } from './notification-preference.args';
import { NotificationPreference } from './notification-settings.entity';
import { NotificationPreferencesService } from './notification-preferences.service';

@Resolver()
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Query(() => NotificationPreference, { description: 'How the caller hears about reminders beyond the app' })
  notificationPreference(@CurrentActor() actor: Actor | null): Promise<NotificationPreference> {
    return this.preferences.get(actor);
  }

  @Mutation(() => NotificationPreference, {
    description: 'E-mail at once, one digest e-mail a day, or in the app only; escalations to the steering group always go by e-mail',
  })
  setNotificationPreference(@Call() call: CallContext, @Args() { preference }: SetNotificationPreferenceArgs): Promise<NotificationPreference> {
    return this.preferences.set(call, preference);
  }
}
