import { QueryFailedError } from 'typeorm';
import { unavailableDependency } from './dependency-unavailable';

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe('unavailableDependency', () => {
  it('names PostgreSQL for a refused or cut connection, a shutdown and a pool that cannot connect', () => {
    expect(unavailableDependency(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe('postgres');
    expect(unavailableDependency(new Error('Connection terminated unexpectedly'))).toBe('postgres');
    expect(unavailableDependency(new Error('timeout exceeded when trying to connect'))).toBe('postgres');
    const shutdown = withCode('terminating connection due to administrator command', '57P01');
    expect(unavailableDependency(new QueryFailedError('SELECT 1', [], shutdown))).toBe('postgres');
    expect(unavailableDependency(withCode('the database system is starting up', '57P03'))).toBe('postgres');
  });

  it('names Redis for what ioredis says when it cannot reach it', () => {
    expect(unavailableDependency(Object.assign(new Error('Reached the max retries per request limit (which is 1).'), { name: 'MaxRetriesPerRequestError' }))).toBe('redis');
    expect(unavailableDependency(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe('redis');
  });

  it('finds the cause behind a GraphQL error', () => {
    expect(unavailableDependency({ message: 'Context creation failed', originalError: withCode('read ECONNRESET', 'ECONNRESET') })).toBe('postgres');
  });

  it('leaves every other error alone: constraint violations, bugs, domain errors', () => {
    expect(unavailableDependency(new QueryFailedError('INSERT', [], withCode('duplicate key value', '23505')))).toBeNull();
    expect(unavailableDependency(withCode('deadlock detected', '40P01'))).toBeNull();
    expect(unavailableDependency(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeNull();
    expect(unavailableDependency('plain')).toBeNull();
    expect(unavailableDependency(null)).toBeNull();
  });
});
