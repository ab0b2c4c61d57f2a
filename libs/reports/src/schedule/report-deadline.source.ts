import { Injectable } from '@nestjs/common';
import { DeadlineInput, DeadlineSource, PlanDeadlineSource } from '@samverkan/reminders';
import { EntityManager } from 'typeorm';
import { reportDeadlines } from './report-deadlines';

/**
 * The reports every working group and member agency owes, for the worker's
 * deadline refresh: reminded of from the start, before anyone opened one.
 */
@Injectable()
@DeadlineSource()
export class ReportDeadlineSource implements PlanDeadlineSource {
  deadlinesOfPlan(tx: EntityManager, planId: string): Promise<DeadlineInput[]> {
    return reportDeadlines(tx, planId);
  }
}
