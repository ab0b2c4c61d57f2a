import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@samverkan/auth';
import { pagePathOf } from '@samverkan/common';
import { DataSource } from 'typeorm';
import { addDays } from '../time/local-time';
import { personDeadlines } from './person-deadlines';
import { UpcomingDeadline } from './upcoming-deadline.type';

/** A month ahead, as the workspace's "my work" shows it. */
export const UPCOMING_DAYS = 30;
const MAX_UPCOMING = 100;

@Injectable()
export class UpcomingDeadlinesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's open deadlines of a plan due from `today` to UPCOMING_DAYS later, nearest first. */
  async forPerson(actor: Actor, planId: string, today: string): Promise<UpcomingDeadline[]> {
    const deadlines = await personDeadlines(this.dataSource.manager, actor.userId, { planId, from: today, to: addDays(today, UPCOMING_DAYS), limit: MAX_UPCOMING });
    return deadlines.map(({ kind, title, dueDate, subjectId, occurrence }) => ({
      kind,
      title,
      dueDate,
      subjectId,
      path: pagePathOf({ type: kind, id: subjectId, occurrence }),
    }));
  }
}
