import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@samverkan/config';
import { DEMO_PASSWORD, seedIpvPlan } from '@samverkan/seed';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api.app';
import { testConfig } from './test-config';
import { TestDatabase, createTestDatabase } from './test-database';
import { TestRedis, createTestRedis } from './test-redis';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string };
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: GraphqlError[];
}

export interface TestApi {
  app: INestApplication;
  url: string;
  db: TestDatabase;
  redis: TestRedis;
  dataSource: DataSource;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  /** Logs in over GraphQL and returns the access token. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Boots the real API on a random port (or the one given) against a database and Redis prefix of this suite's own. */
export async function startTestApi(
  options: { seed?: boolean; config?: Partial<AppConfig>; reachDatabaseAt?: (url: string) => string; port?: number } = {},
): Promise<TestApi> {
  const db = await createTestDatabase();
  const redis = createTestRedis();
  // reachDatabaseAt: the api connects some other way than the test does, e.g. through a proxy the test can cut.
  const config = testConfig(options.reachDatabaseAt?.(db.url) ?? db.url, redis.url, redis.prefix, options.config);
  const app = await createApiApp(config);
  await app.listen(options.port ?? 0, '127.0.0.1');
  const dataSource = app.get<DataSource>(getDataSourceToken());
  if (options.seed !== false) await seedIpvPlan(dataSource);
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}/graphql`;

  const gql: TestApi['gql'] = async (query, variables, token, headers = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: never; errors?: GraphqlError[] };
    return { status: response.status, data: body.data ?? undefined, errors: body.errors };
  };

  return {
    app,
    url,
    db,
    redis,
    dataSource,
    gql,
    async login(email, password = DEMO_PASSWORD) {
      const result = await gql<{ login: { accessToken: string } }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
        { email, password },
      );
      if (!result.data) throw new Error(`login as ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.accessToken;
    },
    async close() {
      await app.close();
      await redis.flush();
      await db.drop();
    },
  };
}

/** The single error of a response, failing loudly when there is none. */
export function onlyError(response: GraphqlResponse<unknown>): GraphqlError {
  if (!response.errors || response.errors.length !== 1) {
    throw new Error(`expected exactly one error, got ${JSON.stringify(response.errors ?? response.data)}`);
  }
  return response.errors[0]!;
}
