import type { CodegenConfig } from '@graphql-codegen/cli';
import { resolve } from 'node:path';

/**
 * Typed documents from the committed schema.gql and the `graphql(...)` calls in
 * the route modules. `npm run web:codegen` writes src/gql; a test fails when it drifts.
 */
const config: CodegenConfig = {
  schema: resolve(__dirname, '../../schema.gql'),
  documents: [resolve(__dirname, 'src/**/*.{ts,tsx}'), `!${resolve(__dirname, 'src/gql/**')}`],
  ignoreNoDocuments: true,
  generates: {
    [resolve(__dirname, 'src/gql') + '/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', JSON: 'unknown' } },
    },
  },
};

export default config;
