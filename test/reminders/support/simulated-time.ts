import { ReminderClock } from '@samverkan/reminders';

/**
 * Time for tests that runs `speed` times faster than real time: at 86,400 a
 * day passes in a second, so "30 days before" is half a minute away. It
 * drives the clocks of the api and the workers, whose BullMQ delays then
 * shrink by the same factor; jumps move every clock at once.
 */
export class SimulatedTime {
  private origin: number;
  private realOrigin = Date.now();

  constructor(
    start: Date,
    private speed: number,
  ) {
    this.origin = start.getTime();
  }

  now(): Date {
    return new Date(this.origin + (Date.now() - this.realOrigin) * this.speed);
  }

  /** Real milliseconds until the simulated clock reads `at`. */
  realDelayUntil(at: Date): number {
    return Math.max(0, (at.getTime() - this.now().getTime()) / this.speed);
  }

  /**
   * Makes every reminder clock in this process read this time, from the
   * moment each is created: a worker's start-up pass already runs on it.
   * Returns what undoes it.
   */
  driveEveryClock(): () => void {
    const spies = [
      jest.spyOn(ReminderClock.prototype, 'now').mockImplementation(() => this.now()),
      jest.spyOn(ReminderClock.prototype, 'delayUntil').mockImplementation((at: Date) => this.realDelayUntil(at)),
    ];
    return () => spies.forEach((spy) => spy.mockRestore());
  }

  /** Waits in real time until the simulated clock reads `at`. */
  async until(at: Date | string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.realDelayUntil(new Date(at))));
  }

  /** Moves straight to `at`; delayed jobs added before keep their real-time delays, so the reconciler must catch up. */
  jumpTo(at: Date | string, speed = this.speed): void {
    this.origin = new Date(at).getTime();
    this.realOrigin = Date.now();
    this.speed = speed;
  }
}
