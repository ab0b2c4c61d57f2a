import { LogLevel } from '@nestjs/common';
import { AppConfig } from './app-config';

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** The Nest logger levels enabled by LOG_LEVEL. */
export function nestLogLevels(config: AppConfig): LogLevel[] {
  return LOG_LEVELS[config.logLevel];
}
