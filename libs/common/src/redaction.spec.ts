import { REDACTED, redactSecrets, redactText } from './redaction';

describe('redaction', () => {
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

  it.each([
    ['Authorization: Bearer abc.def.ghi', 'abc.def.ghi'],
    ['{"authorization":"Bearer opaque-token-123"}', 'opaque-token-123'],
    [`token in the middle ${jwt} of a line`, jwt],
    ['integration used svk_Q2hhbmdlTWVQbGVhc2UxMjM0NTY3', 'svk_Q2hhbmdlTWVQbGVhc2UxMjM0NTY3'],
    ['hash $2b$11$69nIBFfIP7BZM6WvQLmkAO.fu2opfPNYOv.XZt/R15brtNaKOSnla stored', '69nIBFfIP7BZM6WvQLmkAO'],
    ['connect postgres://samverkan:s3cr3t-pw@db:5432/samverkan failed', 's3cr3t-pw'],
    ['login failed for {"email":"a@b.se","password":"hunter2-hunter2"}', 'hunter2-hunter2'],
    ['changePassword(currentPassword: "old-one-1234", newPassword: "new-one-5678")', 'new-one-5678'],
    ['JWT_SECRET=abcdefabcdefabcdefabcdefabcdefab', 'abcdefabcdefabcdefabcdefabcdefab'],
  ])('removes the secret from %s', (line, secret) => {
    const redacted = redactText(line);
    expect(redacted).not.toContain(secret);
    expect(redacted).toContain(REDACTED);
  });

  it('leaves ordinary lines alone', () => {
    const line = 'GraphQL API listening on http://0.0.0.0:3000/graphql; 12 rows, plan IPV-2019-2021';
    expect(redactText(line)).toBe(line);
  });

  it('blanks secret-named fields in objects and scans the rest', () => {
    const redacted = redactSecrets({
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      variables: { email: 'a@b.se', password: 'p', newPassword: 'q', input: { note: `see ${jwt}` } },
      accessToken: 't',
      tokenVersion: 3,
    });
    expect(redacted).toEqual({
      headers: { authorization: REDACTED, 'content-type': 'application/json' },
      variables: { email: 'a@b.se', password: REDACTED, newPassword: REDACTED, input: { note: `see ${REDACTED}` } },
      accessToken: REDACTED,
      tokenVersion: 3,
    });
  });

  it('redacts the message and stack of an error', () => {
    const error = redactSecrets(new Error(`bad token ${jwt}`)) as Error;
    expect(error.message).toBe(`bad token ${REDACTED}`);
    expect(error.stack).not.toContain(jwt);
  });
});
