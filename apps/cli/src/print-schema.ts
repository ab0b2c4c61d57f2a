import { loadConfigOrExit } from '@samverkan/config';
import { createApiApp } from '../../api/src/api.app';
import { renderSchema } from '../../api/src/graphql/render-schema';

/** Boots the API without listening and prints the schema it serves. */
export async function printSchema(): Promise<string> {
  const app = await createApiApp({ ...loadConfigOrExit('cli'), logLevel: 'error' });
  await app.init();
  try {
    return renderSchema(app);
  } finally {
    await app.close();
  }
}
