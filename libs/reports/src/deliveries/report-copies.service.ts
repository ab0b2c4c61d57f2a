import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import {
  Connection,
  EntityNotFoundException,
  ErrorKind,
  InvalidInputException,
  LoaderRegistry,
  assertReferenceExists,
  decodeCursor,
  encodeCursor,
  groupByKeys,
  orderByKeys,
  toConnection,
} from '@samverkan/common';
import { JobName, OutboxService } from '@samverkan/queue';
import { DataSource, EntityManager, In } from 'typeorm';
import { ReportsException, ReportsExceptionCode } from '../reports.exception';
import { assertWebhookUrlAllowed, copyMessageId } from './copy-rules';
import { ReportCopyEndpoint } from './report-copy-endpoint.entity';
import { SetReportCopyEndpointInput, TestReportCopyEndpointInput } from './report-copy-endpoint.inputs';
import { Acceptance, MAX_REPLY_LENGTH, ReportCopySender } from './report-copy-sender.service';
import { ReportCopyTestResult } from './report-copy-test-result.type';
import { DeliveryChannel, ReportDelivery } from './report-delivery.entity';
import { DELIVERY_VIEW_SQL, DeliveryStatus, ReportDeliveriesArgs, ReportDeliveryView } from './report-delivery.view';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
/** A test message waits for its answer in the request, so it gives up sooner than a copy does. */
const TEST_TIMEOUT_MS = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The copies of submitted versions to the coordinating agencies, and their delivery records. */
@Injectable()
export class ReportCopiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sender: ReportCopySender,
  ) {}

  /**
   * In the submission's transaction: a copy by e-mail to every agency the plan
   * has as COORDINATOR, and by webhook where the agency has an endpoint, each
   * with the outbox message that will deliver it.
   */
  async queueCopies(tx: EntityManager, planId: string, versionId: string): Promise<void> {
    const receivers: { agencyId: string; webhook: boolean }[] = await tx.query(
      `SELECT pa.agency_id AS "agencyId", e.agency_id IS NOT NULL AS webhook
         FROM plan_agencies pa
         LEFT JOIN report_copy_endpoints e ON e.agency_id = pa.agency_id
        WHERE pa.plan_id = $1 AND pa.role = 'COORDINATOR'
        ORDER BY pa.agency_id`,
      [planId],
    );
    for (const { agencyId, webhook } of receivers) {
      await this.queueCopy(tx, versionId, agencyId, DeliveryChannel.EMAIL);
      if (webhook) await this.queueCopy(tx, versionId, agencyId, DeliveryChannel.WEBHOOK);
    }
  }

  private async queueCopy(tx: EntityManager, versionId: string, agencyId: string, channel: DeliveryChannel): Promise<void> {
    const id = randomUUID();
    const outboxMessageId = await this.outbox.add(tx, { jobName: JobName.DELIVER_REPORT_COPY, payload: { deliveryId: id } });
    const deliveryKey = channel === DeliveryChannel.EMAIL ? copyMessageId(versionId, agencyId) : id;
    await tx.insert(ReportDelivery, { id, versionId, agencyId, channel, outboxMessageId, deliveryKey });
  }

  loadForVersion(loaders: LoaderRegistry, versionId: string): Promise<ReportDeliveryView[]> {
    return loaders
      .get<string, ReportDeliveryView[]>('reportDelivery.byVersion', async (versionIds) =>
        groupByKeys(
          versionIds,
          await this.dataSource.query(`${DELIVERY_VIEW_SQL} WHERE d.version_id = ANY($1::uuid[]) ORDER BY d.created_at, d.id`, [[...versionIds]]),
          (delivery: ReportDeliveryView) => delivery.versionId,
        ),
      )
      .load(versionId);
  }

  loadEndpoint(loaders: LoaderRegistry, agencyId: string): Promise<ReportCopyEndpoint | null> {
    return loaders
      .get<string, ReportCopyEndpoint | null>('reportCopyEndpoint.byAgency', async (agencyIds) =>
        orderByKeys(agencyIds, await this.dataSource.getRepository(ReportCopyEndpoint).findBy({ agencyId: In([...agencyIds]) }), (e) => e.agencyId),
      )
      .load(agencyId);
  }

  /** Oldest first; filter by status, e.g. DEAD for the copies that need an administrator. */
  async list(actor: Actor | null, args: ReportDeliveriesArgs): Promise<Connection<ReportDeliveryView>> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const after = args.after === undefined ? null : decodeCursor(args.after, 2);
    if (args.after !== undefined && !(after && TIMESTAMP.test(String(after[0])) && UUID.test(String(after[1])))) {
      throw new InvalidInputException('after', 'after is not a valid cursor');
    }
    const status = args.status ?? null;
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM (${DELIVERY_VIEW_SQL}) v WHERE $1::text IS NULL OR v.status = $1`,
      [status],
    );
    const rows: ReportDeliveryView[] = await this.dataSource.query(
      `SELECT * FROM (${DELIVERY_VIEW_SQL}) v
        WHERE ($1::text IS NULL OR v.status = $1)
          AND ($2::timestamptz IS NULL OR (v."createdAt", v.id) > ($2::timestamptz, $3::uuid))
        ORDER BY v."createdAt", v.id
        LIMIT $4`,
      [status, after?.[0] ?? null, after?.[1] ?? null, args.first + 1],
    );
    return toConnection(rows, args.first, count, (row) => encodeCursor([row.sortKey, row.id]));
  }

  async get(tx: EntityManager | DataSource, id: string): Promise<ReportDeliveryView | null> {
    const [row]: ReportDeliveryView[] = await tx.query(`${DELIVERY_VIEW_SQL} WHERE d.id = $1`, [id]);
    return row ?? null;
  }

  /**
   * Administrators: tries an unsent copy now. A DEAD one gets a fresh series
   * of attempts. Otherwise the attempt is one of its own (an outbox message
   * with one attempt, due now), and the automatic series (attempts, next
   * attempt) stays as it was, whatever the attempt's outcome; the handler
   * locks the copy, so the two never send it at the same time.
   */
  retry(call: CallContext, id: string): Promise<ReportDeliveryView> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    return this.audited.run(call, 'reportDelivery.retry', async (tx) => {
      const before = await this.get(tx, id);
      if (!before) throw new EntityNotFoundException('ReportDelivery', id, 'id');
      const delivery = await tx.findOneByOrFail(ReportDelivery, { id });
      const alreadySent = () =>
        new ReportsException(ReportsExceptionCode.ALREADY_SENT, ErrorKind.CONFLICT, 'The copy was already accepted by the receiving server', 'id');
      if (before.status === DeliveryStatus.SENT) throw alreadySent();
      if (before.status === DeliveryStatus.DEAD) {
        if (!(await this.outbox.retryNow(tx, delivery.outboxMessageId))) throw alreadySent();
      } else {
        await this.outbox.add(tx, { jobName: JobName.DELIVER_REPORT_COPY, payload: { deliveryId: id }, maxAttempts: 1 });
      }
      const after = (await this.get(tx, id))!;
      return { result: after, entityType: 'ReportDelivery', entityId: id, before, after };
    });
  }

  /** Administrators: where an agency's document-management system takes copies by webhook. */
  setEndpoint(call: CallContext, input: SetReportCopyEndpointInput): Promise<ReportCopyEndpoint | null> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    if (input.url) assertWebhookUrlAllowed(input.url, this.config, 'input.url');
    return this.audited.run(call, 'reportCopyEndpoint.set', async (tx) => {
      await assertReferenceExists(tx, 'agencies', input.agencyId, 'input.agencyId');
      const before = await tx.findOneBy(ReportCopyEndpoint, { agencyId: input.agencyId });
      let after: ReportCopyEndpoint | null = null;
      if (input.url) after = await tx.save(ReportCopyEndpoint, { agencyId: input.agencyId, url: input.url });
      else await tx.delete(ReportCopyEndpoint, { agencyId: input.agencyId });
      return { result: after, entityType: 'ReportCopyEndpoint', entityId: input.agencyId, before, after };
    });
  }

  /**
   * Administrators: sends a small test message to the agency's e-mail address
   * or webhook, by the sender the copies use, and answers with what the
   * receiver said. No delivery is recorded; the audit log keeps the answer.
   */
  async testEndpoint(call: CallContext, input: TestReportCopyEndpointInput): Promise<ReportCopyTestResult> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    const [agency]: { code: string; contactEmail: string | null; webhookUrl: string | null }[] = await this.dataSource.query(
      `SELECT a.code, a.contact_email AS "contactEmail", e.url AS "webhookUrl"
         FROM agencies a LEFT JOIN report_copy_endpoints e ON e.agency_id = a.id WHERE a.id = $1`,
      [input.agencyId],
    );
    if (!agency) throw new EntityNotFoundException('Agency', input.agencyId, 'input.agencyId');
    const recipient = input.channel === DeliveryChannel.EMAIL ? agency.contactEmail : agency.webhookUrl;
    if (!recipient) {
      throw new ReportsException(ReportsExceptionCode.NO_RECEIVER, ErrorKind.BAD_USER_INPUT, `The agency has no ${input.channel === DeliveryChannel.EMAIL ? 'contact e-mail address' : 'webhook'} to test`, 'input.channel');
    }
    const answer = await this.sendTest(input.channel, agency.code, recipient);
    const result: ReportCopyTestResult = { agencyId: input.agencyId, channel: input.channel, ...answer, testedAt: new Date() };
    return this.audited.run(call, 'reportCopyEndpoint.test', async () => ({ result, entityType: 'ReportCopyEndpoint', entityId: input.agencyId, before: null, after: result }));
  }

  /** Whatever happens, an answer: a refusal or a failure to connect is what the administrator came to see. */
  private async sendTest(channel: DeliveryChannel, agencyCode: string, recipient: string): Promise<Acceptance & { accepted: boolean }> {
    const id = randomUUID();
    const body = JSON.stringify({ test: true, id, agency: agencyCode, sentAt: new Date().toISOString() });
    const attempt: Promise<Acceptance & { accepted: boolean }> =
      channel === DeliveryChannel.EMAIL
        ? this.sender
            .email({
              to: [recipient],
              subject: 'Provmeddelande från Samverkan / Test message from Samverkan',
              text: `Det här är ett provmeddelande för rapportkopior till ${agencyCode}. Det innehåller ingen rapport.\r\n\r\nThis is a test message for report copies to ${agencyCode}. It holds no report.\r\n`,
              messageId: `<report-copy-test.${id}@samverkan>`,
              headers: { 'X-Samverkan-Test': 'true' },
            })
            .then((accepted) => ({ ...accepted, accepted: true }))
        : this.sender.webhook({ url: recipient, agencyCode, body, idempotencyKey: id, headers: { 'x-samverkan-test': 'true' } }, TEST_TIMEOUT_MS);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No answer within ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS);
    });
    try {
      return await Promise.race([attempt, timeout]);
    } catch (error) {
      // An SMTP refusal carries the server's reply; anything else says why no answer came.
      const reply = (error as { response?: string }).response ?? (error instanceof Error ? error.message : String(error));
      return { recipient, reply: reply.slice(0, MAX_REPLY_LENGTH), accepted: false };
    } finally {
      clearTimeout(timer);
    }
  }
}
