import { DeadlineKind } from '../deadlines/deadline-kind';
import { ReminderRule } from './reminder-rule.entity';
import { DEFAULT_TIMINGS, ReminderTiming } from './reminder-timing';

export enum ReminderRuleSource {
  DEFAULT = 'DEFAULT',
  PLAN = 'PLAN',
  GROUP = 'GROUP',
}

export interface EffectiveTiming {
  timing: ReminderTiming;
  source: ReminderRuleSource;
  rule: ReminderRule | null;
}

/** The rules of some plans, answering which timing applies where: the group's override, else the plan's rule, else the default. */
export class RuleBook {
  private readonly byKey = new Map<string, ReminderRule>();

  constructor(rules: readonly ReminderRule[]) {
    for (const rule of rules) this.byKey.set(key(rule.planId, rule.groupId, rule.deadlineKind), rule);
  }

  timingFor(planId: string, groupId: string | null, kind: DeadlineKind): EffectiveTiming {
    const override = groupId ? this.byKey.get(key(planId, groupId, kind)) : undefined;
    if (override) return { timing: override, source: ReminderRuleSource.GROUP, rule: override };
    const planRule = this.byKey.get(key(planId, null, kind));
    if (planRule) return { timing: planRule, source: ReminderRuleSource.PLAN, rule: planRule };
    return { timing: DEFAULT_TIMINGS[kind], source: ReminderRuleSource.DEFAULT, rule: null };
  }
}

function key(planId: string, groupId: string | null, kind: DeadlineKind): string {
  return `${planId}|${groupId ?? ''}|${kind}`;
}
