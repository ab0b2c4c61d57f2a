import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import {
  Connection,
  EntityNotFoundException,
  InvalidInputException,
  LoaderRegistry,
  decodeCursor,
  encodeCursor,
  groupByKeys,
  toConnection,
} from '@samverkan/common';
import { ReminderScheduler } from '@samverkan/reminders';
import { EntityManager, In, Repository } from 'typeorm';
import { ActionItemStatus } from '../items/action-item.entity';
import { ActionItemsService } from '../items/action-items.service';
import { requireAllExist } from '../items/item-references';
import { PlanException, PlanExceptionCode } from '../plan.exception';
import { assertWithinPlanPeriod } from '../plans/plan-period';
import { MeetingAttendee } from './meeting-attendee.entity';
import { meetingDeadline } from './meeting-deadline';
import { MeetingDecision } from './meeting-decision.entity';
import { MeetingItem } from './meeting-item.entity';
import { Meeting } from './meeting.entity';
import { MeetingDecisionInput, MeetingsArgs, RecordMeetingInput, UpdateMeetingInput } from './meeting.inputs';

/** A meeting with its lists, as the audit log records it. */
type AuditedMeeting = Meeting & { attendeeIds: string[]; discussedItemIds: string[]; decisions: MeetingDecision[] };

@Injectable()
export class MeetingsService {
  constructor(
    @InjectRepository(Meeting) private readonly meetings: Repository<Meeting>,
    @InjectRepository(MeetingAttendee) private readonly attendees: Repository<MeetingAttendee>,
    @InjectRepository(MeetingItem) private readonly discussed: Repository<MeetingItem>,
    @InjectRepository(MeetingDecision) private readonly decisions: Repository<MeetingDecision>,
    private readonly items: ActionItemsService,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    private readonly reminders: ReminderScheduler,
  ) {}

  /** Newest first. */
  async list(actor: Actor | null, args: MeetingsArgs): Promise<Connection<Meeting>> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const after = args.after == null ? null : decodeCursor(args.after, 2);
    if (args.after != null && (after === null || after.some((value) => typeof value !== 'string'))) {
      throw new InvalidInputException('after', 'after is not a valid cursor');
    }
    const query = this.meetings.createQueryBuilder('m').orderBy('m.held_on', 'DESC').addOrderBy('m.id', 'DESC');
    if (args.planId) query.andWhere('m.plan_id = :planId', { planId: args.planId });
    if (args.groupId) query.andWhere('m.group_id = :groupId', { groupId: args.groupId });
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('(m.held_on, m.id) < (CAST(:heldOn AS date), CAST(:id AS uuid))', { heldOn: after[0], id: after[1] });
    const rows = await query.take(args.first + 1).getMany();
    return toConnection(rows, args.first, totalCount, (m) => encodeCursor([m.heldOn, m.id]));
  }

  async get(actor: Actor | null, id: string): Promise<Meeting> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const meeting = await this.meetings.findOneBy({ id });
    if (!meeting) throw new EntityNotFoundException('Meeting', id, 'id');
    return meeting;
  }

  async loadAttendeeIds(loaders: LoaderRegistry, meetingId: string): Promise<string[]> {
    const rows = await loaders
      .get<string, MeetingAttendee[]>('meeting.attendees', async (ids) => groupByKeys(ids, await this.attendees.findBy({ meetingId: In([...ids]) }), (a) => a.meetingId))
      .load(meetingId);
    return rows.map((row) => row.userId);
  }

  async loadDiscussedItemIds(loaders: LoaderRegistry, meetingId: string): Promise<string[]> {
    const rows = await loaders
      .get<string, MeetingItem[]>('meeting.items', async (ids) => groupByKeys(ids, await this.discussed.findBy({ meetingId: In([...ids]) }), (i) => i.meetingId))
      .load(meetingId);
    return rows.map((row) => row.itemId);
  }

  loadDecisions(loaders: LoaderRegistry, meetingId: string): Promise<MeetingDecision[]> {
    return loaders
      .get<string, MeetingDecision[]>('meeting.decisions', async (ids) =>
        groupByKeys(ids, await this.decisions.find({ where: { meetingId: In([...ids]) }, order: { position: 'ASC' } }), (d) => d.meetingId),
      )
      .load(meetingId);
  }

  /** Meetings that discussed the item or decided to create it, newest first. */
  loadForItem(loaders: LoaderRegistry, itemId: string): Promise<Meeting[]> {
    return loaders
      .get<string, Meeting[]>('meeting.byItem', async (itemIds) => {
        const rows: { item_id: string; meeting_id: string }[] = await this.meetings.query(
          `SELECT item_id, meeting_id FROM meeting_items WHERE item_id = ANY($1::uuid[])
           UNION
           SELECT follow_up_item_id, meeting_id FROM meeting_decisions WHERE follow_up_item_id = ANY($1::uuid[])`,
          [itemIds],
        );
        const meetings = rows.length === 0 ? [] : await this.meetings.find({ where: { id: In(rows.map((r) => r.meeting_id)) }, order: { heldOn: 'DESC', id: 'DESC' } });
        return itemIds.map((itemId) => {
          const ofItem = new Set(rows.filter((r) => r.item_id === itemId).map((r) => r.meeting_id));
          return meetings.filter((m) => ofItem.has(m.id));
        });
      })
      .load(itemId);
  }

  /** Members of the group record its meetings; a follow-up item needs the coordinator of its own group. */
  record(call: CallContext, input: RecordMeetingInput): Promise<Meeting> {
    this.policy.assert(call.actor, Action.CONTRIBUTE_TO_GROUP, { groupId: input.groupId });
    this.assertMayCreateFollowUps(call.actor, input.decisions);
    return this.audited.run(call, 'meeting.record', async (tx) => {
      const [group]: { plan_id: string }[] = await tx.query('SELECT plan_id FROM groups WHERE id = $1', [input.groupId]);
      if (!group) throw new InvalidInputException('input.groupId', `input.groupId refers to nothing: ${input.groupId} does not exist`);
      await assertWithinPlanPeriod(tx, group.plan_id, { 'input.heldOn': input.heldOn });
      const meeting = await tx.save(
        tx.create(Meeting, { planId: group.plan_id, groupId: input.groupId, heldOn: input.heldOn, title: input.title, notes: input.notes, recordedById: call.actor.userId }),
      );
      await this.replaceLists(tx, meeting, input.attendeeIds, input.discussedItemIds);
      await this.addDecisions(tx, meeting, input.decisions, 'decisions');
      await this.reminders.sync(tx, await meetingDeadline(tx, meeting, input.attendeeIds));
      const after = await this.readForAudit(tx, meeting.id);
      return { result: meeting, entityType: 'Meeting', entityId: meeting.id, before: null, after };
    });
  }

  update(call: CallContext, input: UpdateMeetingInput): Promise<Meeting> {
    return this.audited.run(call, 'meeting.update', async (tx) => {
      const found = await tx.findOne(Meeting, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw new EntityNotFoundException('Meeting', input.id, 'input.id');
      this.policy.assert(call.actor, Action.CONTRIBUTE_TO_GROUP, { groupId: found.groupId });
      this.assertMayCreateFollowUps(call.actor, input.addDecisions ?? []);
      const before = await this.readForAudit(tx, found.id);
      await assertWithinPlanPeriod(tx, found.planId, { 'input.heldOn': input.heldOn });
      const meeting = await tx.save(Meeting, {
        ...found,
        heldOn: input.heldOn ?? found.heldOn,
        title: input.title ?? found.title,
        notes: input.notes ?? found.notes,
      });
      await this.replaceLists(tx, meeting, input.attendeeIds ?? before.attendeeIds, input.discussedItemIds ?? before.discussedItemIds);
      await this.addDecisions(tx, meeting, input.addDecisions ?? [], 'addDecisions');
      await this.reminders.sync(tx, await meetingDeadline(tx, meeting, input.attendeeIds ?? before.attendeeIds));
      return { result: meeting, entityType: 'Meeting', entityId: meeting.id, before, after: await this.readForAudit(tx, meeting.id) };
    });
  }

  private assertMayCreateFollowUps(actor: Actor, decisions: MeetingDecisionInput[]): void {
    for (const { followUp } of decisions) {
      if (followUp) this.policy.assert(actor, Action.MANAGE_GROUP_WORK, { groupId: followUp.groupId });
    }
  }

  private async replaceLists(tx: EntityManager, meeting: Meeting, attendeeIds: string[], itemIds: string[]): Promise<void> {
    await requireAllExist(tx, 'users', attendeeIds, 'input.attendeeIds');
    if (itemIds.length > 0) {
      const [{ n }]: { n: number }[] = await tx.query('SELECT count(*)::int AS n FROM action_items WHERE id = ANY($1::uuid[]) AND plan_id = $2', [itemIds, meeting.planId]);
      if (n !== itemIds.length) throw new InvalidInputException('input.discussedItemIds', 'input.discussedItemIds must be action items of the meeting’s plan');
    }
    await tx.delete(MeetingAttendee, { meetingId: meeting.id });
    await tx.delete(MeetingItem, { meetingId: meeting.id });
    if (attendeeIds.length > 0) await tx.insert(MeetingAttendee, attendeeIds.map((userId) => ({ meetingId: meeting.id, userId })));
    if (itemIds.length > 0) await tx.insert(MeetingItem, itemIds.map((itemId) => ({ meetingId: meeting.id, itemId })));
  }

  private async addDecisions(tx: EntityManager, meeting: Meeting, decisions: MeetingDecisionInput[], list: string): Promise<void> {
    const [{ last }]: { last: number }[] = await tx.query('SELECT coalesce(max(position), 0)::int AS last FROM meeting_decisions WHERE meeting_id = $1', [meeting.id]);
    for (const [index, decision] of decisions.entries()) {
      const followUp = decision.followUp
        ? await this.items.insert(tx, decision.followUp, { status: ActionItemStatus.PLANNED, progress: 0 }, (name) => `input.${list}.${index}.followUp.${name}`)
        : null;
      if (followUp && followUp.planId !== meeting.planId) {
        throw new PlanException(PlanExceptionCode.NOT_IN_PLAN, 'A follow-up item belongs to the meeting’s plan', `input.${list}.${index}.followUp.groupId`);
      }
      await tx.insert(MeetingDecision, { meetingId: meeting.id, position: last + index + 1, text: decision.text, followUpItemId: followUp?.id ?? null });
    }
  }

  private async readForAudit(tx: EntityManager, id: string): Promise<AuditedMeeting> {
    const meeting = await tx.findOneByOrFail(Meeting, { id });
    const attendees = await tx.find(MeetingAttendee, { where: { meetingId: id }, order: { userId: 'ASC' } });
    const items = await tx.find(MeetingItem, { where: { meetingId: id }, order: { itemId: 'ASC' } });
    const decisions = await tx.find(MeetingDecision, { where: { meetingId: id }, order: { position: 'ASC' } });
    return { ...meeting, attendeeIds: attendees.map((a) => a.userId), discussedItemIds: items.map((i) => i.itemId), decisions };
  }
}
