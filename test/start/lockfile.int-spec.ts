/**
 * `npm ci` refuses a lockfile that disagrees with package.json, and a fresh
 * clone has nothing but `npm ci`: resolve the lockfile again from package.json
 * in a scratch folder and expect npm to write exactly the committed one.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '..', '..');
// Resolving against the registry takes about 40 s; shared CI machines are slower.
const RESOLVE_TIMEOUT_MS = 240_000;

interface Lockfile {
  packages: Record<string, { version?: string }>;
}

describe('package-lock.json', () => {
  it(
    'is what npm writes for package.json (npm ci accepts it)',
    async () => {
      const scratch = await mkdtemp(join(tmpdir(), 'samverkan-lockfile-'));
      try {
        for (const file of ['package.json', 'package-lock.json']) await copyFile(join(ROOT, file), join(scratch, file));
        await promisify(execFile)(
          'npm',
          ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'],
          { cwd: scratch, timeout: RESOLVE_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
        );
        const resolved = await readFile(join(scratch, 'package-lock.json'), 'utf8');
        // Not toEqual on the text: a diff of a 10,000-line file says nothing useful; the changed entries do.
        const committed = readFileSync(join(ROOT, 'package-lock.json'), 'utf8');
        if (resolved !== committed) {
          expect(changedEntries(JSON.parse(committed) as Lockfile, JSON.parse(resolved) as Lockfile)).toEqual([]);
        }
        expect(resolved).toBe(committed);
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
    RESOLVE_TIMEOUT_MS + 30_000,
  );

  it('holds every package whose install scripts package.json allows or denies', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts: Record<string, boolean> };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
    const locked = new Set(Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, '')));

    const missing = Object.keys(manifest.allowScripts).filter((name) => !locked.has(name));
    expect(Object.keys(manifest.allowScripts).length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

/** "path: committed version -> resolved version" for every entry that differs. */
function changedEntries(committed: Lockfile, resolved: Lockfile): string[] {
  const paths = new Set([...Object.keys(committed.packages), ...Object.keys(resolved.packages)]);
  return [...paths]
    .filter((path) => JSON.stringify(committed.packages[path]) !== JSON.stringify(resolved.packages[path]))
    .map((path) => `${path || '(root)'}: ${committed.packages[path]?.version ?? 'missing'} -> ${resolved.packages[path]?.version ?? 'missing'}`);
}
