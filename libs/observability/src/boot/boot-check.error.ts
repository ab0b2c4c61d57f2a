/** A reason not to start, said in a way an operator can act on. */
export class BootCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BootCheckError';
  }
}
