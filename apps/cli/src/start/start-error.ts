/**
 * A failure the person at the keyboard can act on. The start command prints
 * its message as one line, without a stack trace, and exits non-zero.
 */
export class StartError extends Error {
  override readonly name = 'StartError';
}
