import { withLogContext } from '@samverkan/common';
import { AppLogger } from './app-logger';

/** A logger writing into an array, one parsed JSON object per line. */
function capturingLogger(level: 'error' | 'warn' | 'log' | 'debug' = 'debug'): { logger: AppLogger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = new AppLogger(level, 'test', { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('AppLogger', () => {
  it('writes one JSON object per line with level, service and Nest context', () => {
    const { logger, lines } = capturingLogger();
    logger.log('Worker ready', 'Worker');
    expect(lines).toEqual([expect.objectContaining({ level: 'info', service: 'test', context: 'Worker', msg: 'Worker ready' })]);
    expect(typeof lines[0]!.time).toBe('string');
  });

  it('tells a stack trace from the context in error calls', () => {
    const { logger, lines } = capturingLogger();
    const error = new Error('boom');
    logger.error('It failed', error.stack, 'JobDispatcher');
    logger.error('No stack', undefined, 'JobDispatcher');
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'It failed', context: 'JobDispatcher', stack: expect.stringContaining('Error: boom') });
    expect(lines[1]).toMatchObject({ msg: 'No stack', context: 'JobDispatcher' });
    expect(lines[1]).not.toHaveProperty('stack');
  });

  it('puts the request and job being handled on every line', () => {
    const { logger, lines } = capturingLogger();
    withLogContext({ requestId: 'req-1', jobId: 'job-1' }, () => logger.warn('Retrying'));
    logger.log('Outside');
    expect(lines[0]).toMatchObject({ requestId: 'req-1', jobId: 'job-1', msg: 'Retrying' });
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('turns a message object into fields', () => {
    const { logger, lines } = capturingLogger();
    logger.log({ msg: 'request completed', status: 200, durationMs: 12 }, 'Http');
    expect(lines[0]).toMatchObject({ msg: 'request completed', status: 200, durationMs: 12, context: 'Http' });
  });

  it('redacts secrets in messages, fields and stacks', () => {
    const { logger, lines } = capturingLogger();
    logger.log('Calling with Authorization: Bearer abc.def.ghi');
    logger.log({ msg: 'login', password: 'hunter2hunter2' });
    logger.error('Failed', 'Error: postgres://app:s3cret@db/x\n    at x (y.js:1:1)', 'Db');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('abc.def.ghi');
    expect(text).not.toContain('hunter2hunter2');
    expect(text).not.toContain('s3cret');
    expect(text).toContain('[REDACTED]');
  });

  it('leaves out what LOG_LEVEL turns off', () => {
    const { logger, lines } = capturingLogger('warn');
    logger.log('quiet');
    logger.debug('quieter');
    logger.warn('loud');
    expect(lines.map((line) => line.msg)).toEqual(['loud']);
  });
});
