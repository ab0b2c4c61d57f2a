import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@samverkan/config';
import { ActionItem, ActionItemHealth, ActionItemStatus } from '@samverkan/plan';
import { DeadlineKind, ReminderScheduler } from '@samverkan/reminders';
import { ScheduledQueueName } from '@samverkan/queue';
import { TestApi, startTestApi, testConfig } from '@samverkan/testing';
import { Queue } from 'bullmq';
import { EntityManager } from 'typeorm';
import { createWorker } from '../../../apps/worker/src/worker.app';
import { SmtpSink } from '../../worker/smtp-sink';
import { SimulatedTime } from './simulated-time';

export interface Person {
  id: string;
  email: string;
}

/** People of the seeded plan: working group 3's member (owner) and coordinator, and the steering group. */
export interface SeededPlan {
  planId: string;
  groupId: string;
  areaId: string;
  leadAgencyId: string;
  owner: Person;
  coordinator: Person;
  steering: Person[];
}

export interface ReminderRow {
  id: string;
  recipientId: string;
  offsetDays: number;
  escalationLevel: number;
  channel: string;
  dueAt: Date;
  state: 'SCHEDULED' | 'SENT' | 'CANCELLED';
  sentAt: Date | null;
}

/**
 * The real api (seeded) and any number of in-process workers on one
 * database and Redis prefix, an SMTP server, and simulated time driving
 * every process's reminder clock.
 */
export class ReminderHarness {
  readonly workers: INestApplicationContext[] = [];
  private queue?: Queue;

  private constructor(
    readonly api: TestApi,
    readonly smtp: SmtpSink,
    readonly time: SimulatedTime,
    readonly plan: SeededPlan,
    private readonly undoTime: () => void,
  ) {}

  static async start(start: Date | string, speed: number): Promise<ReminderHarness> {
    const time = new SimulatedTime(new Date(start), speed);
    const undoTime = time.driveEveryClock();
    const api = await startTestApi();
    const harness = new ReminderHarness(api, await SmtpSink.start(), time, await seededPlan(api), undoTime);
    return harness;
  }

  async startWorker(overrides: Partial<AppConfig> = {}): Promise<INestApplicationContext> {
    const base = testConfig(this.api.db.url, this.api.redis.url, this.api.redis.prefix, overrides);
    const worker = await createWorker({ ...base, mail: { ...base.mail, smtpUrl: this.smtp.url } });
    this.workers.push(worker);
    return worker;
  }

  async stopWorkers(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((worker) => worker.close()));
  }

  async close(): Promise<void> {
    await this.queue?.close();
    await this.stopWorkers();
    await this.smtp.close();
    await this.api.close();
    this.undoTime();
  }

  /** An open action item of working group 3, straight into the table. */
  newItem(title: string, dueDate: string, ownerId = this.plan.owner.id): Promise<ActionItem> {
    return this.api.dataSource.getRepository(ActionItem).save({
      planId: this.plan.planId,
      groupId: this.plan.groupId,
      developmentAreaId: this.plan.areaId,
      leadAgencyId: this.plan.leadAgencyId,
      ownerId,
      depth: 1,
      title,
      dueDate,
      status: ActionItemStatus.IN_PROGRESS,
      health: ActionItemHealth.ON_TRACK,
      healthSince: new Date(),
    });
  }

  /** What the items module does when an item changes: one call, in the transaction of the change. */
  track(item: ActionItem, dueDate: string | null): Promise<void> {
    return this.api.dataSource.transaction((tx) => this.trackIn(tx, item, dueDate));
  }

  trackIn(tx: EntityManager, item: ActionItem, dueDate: string | null): Promise<void> {
    return this.api.app.get(ReminderScheduler).sync(tx, {
      kind: DeadlineKind.ACTION_ITEM,
      subjectId: item.id,
      planId: item.planId,
      groupId: item.groupId,
      title: item.title,
      dueDate,
      ownerIds: [item.ownerId],
    });
  }

  /** Sets the plan's rule for action items through the API, as the administrator. */
  async setPlanRule(fields: string): Promise<void> {
    const token = await this.api.login('admin@samverkan.example');
    const response = await this.api.gql(
      `mutation ($p: ID!) { setReminderRule(input: { planId: $p, deadlineKind: ACTION_ITEM, ${fields} }) { source } }`,
      { p: this.plan.planId },
      token,
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  }

  /** The reminders queue as a test sees it; closed with the harness. */
  reminderQueue(): Queue {
    this.queue ??= new Queue(ScheduledQueueName.REMINDERS, { connection: { url: this.api.redis.url }, prefix: this.api.redis.prefix });
    return this.queue;
  }

  /** The reminders of a subject's deadlines, in the order they fall due. */
  reminders(subjectId: string): Promise<ReminderRow[]> {
    return this.api.dataSource.query(
      `SELECT r.id, r.recipient_id AS "recipientId", r.offset_days AS "offsetDays", r.escalation_level AS "escalationLevel",
              r.channel, r.due_at AS "dueAt", r.state, r.sent_at AS "sentAt"
         FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
        WHERE d.subject_id = $1
        ORDER BY r.due_at, r.recipient_id, r.created_at`,
      [subjectId],
    );
  }

  async sentCount(subjectIds: string[]): Promise<number> {
    const [{ n }] = await this.api.dataSource.query(
      `SELECT count(*)::int AS n FROM reminders r JOIN deadlines d ON d.id = r.deadline_id WHERE d.subject_id = ANY($1::uuid[]) AND r.state = 'SENT'`,
      [subjectIds],
    );
    return n;
  }

  /** E-mails that arrived for a reminder (its Message-ID is derived from its id). */
  mailsFor(reminderId: string): number {
    return this.smtp.count(`<reminder.${reminderId}@samverkan>`);
  }
}

export async function seededPlan(api: TestApi): Promise<SeededPlan> {
  const people: { email: string; id: string }[] = await api.dataSource.query(`SELECT id, email FROM users WHERE email LIKE '%@samverkan.example'`);
  const person = (local: string): Person => {
    const found = people.find((p) => p.email === `${local}@samverkan.example`);
    if (!found) throw new Error(`The seed has no ${local}`);
    return found;
  };
  const [{ plan_id, group_id, area_id, agency_id }] = await api.dataSource.query(
    `SELECT g.plan_id, g.id AS group_id, (SELECT id FROM development_areas WHERE plan_id = g.plan_id ORDER BY number LIMIT 1) AS area_id,
            (SELECT id FROM agencies WHERE code = 'FK') AS agency_id
       FROM groups g WHERE g.kind = 'WORKING' AND g.number = 3`,
  );
  return {
    planId: plan_id,
    groupId: group_id,
    areaId: area_id,
    leadAgencyId: agency_id,
    owner: person('medlem.ag3'),
    coordinator: person('samordnare.ag3'),
    steering: ['styrgrupp.af', 'styrgrupp.fk', 'styrgrupp.mv', 'styrgrupp.sos'].map(person),
  };
}
