import { LoggerService } from '@nestjs/common';
import { currentLogContext, redactSecrets, redactText } from '@samverkan/common';
import { AppConfig } from '@samverkan/config';
import pino, { DestinationStream, Level, Logger } from 'pino';

const PINO_LEVELS: Record<AppConfig['logLevel'], Level> = { error: 'error', warn: 'warn', log: 'info', debug: 'trace' };

/** How Nest formats a stack trace passed as a string: a first line, then "at ..." frames. */
const STACK_TRACE = /\n\s+at /;

/**
 * Nest's logger interface over pino: one JSON object per line on stdout.
 * Every line carries the request or job being handled (requestId, jobId,
 * operation), and secrets are redacted before anything is written.
 */
export class AppLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(level: AppConfig['logLevel'], service: string, destination: DestinationStream = pino.destination({ dest: 1, sync: true })) {
    this.pino = pino(
      {
        level: PINO_LEVELS[level],
        base: { service, pid: process.pid },
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        mixin: () => ({ ...currentLogContext() }),
      },
      destination,
    );
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /**
   * Nest passes the logger's context as the last parameter, and for errors a
   * stack trace before it; a message object becomes fields of the line.
   */
  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const rest = [...params];
    const fields: Record<string, unknown> = {};
    if (rest.length > 0 && typeof rest[rest.length - 1] === 'string' && !STACK_TRACE.test(rest[rest.length - 1] as string)) {
      fields.context = rest.pop();
    }
    if (level === 'error' && rest.length > 0 && (typeof rest[0] === 'string' || rest[0] === undefined)) {
      const stack = rest.shift();
      if (stack) fields.stack = redactText(stack as string);
    }
    if (rest.length > 0) fields.details = redactSecrets(rest);
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: redactSecrets(message) }, redactText(message.message));
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...(redactSecrets(message) as object) });
    } else {
      this.pino[level](fields, redactText(String(message)));
    }
  }
}
