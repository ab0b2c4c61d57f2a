import { Injectable } from '@nestjs/common';

/**
 * The time reminders are planned and sent by. Injected, so tests can run
 * time faster (a day in a second) or jump ahead: they replace both methods,
 * and the due times of the outbox messages follow.
 */
@Injectable()
export class ReminderClock {
  now(): Date {
    return new Date();
  }

  /** Real milliseconds from now until `at`; 0 once it has passed. */
  delayUntil(at: Date): number {
    return Math.max(0, at.getTime() - Date.now());
  }

  /** The real instant this clock reads `at`: when the outbox message of something due at `at` falls due. */
  realTimeOf(at: Date): Date {
    return new Date(Date.now() + this.delayUntil(at));
  }
}
