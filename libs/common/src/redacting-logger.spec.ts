import { RedactingLogger } from './redacting-logger';

describe('RedactingLogger', () => {
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
  let written: string;

  beforeEach(() => {
    written = '';
    const capture = (chunk: string | Uint8Array): boolean => {
      written += chunk.toString();
      return true;
    };
    jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  });
  afterEach(() => jest.restoreAllMocks());

  it('redacts messages, objects, contexts and stack traces before they are written', () => {
    const logger = new RedactingLogger('Test', { colors: false });
    logger.log(`request with authorization: Bearer ${jwt}`);
    logger.warn({ variables: { email: 'a@b.se', password: 'hunter2-hunter2' } });
    logger.error(`login failed for ${jwt}`, `Error: boom\n    at connect (postgres://app:s3cret@db/samverkan)`);
    expect(written).not.toContain(jwt);
    expect(written).not.toContain('hunter2-hunter2');
    expect(written).not.toContain('s3cret');
    expect(written).toContain('a@b.se');
    expect(written.match(/\[REDACTED\]/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('redacts JSON logs too', () => {
    const logger = new RedactingLogger('Test', { json: true });
    logger.log({ headers: { authorization: `Bearer ${jwt}` } });
    expect(written).not.toContain(jwt);
    expect(JSON.parse(written.trim()).message).toEqual({ headers: { authorization: '[REDACTED]' } });
  });
});
