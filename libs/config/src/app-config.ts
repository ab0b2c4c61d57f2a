export type NodeEnv = 'development' | 'test' | 'production';

/** Every setting the processes read, typed and validated once at boot. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  redisUrl: string;
  redisPrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  graphqlPlayground: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  outboxPollMs: number;
  mail: {
    /** smtp://user:pass@host:port, or empty to write messages to mailDropDir. */
    smtpUrl: string;
    from: string;
    dropDir: string;
  };
}
