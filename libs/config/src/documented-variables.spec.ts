import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('configuration documentation', () => {
  it('lists every variable the processes read in the README table', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const variables = new Set(
      sourceFiles(join(ROOT, 'libs')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bread\.\w+\('([A-Z0-9_]+)'/g)].map((m) => m[1]!)),
    );
    expect(variables.size).toBeGreaterThan(10);
    expect([...variables].filter((name) => !readme.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
