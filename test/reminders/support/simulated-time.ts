import { ReminderClock } from '@samverkan/reminders';

/**
 * Time for tests that runs `speed` times faster than real time: at 86,400 a
 * day passes in a second, so "30 days before" is half a minute away. It
 * drives the clocks of the api and the workers, whose outbox due times then
 * shrink by the same factor; jumps move every clock at once.
 */
export class SimulatedTime {
  private origin: number;
  private realOrigin = Date.now();

  constructor(
    start: Date,
    private currentSpeed: number,
  ) {
    this.origin = start.getTime();
  }

  now(): Date {
    return new Date(this.origin + (Date.now() - this.realOrigin) * this.currentSpeed);
  }

  /** Real milliseconds until the simulated clock reads `at`. */
  realDelayUntil(at: Date): number {
    return Math.max(0, (at.getTime() - this.now().getTime()) / this.currentSpeed);
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

  /** Simulated milliseconds per real one. */
  get speed(): number {
    return this.currentSpeed;
  }

  /** Moves straight to `at`; outbox messages written before keep their real due times (ReminderHarness.jumpTo moves them too). */
  jumpTo(at: Date | string, speed = this.currentSpeed): void {
    this.origin = new Date(at).getTime();
    this.realOrigin = Date.now();
    this.currentSpeed = speed;
  }
}
