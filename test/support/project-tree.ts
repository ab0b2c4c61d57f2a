import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** What a test run may leave behind: the build its global setup makes. */
const EXPECTED_OUTPUT = /^(dist|node_modules)(\/|$)/;

/**
 * Every untracked and ignored path of the project, file by file; undefined
 * outside a git checkout (an unpacked archive), where there is nothing to compare.
 */
export function projectTreeStatus(): string[] | undefined {
  try {
    const output = execFileSync('git', ['status', '--porcelain', '--ignored', '--untracked-files=all', '-z'], { cwd: ROOT, encoding: 'utf8' });
    return output.split('\0').filter((entry) => entry.startsWith('?? ') || entry.startsWith('!! ')).map((entry) => entry.slice(3));
  } catch {
    return undefined;
  }
}

/** Paths the run created in the project tree besides its build output. */
export function pathsLeftBehind(before: readonly string[], after: readonly string[]): string[] {
  const existing = new Set(before);
  return after.filter((path) => !existing.has(path) && !EXPECTED_OUTPUT.test(path));
}
