import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import { EntityNotFoundException, InvalidInputException } from '@samverkan/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DeadlineKind } from '../deadlines/deadline-kind';
import { RemindersException, RemindersExceptionCode } from '../reminders.exception';
import { ReminderClock } from '../reminder-clock';
import { OpenDeadline, ReminderScheduler } from '../scheduling/reminder-scheduler.service';
import { zonedDateOf } from '../time/local-time';
import { ReminderRule } from './reminder-rule.entity';
import { ReminderPreviewArgs, ReminderPreviewDeadline } from './reminder-preview.types';
import { ReminderRulesArgs, SetReminderRuleInput } from './reminder-rule.inputs';
import { DEFAULT_TIME_ZONE } from './reminder-timing';
import { ReminderRuleView } from './reminder-rule.types';
import { EffectiveTiming, RuleBook } from './rule-book';

function toView(planId: string, groupId: string | null, kind: DeadlineKind, { timing, source, rule }: EffectiveTiming): ReminderRuleView {
  return {
    planId,
    groupId,
    deadlineKind: kind,
    daysBefore: [...timing.daysBefore].sort((a, b) => b - a),
    escalations: timing.escalations.map((step) => ({ daysOverdue: step.daysOverdue, audience: [...step.audience] })),
    sendHour: timing.sendHour,
    sendMinute: timing.sendMinute,
    timeZone: timing.timeZone,
    source,
    updatedAt: rule?.updatedAt ?? null,
  };
}

/** When reminders go out: a plan's rules per kind of deadline and its working groups' overrides. */
@Injectable()
export class ReminderRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    private readonly scheduler: ReminderScheduler,
    private readonly clock: ReminderClock,
  ) {}

  /** One rule per kind of deadline, as it applies in the plan or in the group. */
  async list(actor: Actor | null, { planId, groupId }: ReminderRulesArgs): Promise<ReminderRuleView[]> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy('Plan', { id: planId }))) throw new EntityNotFoundException('Plan', planId, 'planId');
    if (groupId) await assertGroupInPlan(manager, groupId, planId, 'groupId');
    const book = new RuleBook(await manager.findBy(ReminderRule, { planId }));
    return Object.values(DeadlineKind).map((kind) => toView(planId, groupId ?? null, kind, book.timingFor(planId, groupId ?? null, kind)));
  }

  /**
   * Administrators: the next open deadlines of the plan (or of one group) and
   * when their reminders will go out, planned by the scheduler itself with
   * the rules and people of now. Steps whose time has passed are left out,
   * as the scheduler leaves them out.
   */
  async preview(actor: Actor | null, { planId, groupId, first }: ReminderPreviewArgs): Promise<ReminderPreviewDeadline[]> {
    this.policy.assert(actor, Action.MANAGE_PLAN);
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy('Plan', { id: planId }))) throw new EntityNotFoundException('Plan', planId, 'planId');
    if (groupId) await assertGroupInPlan(manager, groupId, planId, 'groupId');
    const now = this.clock.now();
    const deadlines: (OpenDeadline & { title: string })[] = await manager.query(
      `SELECT id, kind, plan_id AS "planId", group_id AS "groupId", due_date::text AS "dueDate", owner_ids::text[] AS "ownerIds", title
         FROM deadlines
        WHERE plan_id = $1 AND ($2::uuid IS NULL OR group_id = $2) AND closed_at IS NULL AND due_date >= $3::date
        ORDER BY due_date, id
        LIMIT $4`,
      [planId, groupId ?? null, zonedDateOf(now, DEFAULT_TIME_ZONE), first],
    );
    const planned = await this.scheduler.plan(manager, deadlines);
    return deadlines.map((deadline) => {
      const steps = new Map<number, ReminderPreviewDeadline['reminders'][number]>();
      for (const reminder of planned) {
        if (reminder.deadlineId !== deadline.id || reminder.dueAt < now) continue;
        const step = steps.get(reminder.offsetDays);
        if (step) step.recipients += 1;
        else steps.set(reminder.offsetDays, { sendAt: reminder.dueAt, daysFromDue: reminder.offsetDays, escalationLevel: reminder.escalationLevel, recipients: 1 });
      }
      return {
        deadlineId: deadline.id,
        deadlineKind: deadline.kind,
        title: deadline.title,
        dueDate: deadline.dueDate,
        groupId: deadline.groupId,
        reminders: [...steps.values()].sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime()),
      };
    });
  }

  /**
   * Administrators set the plan's rule; a working group's coordinator sets
   * the group's override. Pending reminders are planned again at once, in
   * the same transaction.
   */
  set(call: CallContext, input: SetReminderRuleInput): Promise<ReminderRuleView> {
    const groupId = input.groupId ?? null;
    this.assertMaySet(call.actor, groupId);
    assertDistinctEscalations(input);
    return this.audited.run(call, 'reminderRule.set', async (tx) => {
      if (!(await tx.existsBy('Plan', { id: input.planId }))) throw new EntityNotFoundException('Plan', input.planId, 'input.planId');
      if (groupId) await assertGroupInPlan(tx, groupId, input.planId, 'input.groupId');
      const before = await tx.findOne(ReminderRule, {
        where: { planId: input.planId, groupId: groupId ?? IsNull(), deadlineKind: input.deadlineKind },
        lock: { mode: 'pessimistic_write' },
      });
      const after = await tx.save(ReminderRule, {
        ...(before ?? {}),
        planId: input.planId,
        groupId,
        deadlineKind: input.deadlineKind,
        daysBefore: [...input.daysBefore].sort((a, b) => b - a),
        escalations: [...input.escalations]
          .sort((a, b) => a.daysOverdue - b.daysOverdue)
          .map((step) => ({ daysOverdue: step.daysOverdue, audience: step.audience })),
        sendHour: input.sendHour,
        sendMinute: input.sendMinute,
        timeZone: input.timeZone,
      });
      await this.scheduler.replanWhere(tx, input.planId, input.deadlineKind, groupId);
      const view = toView(input.planId, groupId, input.deadlineKind, new RuleBook([after]).timingFor(input.planId, groupId, input.deadlineKind));
      return { result: view, entityType: 'ReminderRule', entityId: after.id, before, after };
    });
  }

  /** Administrators may set any rule, a working group's coordinator the group's override. */
  private assertMaySet(actor: Actor, groupId: string | null): void {
    if (groupId === null) this.policy.assert(actor, Action.MANAGE_PLAN);
    else if (!this.policy.can(actor, Action.MANAGE_PLAN)) this.policy.assert(actor, Action.MANAGE_GROUP_WORK, { groupId });
  }
}

async function assertGroupInPlan(tx: EntityManager, groupId: string, planId: string, field: string): Promise<void> {
  const [group]: { plan_id: string }[] = await tx.query('SELECT plan_id FROM groups WHERE id = $1', [groupId]);
  if (!group) throw new InvalidInputException(field, `${field} refers to nothing: ${groupId} does not exist`);
  if (group.plan_id !== planId) {
    throw new RemindersException(RemindersExceptionCode.GROUP_NOT_IN_PLAN, `${field} is a group of another plan`, field);
  }
}

function assertDistinctEscalations(input: SetReminderRuleInput): void {
  const seen = new Set<number>();
  input.escalations.forEach((step, index) => {
    if (seen.has(step.daysOverdue)) {
      throw new RemindersException(
        RemindersExceptionCode.ESCALATION_DAYS_REPEATED,
        `Two escalation steps fall ${step.daysOverdue} days after the due date; give each step its own day`,
        `input.escalations.${index}.daysOverdue`,
      );
    }
    seen.add(step.daysOverdue);
  });
}
