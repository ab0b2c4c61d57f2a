import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { deleteInBatches } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { HandlesJob, JobName } from '@samverkan/queue';
import { DataSource } from 'typeorm';
import { NotificationDelivery } from './notification.entity';

/** Keeps the notifications table to what people may still look at. */
@Injectable()
export class NotificationPruner {
  private readonly logger = new Logger(NotificationPruner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Deletes notifications read more than NOTIFICATION_RETENTION_DAYS ago;
   * unread ones stay, and so does one still waiting for its digest e-mail.
   * Returns how many were deleted.
   */
  prune(): Promise<number> {
    return deleteInBatches(
      this.dataSource,
      'notifications',
      `SELECT id FROM notifications
        WHERE read_at < now() - make_interval(days => $1)
          AND (delivery <> $2 OR digested_at IS NOT NULL)
        LIMIT $3`,
      [this.config.notificationRetentionDays, NotificationDelivery.DIGEST],
    );
  }

  /** The periodic job (daily, PERIODIC_JOBS); its statements run on their own, a batch each, not in the job's transaction. */
  @HandlesJob(JobName.PRUNE_NOTIFICATIONS)
  async pruneJob(): Promise<void> {
    const deleted = await this.prune();
    if (deleted > 0) this.logger.log(`Deleted ${deleted} notification(s) read longer ago than the retention period`);
  }
}
