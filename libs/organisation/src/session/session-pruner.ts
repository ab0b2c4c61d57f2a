import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { deleteInBatches } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { HandlesJob, JobName } from '@samverkan/queue';
import { DataSource } from 'typeorm';

/**
 * Keeps the sessions table to the sessions that can still be used. A row that
 * has ended, passed its absolute end or been idle too long never lets anyone
 * in again (BrowserSessionsService.lookup), and the sign-ins and sign-outs
 * themselves are in the audit trail.
 */
@Injectable()
export class SessionPruner {
  private readonly logger = new Logger(SessionPruner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'sessionIdleMinutes'>,
  ) {}

  /** Deletes every session that can no longer be used; returns how many. */
  prune(): Promise<number> {
    return deleteInBatches(
      this.dataSource,
      'sessions',
      `SELECT id FROM sessions
        WHERE ended_at IS NOT NULL OR expires_at <= now() OR last_seen_at + make_interval(mins => $1) <= now()
        LIMIT $2`,
      [this.config.sessionIdleMinutes],
    );
  }

  /** The periodic job (daily, PERIODIC_JOBS); a batch per statement, not in the job's transaction. */
  @HandlesJob(JobName.PRUNE_SESSIONS)
  async pruneJob(): Promise<void> {
    const deleted = await this.prune();
    if (deleted > 0) this.logger.log(`Deleted ${deleted} session(s) that had ended or expired`);
  }
}
