import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApi, startTestApi } from '@samverkan/testing';
import { renderSchema } from '../../apps/api/src/graphql/render-schema';

describe('committed GraphQL schema', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ seed: false });
  });
  afterAll(() => api.close());

  it('matches the schema the API serves (run `npm run schema:print` after changing it)', () => {
    const committed = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');
    expect(renderSchema(api.app)).toBe(committed);
  });
});
