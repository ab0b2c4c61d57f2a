import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@samverkan/config';
import { ActionItem, ActionItemHealth, ActionItemStatus } from '@samverkan/plan';
import { DeadlineInput, DeadlineKind, ReminderScheduler } from '@samverkan/reminders';
import { TestApi, startTestApi, testConfig } from '@samverkan/testing';
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
    // A connection for each job the worker runs at once on its queues, as docs/queue.md asks.
    const worker = await createWorker({ ...base, databasePoolSize: 20, mail: { ...base.mail, smtpUrl: this.smtp.url } });
    this.workers.push(worker);
    return worker;
  }

  async stopWorkers(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((worker) => worker.close()));
  }

  async close(): Promise<void> {
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
    return this.api.dataSource.transaction((tx) => this.api.app.get(ReminderScheduler).sync(tx, deadlineOf(item, dueDate)));
  }

  /** Several items at their own due dates, in one transaction and one call, as a bulk change would. */
  trackAll(items: ActionItem[]): Promise<void> {
    return this.api.dataSource.transaction((tx) => this.api.app.get(ReminderScheduler).sync(tx, items.map((item) => deadlineOf(item, item.dueDate))));
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

  /**
   * Moves every clock to `at`, as if that much time had passed: the outbox
   * messages of the reminders and digests still scheduled fall due when the
   * moved clock reads their time, as they would have in real time.
   */
  async jumpTo(at: Date | string, speed?: number): Promise<void> {
    this.time.jumpTo(at, speed);
    await this.api.dataSource.query(
      `UPDATE outbox_messages o
          SET available_at = now() + make_interval(secs => greatest(0, extract(epoch FROM due.due_at - $1::timestamptz)) / $2), relayed_at = NULL
         FROM (SELECT m.id, min(r.due_at) AS due_at
                 FROM outbox_messages m
                 JOIN reminders r ON r.id::text IN (SELECT jsonb_array_elements_text(m.payload->'reminderIds'))
                WHERE m.job_name = 'send-reminder' AND m.completed_at IS NULL AND r.state = 'SCHEDULED'
                GROUP BY m.id
               UNION ALL
               SELECT m.id, d.due_at
                 FROM outbox_messages m JOIN notification_digests d ON d.id::text = m.payload->>'digestId'
                WHERE m.job_name = 'send-digest' AND m.completed_at IS NULL AND d.state = 'SCHEDULED') due
        WHERE o.id = due.id`,
      [this.time.now(), this.time.speed],
    );
  }

  /** When the uncompleted outbox message that sends each reminder falls due, by reminder id. */
  async reminderMessages(reminderIds: string[]): Promise<Map<string, Date>> {
    const rows: { reminderId: string; availableAt: Date }[] = await this.api.dataSource.query(
      `SELECT r.id AS "reminderId", m.available_at AS "availableAt"
         FROM outbox_messages m, jsonb_array_elements_text(m.payload->'reminderIds') AS r(id)
        WHERE m.job_name = 'send-reminder' AND m.completed_at IS NULL AND r.id = ANY($1::text[])`,
      [reminderIds],
    );
    return new Map(rows.map((row) => [row.reminderId, row.availableAt]));
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

function deadlineOf(item: ActionItem, dueDate: string | null): DeadlineInput {
  return { kind: DeadlineKind.ACTION_ITEM, subjectId: item.id, planId: item.planId, groupId: item.groupId, title: item.title, dueDate, ownerIds: [item.ownerId] };
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
