import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Log } from './log';
import { pollUntil } from './poll';
import { StartError } from './start-error';

/** A pid plus the process's start time: pids get reused, the pair does not. */
export interface ProcessIdentity {
  pid: number;
  startTime?: string;
}

export interface LedgerEntry extends ProcessIdentity {
  name: string;
  stopSignal: NodeJS.Signals;
}

interface LedgerFile {
  owner: ProcessIdentity;
  children: LedgerEntry[];
}

/**
 * The children of the running start command, written to the data dir as
 * they come and go. A start command killed outright (SIGKILL) cannot stop
 * its children; the next one reads this file and stops them, so their ports
 * and data directories are free again.
 */
export class ProcessLedger {
  private children: LedgerEntry[] = [];

  constructor(private readonly file: string) {}

  /** Stops children a previous start command left behind; refuses while that command still runs. */
  async reapLeftovers(log: Log): Promise<void> {
    const previous = this.read();
    if (previous && previous.owner.pid !== process.pid && isRunning(previous.owner)) {
      throw new StartError(
        `Another start command (pid ${previous.owner.pid}) is using this data directory: stop it first, ` +
          'or give this one its own SAMVERKAN_DATA_DIR',
      );
    }
    const leftovers: LedgerEntry[] = [];
    // Newest first, as in an ordinary stop.
    for (const child of [...(previous?.children ?? [])].reverse()) if (isRunning(child)) leftovers.push(child);
    for (const child of leftovers) {
      log.info(`Stopping ${child.name} (pid ${child.pid}), left running by an earlier start command`);
      signal(child.pid, child.stopSignal);
    }
    for (const child of leftovers) {
      await pollUntil(async () => !isAlive(child.pid), {
        waitingFor: `the leftover ${child.name} (pid ${child.pid}) to stop`,
        timeoutMs: 30_000,
      }).catch(() => signal(child.pid, 'SIGKILL'));
    }
    this.write();
  }

  add(entry: Omit<LedgerEntry, 'startTime'>): void {
    this.children.push({ ...entry, startTime: startTimeOf(entry.pid) });
    this.write();
  }

  remove(pid: number): void {
    this.children = this.children.filter((child) => child.pid !== pid);
    this.write();
  }

  private read(): LedgerFile | undefined {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as LedgerFile;
    } catch {
      return undefined; // None yet, or unreadable: nothing we could safely stop.
    }
  }

  /** Synchronous and atomic: it also runs while the process is exiting. */
  private write(): void {
    const owner = { pid: process.pid, startTime: startTimeOf(process.pid) };
    const content: LedgerFile = { owner, children: this.children };
    writeFileSync(`${this.file}.tmp`, `${JSON.stringify(content, null, 2)}\n`);
    renameSync(`${this.file}.tmp`, this.file);
  }
}

/** Still the very process that was recorded (same start time, on Linux); elsewhere alive is all we can tell. */
function isRunning(recorded: ProcessIdentity): boolean {
  if (!isAlive(recorded.pid)) return false;
  const now = startTimeOf(recorded.pid);
  return recorded.startTime === undefined || now === undefined || now === recorded.startTime;
}

/** Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; the fields after it do not.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    globalThis.process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    globalThis.process.kill(pid, name);
  } catch {
    // Gone already.
  }
}
