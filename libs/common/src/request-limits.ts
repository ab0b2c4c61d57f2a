/**
 * Failures of the limits the API puts on every caller. They are not domain
 * rules, so they sit beside DomainException rather than under it; the API
 * edge gives them the codes TIMEOUT and TOO_MANY_REQUESTS.
 */

/** The request ran past its deadline; a mutation that had not committed is rolled back. */
export class RequestTimeoutException extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The request did not finish within ${timeoutMs} ms and was stopped`);
    this.name = 'RequestTimeoutException';
  }
}

/** Too many requests or attempts in a window. */
export class TooManyRequestsException extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'TooManyRequestsException';
  }
}

/** When a request must be done by, carried from the API edge down to the transaction. */
export class Deadline {
  private constructor(
    readonly at: number,
    readonly timeoutMs: number,
  ) {}

  static after(timeoutMs: number): Deadline {
    return new Deadline(Date.now() + timeoutMs, timeoutMs);
  }

  remainingMs(): number {
    return this.at - Date.now();
  }

  assertNotPassed(): void {
    if (this.remainingMs() <= 0) throw new RequestTimeoutException(this.timeoutMs);
  }
}
