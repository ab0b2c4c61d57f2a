import { isAbsolute, join, resolve } from 'node:path';
import type { RedisDiscovery } from './redis';
import { StartError } from './start-error';

export interface StartSettings {
  projectRoot: string;
  /** Absolute: PostgreSQL data, Redis data, secrets and dropped mail live here. */
  dataDir: string;
  api: {
    host: string;
    port: number;
    /** Where the start command itself asks GraphQL whether it is up (and what it prints). */
    url: string;
    /** The api's origin, where a browser opens the web workspace. */
    webUrl: string;
  };
  /** DATABASE_URL when given; otherwise PostgreSQL is embedded. */
  databaseUrl?: string;
  /** APP_DATABASE_URL when given; otherwise the application role is samverkan_app with a password kept in the data dir. */
  appDatabaseUrl?: string;
  redis: RedisDiscovery;
  /** JWT_SECRET when given; otherwise one is generated once and kept in the data dir. */
  jwtSecret?: string;
  /** MAIL_DROP_DIR when given, else a mail folder in the data dir. */
  mailDropDir: string;
}

type Env = Record<string, string | undefined>;

export const DEFAULT_REDIS_PROBE_URL = 'redis://127.0.0.1:6379';

/** Reads what the start command itself needs; the api and worker validate the rest at boot. */
export function readSettings(env: Env, projectRoot: string): StartSettings {
  const given = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const dataDirSetting = given('SAMVERKAN_DATA_DIR');
  const dataDir = dataDirSetting ? resolve(dataDirSetting) : join(projectRoot, '.data');
  const mailDropDir = given('MAIL_DROP_DIR');
  const host = given('HOST') ?? '0.0.0.0';
  const port = readPort(given('PORT'));

  return {
    projectRoot,
    dataDir,
    api: { host, port, url: `http://${reachableHost(host)}:${port}/graphql`, webUrl: `http://${reachableHost(host)}:${port}` },
    databaseUrl: given('DATABASE_URL'),
    appDatabaseUrl: given('APP_DATABASE_URL'),
    redis: {
      redisUrl: given('REDIS_URL'),
      probeUrl: given('SAMVERKAN_REDIS_PROBE_URL') ?? DEFAULT_REDIS_PROBE_URL,
      path: env.PATH ?? '',
    },
    jwtSecret: given('JWT_SECRET'),
    mailDropDir: mailDropDir ? (isAbsolute(mailDropDir) ? mailDropDir : join(projectRoot, mailDropDir)) : join(dataDir, 'mail'),
  };
}

function readPort(value: string | undefined): number {
  if (value === undefined) return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartError(`PORT must be a whole number from 1 to 65535 (got "${value}")`);
  }
  return port;
}

/** A wildcard listen address is not somewhere to connect to; loopback is. */
function reachableHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '[::]') return '127.0.0.1';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
