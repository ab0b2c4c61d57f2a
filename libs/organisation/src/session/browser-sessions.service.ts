import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hashSessionSecret, newSessionSecret } from '@samverkan/auth';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { DataSource, EntityManager } from 'typeorm';

export interface StartedSession {
  id: string;
  /** For the cookie only: never stored, never in a response body. */
  secret: string;
  expiresAt: Date;
}

/** What a cookie's secret names: a session in use, one that ran out, or nothing (unknown or ended). */
export type SessionLookup = { state: 'active'; id: string; userId: string } | { state: 'expired' } | { state: 'none' };

/** How stale last_seen_at may get before a request moves it on: an idle session is found without a write per request. */
const LAST_SEEN_RESOLUTION = "interval '1 minute'";

/**
 * Server-side browser sessions. Times come from PostgreSQL's clock, so every
 * api replica judges expiry alike.
 */
@Injectable()
export class BrowserSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session inside the sign-in's transaction. */
  async start(tx: EntityManager, userId: string): Promise<StartedSession> {
    const secret = newSessionSecret();
    const [row]: { id: string; expires_at: Date }[] = await tx.query(
      `INSERT INTO sessions (user_id, secret_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(hours => $3))
       RETURNING id, expires_at`,
      [userId, hashSessionSecret(secret), this.config.sessionMaxHours],
    );
    return { id: row!.id, secret, expiresAt: row!.expires_at };
  }

  async lookup(secret: string): Promise<SessionLookup> {
    const [row]: { id: string; user_id: string; ended: boolean; expired: boolean; seen_long_ago: boolean }[] = await this.dataSource.query(
      `SELECT id, user_id, ended_at IS NOT NULL AS ended,
              (now() >= expires_at OR now() >= last_seen_at + make_interval(mins => $2)) AS expired,
              last_seen_at < now() - ${LAST_SEEN_RESOLUTION} AS seen_long_ago
         FROM sessions
        WHERE secret_hash = $1`,
      [hashSessionSecret(secret), this.config.sessionIdleMinutes],
    );
    if (!row || row.ended) return { state: 'none' };
    if (row.expired) return { state: 'expired' };
    if (row.seen_long_ago) {
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1 AND last_seen_at < now() - ${LAST_SEEN_RESOLUTION}`, [row.id]);
    }
    return { state: 'active', id: row.id, userId: row.user_id };
  }

  /** Ends one session; false when it had ended already. */
  async end(tx: EntityManager, id: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await tx.query(`UPDATE sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL`, [id]);
    return affected > 0;
  }

  /** Ends every session of a person except `keep` (the one the request came in by); returns how many ended. */
  async endAllOf(tx: EntityManager, userId: string, keep: string | null = null): Promise<number> {
    const [, affected]: [unknown, number] = await tx.query(
      `UPDATE sessions SET ended_at = now()
        WHERE user_id = $1 AND ended_at IS NULL AND expires_at > now() AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, keep],
    );
    return affected;
  }
}
