import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor } from '@samverkan/auth';
import { ReminderPreviewArgs, ReminderPreviewDeadline } from './reminder-preview.types';
import { ReminderRulesArgs, SetReminderRuleInput } from './reminder-rule.inputs';
import { ReminderRuleView } from './reminder-rule.types';
import { ReminderRulesService } from './reminder-rules.service';

@Resolver(() => ReminderRuleView)
export class ReminderRulesResolver {
  constructor(private readonly rules: ReminderRulesService) {}

  @Query(() => [ReminderRuleView], { description: 'When reminders go out for each kind of deadline, in the plan or in one of its groups' })
  reminderRules(@CurrentActor() actor: Actor | null, @Args() args: ReminderRulesArgs): Promise<ReminderRuleView[]> {
    return this.rules.list(actor, args);
  }

  @Query(() => [ReminderPreviewDeadline], {
    description: "Administrators: the plan's (or a group's) next deadlines and when their reminders go out under the rules as they are now",
  })
  reminderPreview(@CurrentActor() actor: Actor | null, @Args() args: ReminderPreviewArgs): Promise<ReminderPreviewDeadline[]> {
    return this.rules.preview(actor, args);
  }

  @Mutation(() => ReminderRuleView, {
    description: "Administrators set a plan's rule, a working group's coordinator the group's override; pending reminders follow at once",
  })
  setReminderRule(@Call() call: CallContext, @Args('input') input: SetReminderRuleInput): Promise<ReminderRuleView> {
    return this.rules.set(call, input);
  }
}
