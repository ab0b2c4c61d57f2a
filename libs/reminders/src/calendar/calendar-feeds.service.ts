import { createHash, createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import { EntityNotFoundException } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { DataSource } from 'typeorm';
import { DEADLINE_LABELS, DeadlineKind } from '../deadlines/deadline-kind';
import { personDeadlines } from '../deadlines/person-deadlines';
import { CalendarFeed } from './calendar-feed.entity';
import { renderCalendar } from './icalendar';

/** A calendar shows at most this many deadlines, the nearest first. */
const MAX_ENTRIES = 1_000;

/** The secret of a feed address: 43 characters of base64url. */
export const FEED_SECRET = /^[A-Za-z0-9_-]{43}$/;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Where a feed is served, on the API's own origin. */
/** The feed's address: absolute when PUBLIC_URL is set (calendar programs need one), else a path on the API's origin. */
export const feedAddress = (secret: string, publicUrl: string): string => `${publicUrl}/calendar/${secret}.ics`;

/**
 * Each person's secret iCalendar address of their deadlines, to subscribe
 * to in Outlook or any calendar. Anyone holding the address can read the
 * feed, so it is long and random-looking, and its owner can rotate it.
 */
@Injectable()
export class CalendarFeedsService {
  /** Derived from the server's signing secret; changing that secret changes every address. */
  private readonly feedKey: Buffer;
  private readonly publicUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.feedKey = createHmac('sha256', config.jwtSecret).update('samverkan calendar feeds').digest();
    this.publicUrl = config.publicUrl;
  }

  /** The caller's feed address; the first call creates the feed. */
  async url(actor: Actor | null): Promise<string> {
    this.policy.assert(actor, Action.MANAGE_OWN_ACCOUNT);
    const userId = actor.userId;
    await this.dataSource.query(
      `INSERT INTO calendar_feeds (user_id, version, secret_hash) VALUES ($1, 1, $2) ON CONFLICT (user_id) DO NOTHING`,
      [userId, sha256(this.secretOf(userId, 1))],
    );
    const feed = await this.dataSource.manager.findOneByOrFail(CalendarFeed, { userId });
    const secret = this.secretOf(userId, feed.version);
    // After a change of the server's secret the stored hash is stale; the address shown is the one that works.
    if (feed.secretHash !== sha256(secret)) await this.dataSource.manager.update(CalendarFeed, { userId }, { secretHash: sha256(secret) });
    return feedAddress(secret, this.publicUrl);
  }

  /** A new address for the caller's feed; the old one stops working at once. */
  rotate(call: CallContext): Promise<string> {
    this.policy.assert(call.actor, Action.MANAGE_OWN_ACCOUNT);
    const userId = call.actor.userId;
    return this.audited.run(call, 'calendarFeed.rotate', async (tx) => {
      const before = await tx.findOne(CalendarFeed, { where: { userId }, lock: { mode: 'pessimistic_write' } });
      const version = (before?.version ?? 0) + 1;
      const secret = this.secretOf(userId, version);
      await tx.save(CalendarFeed, { userId, version, secretHash: sha256(secret), rotatedAt: new Date() });
      // The audit keeps the generation, never the secret.
      return { result: feedAddress(secret, this.publicUrl), entityType: 'CalendarFeed', entityId: userId, before: before && { version: before.version }, after: { version } };
    });
  }

  /** The iCalendar document behind an address; NOT_FOUND for an unknown or retired secret. */
  async render(secret: string): Promise<string> {
    const [owner]: { user_id: string }[] = FEED_SECRET.test(secret)
      ? await this.dataSource.query(
          `SELECT f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id AND u.active WHERE f.secret_hash = $1`,
          [sha256(secret)],
        )
      : [];
    if (!owner) throw new EntityNotFoundException('CalendarFeed', 'at this address');
    const deadlines = await personDeadlines(this.dataSource.manager, owner.user_id, { limit: MAX_ENTRIES });
    return renderCalendar(
      'Samverkan deadlines',
      deadlines.map((deadline) => ({
        uid: `deadline-${deadline.id}@samverkan`,
        date: deadline.dueDate,
        summary: `${DEADLINE_LABELS[deadline.kind]}: ${deadline.title}`,
        description: `${DEADLINE_LABELS[deadline.kind]} in Samverkan, ${deadline.kind === DeadlineKind.MEETING ? 'on' : 'due'} ${deadline.dueDate}.`,
        updatedAt: deadline.updatedAt,
      })),
    );
  }

  private secretOf(userId: string, version: number): string {
    return createHmac('sha256', this.feedKey).update(`${userId}:${version}`).digest('base64url');
  }
}
