interface Waiting<K, R> {
  key: K;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers single requests that arrive together (a worker's concurrent jobs)
 * into one call for the lot, e.g. one transaction for many reminders. At
 * most `maxSize` keys per call and `maxParallel` calls at a time; a request
 * waits no longer than the current turn of the event loop.
 */
export class Batcher<K, R> {
  private readonly waiting: Waiting<K, R>[] = [];
  private flushQueued = false;
  private running = 0;

  constructor(
    private readonly handle: (keys: K[]) => Promise<Map<K, R>>,
    private readonly maxSize: number,
    private readonly maxParallel: number,
  ) {}

  submit(key: K): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      if (!this.flushQueued) {
        this.flushQueued = true;
        setImmediate(() => {
          this.flushQueued = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    while (this.waiting.length > 0 && this.running < this.maxParallel) {
      const batch = this.waiting.splice(0, this.maxSize);
      this.running += 1;
      this.handle(batch.map((request) => request.key))
        .then(
          (results) => {
            for (const request of batch) {
              if (results.has(request.key)) request.resolve(results.get(request.key)!);
              else request.reject(new Error(`No result for ${String(request.key)}`));
            }
          },
          (error: unknown) => batch.forEach((request) => request.reject(error)),
        )
        .finally(() => {
          this.running -= 1;
          this.flush();
        });
    }
  }
}
