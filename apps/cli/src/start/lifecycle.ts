import type { Log } from './log';
import type { Stoppable } from './managed-process';

/** Thrown into the start-up sequence when a stop was asked for while it ran. */
export class ShuttingDown extends Error {
  override readonly name = 'ShuttingDown';
}

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * A terminal's Ctrl-C reaches this process twice within a millisecond: once
 * from the terminal (the whole foreground group) and once forwarded by npm.
 * A repeat this soon is the same request, not a person insisting.
 */
const SAME_REQUEST_WINDOW_MS = 1_000;
const PARENT_CHECK_INTERVAL_MS = 500;

/**
 * Everything the start command started, in layers. Stopping goes in reverse
 * order of starting (api and worker first, then Redis, then PostgreSQL), so
 * nothing loses a service it still uses while it shuts down. Members of one
 * layer stop in parallel.
 */
export class Lifecycle {
  private readonly layers: Stoppable[][] = [];
  private shutdown?: Promise<never>;
  private firstSignalAt = 0;

  constructor(private readonly log: Log) {}

  get isStopping(): boolean {
    return this.shutdown !== undefined;
  }

  /**
   * Starts resources as one layer. Refuses once stopping has begun, so the
   * start-up sequence cannot start something that nobody would stop.
   */
  track<T extends Stoppable | Stoppable[]>(start: () => T): T {
    if (this.isStopping) throw new ShuttingDown('Stopping: not starting anything more');
    const started = start();
    this.layers.push(Array.isArray(started) ? started : [started]);
    return started;
  }

  /** Forgets a resource that ended by itself as planned (a finished migration). */
  untrack(resource: Stoppable): void {
    for (const layer of this.layers) {
      const index = layer.indexOf(resource);
      if (index >= 0) layer.splice(index, 1);
    }
  }

  /** Ctrl-C, SIGTERM and a closed terminal stop everything and exit 0; a second one kills at once. */
  handleSignals(): void {
    for (const signal of STOP_SIGNALS) {
      process.on(signal, () => {
        if (this.isStopping && Date.now() - this.firstSignalAt < SAME_REQUEST_WINDOW_MS) return;
        if (this.isStopping) {
          this.log.error(`${signal} again: killing everything now`);
          this.killAll();
          process.exit(1);
        }
        this.firstSignalAt = Date.now();
        this.log.info(`${signal} received: stopping (press Ctrl-C again to kill at once)`);
        void this.stopAndExit(0);
      });
    }
    // Last line of defence: when this process ends any other way (an uncaught
    // error), take the children along instead of leaving them orphaned.
    process.on('exit', () => this.killAll());
  }

  /**
   * Stops everything once the process that started this one is gone. A
   * signal can end a wrapper (a shell between npm and this command, a
   * supervisor) without reaching us; we would run on, reparented, holding
   * the ports. The parent changing is how we learn of it.
   */
  stopWhenOrphaned(): void {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid === parent || this.isStopping) return;
      this.log.info(`The process that started this command (pid ${parent}) is gone: stopping`);
      void this.stopAndExit(0);
    }, PARENT_CHECK_INTERVAL_MS).unref();
  }

  /** Stops every layer, newest first, then exits with exitCode. Idempotent. */
  stopAndExit(exitCode: number): Promise<never> {
    this.shutdown ??= this.stopAll().then(() => process.exit(exitCode));
    return this.shutdown;
  }

  private async stopAll(): Promise<void> {
    let stoppedAny = false;
    // A layer leaves the list only once it has stopped, so that a second
    // Ctrl-C in the middle still kills it.
    for (let layer = this.layers.at(-1); layer; layer = this.layers.at(-1)) {
      if (layer.length > 0) {
        stoppedAny = true;
        await this.stopLayer(layer);
      }
      this.layers.pop();
    }
    if (stoppedAny) this.log.info('Stopped.');
  }

  private async stopLayer(layer: Stoppable[]): Promise<void> {
    this.log.info(`Stopping ${layer.map((resource) => resource.name).join(', ')}`);
    await Promise.all(
      layer.map((resource) =>
        resource.stop().catch((error: unknown) => {
          this.log.error(`Could not stop ${resource.name} cleanly: ${String(error)}`);
          resource.kill();
        }),
      ),
    );
  }

  private killAll(): void {
    for (const layer of this.layers) for (const resource of layer) resource.kill();
  }
}
