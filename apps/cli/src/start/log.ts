/** Output of the start command itself, marked so it stands out from the children's lines. */
export const log = {
  info(message: string): void {
    process.stdout.write(`[start] ${message}\n`);
  },
  error(message: string): void {
    process.stderr.write(`[start] ${message}\n`);
  },
};

export type Log = typeof log;
