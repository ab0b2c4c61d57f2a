// @vitest-environment node
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

describe('generated GraphQL documents', () => {
  it('match schema.gql and the documents in the route modules (run "npm run web:codegen" when this fails)', async () => {
    const files = await generate({ ...config, silent: true, verbose: false }, false);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect({ file: file.filename, content: readFileSync(file.filename, 'utf8') }).toEqual({ file: file.filename, content: file.content });
    }
  }, 60_000);
});
