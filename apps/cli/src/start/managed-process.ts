import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ProcessLedger } from './process-ledger';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be started at all (e.g. the program is missing). */
  error?: Error;
}

/** Something the start command started and must stop again. */
export interface Stoppable {
  readonly name: string;
  /** Asks politely, then insists after a timeout; resolves once it is gone. */
  stop(): Promise<void>;
  /** Insists at once, without waiting: for when the start command itself is going away. */
  kill(): void;
}

export interface ManagedProcessOptions {
  /** Short name, used as the "[name] " prefix of every output line. */
  name: string;
  /** Append the output to this file instead of printing it (for chatty servers). */
  logFile?: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Run as another user (PostgreSQL refuses to run as root). */
  uid?: number;
  gid?: number;
  /** The signal that asks for a clean shutdown. Default SIGTERM. */
  stopSignal?: NodeJS.Signals;
  /** Sent when the clean shutdown takes longer than stopTimeoutMs. Default SIGKILL. */
  forceSignal?: NodeJS.Signals;
  stopTimeoutMs?: number;
  /** Records the child while it runs, so a later run can stop it if we are killed outright. */
  ledger?: ProcessLedger;
}

const LAST_RESORT_MS = 5_000;
const RECENT_LINES = 40;

/**
 * One child process: its output prefixed line by line, its end observable,
 * and a stop that escalates (stop signal, then force signal, then SIGKILL).
 */
export class ManagedProcess implements Stoppable {
  readonly name: string;
  /** Settles when the process has ended, for whatever reason. */
  readonly exited: Promise<ExitStatus>;
  /** Settles only if the process ends without having been asked to stop. */
  readonly exitedUnexpectedly: Promise<ExitStatus>;

  private readonly child: ChildProcess;
  private readonly recent: string[] = [];
  private status?: ExitStatus;
  private stopRequested = false;

  constructor(private readonly options: ManagedProcessOptions) {
    this.name = options.name;
    this.child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: options.env,
      uid: options.uid,
      gid: options.gid,
      // Own process group: Ctrl-C in a terminal signals the whole foreground
      // group at once, which would stop PostgreSQL while the api still drains.
      // Detached, only the start command hears it and stops things in order.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.routeOutput(options.logFile);
    this.exited = this.observeExit();
    this.exitedUnexpectedly = this.exited.then((status) =>
      this.stopRequested ? new Promise<ExitStatus>(() => undefined) : status,
    );
    if (options.ledger) this.recordIn(options.ledger);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.status === undefined;
  }

  /** The last lines the process printed, for error messages. */
  recentOutput(): string[] {
    return [...this.recent];
  }

  async stop(): Promise<void> {
    this.stopRequested = true;
    if (!this.running) return;
    const { stopSignal = 'SIGTERM', forceSignal = 'SIGKILL', stopTimeoutMs = 10_000 } = this.options;
    this.send(stopSignal);
    const force = setTimeout(() => this.send(forceSignal), stopTimeoutMs);
    const lastResort = setTimeout(() => this.send('SIGKILL'), stopTimeoutMs + LAST_RESORT_MS);
    await this.exited;
    clearTimeout(force);
    clearTimeout(lastResort);
  }

  kill(): void {
    this.stopRequested = true;
    this.send(this.options.forceSignal ?? 'SIGKILL');
  }

  private observeExit(): Promise<ExitStatus> {
    return new Promise((resolve) => {
      const settle = (status: ExitStatus): void => {
        if (this.status) return;
        this.status = status;
        resolve(status);
      };
      this.child.once('exit', (code, signal) => settle({ code, signal }));
      // 'error' also fires when a signal cannot be delivered; only a failed
      // spawn (no pid) means the process will never exit on its own.
      this.child.on('error', (error) => {
        if (this.child.pid === undefined) settle({ code: null, signal: null, error });
      });
    });
  }

  /** Each line prefixed "[name] " on our own stdout/stderr, or appended to a log file. */
  private routeOutput(logFile: string | undefined): void {
    const file = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
    this.pipeLines(this.child.stdout, file ?? process.stdout, file ? '' : `[${this.name}] `);
    this.pipeLines(this.child.stderr, file ?? process.stderr, file ? '' : `[${this.name}] `);
    this.child.once('close', () => file?.end());
  }

  private recordIn(ledger: ProcessLedger): void {
    const { pid } = this.child;
    if (pid === undefined) return;
    ledger.add({ pid, name: this.name, stopSignal: this.options.stopSignal ?? 'SIGTERM' });
    this.child.once('exit', () => ledger.remove(pid));
  }

  private send(signal: NodeJS.Signals): void {
    if (!this.running) return;
    try {
      this.child.kill(signal);
    } catch {
      // Already gone between the check and the kill: nothing to stop.
    }
  }

  private pipeLines(from: Readable | null, to: Writable, prefix: string): void {
    if (!from) return;
    createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
      this.recent.push(line);
      if (this.recent.length > RECENT_LINES) this.recent.shift();
      to.write(`${prefix}${line}\n`);
    });
  }
}

/** "exit code 3" / "signal SIGKILL" / the spawn error, for messages. */
export function describeExit(status: ExitStatus): string {
  if (status.error) return status.error.message;
  if (status.signal) return `signal ${status.signal}`;
  return `exit code ${status.code ?? 'unknown'}`;
}
