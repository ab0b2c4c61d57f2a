import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('configuration documentation', () => {
  it('lists every variable the processes read in the README table', () => {
    const source = readFileSync(join(__dirname, 'load-config.ts'), 'utf8');
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const variables = [...source.matchAll(/read\.\w+\('([A-Z0-9_]+)'/g)].map((m) => m[1]!);
    expect(variables.length).toBeGreaterThan(10);
    expect(variables.filter((name) => !readme.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
