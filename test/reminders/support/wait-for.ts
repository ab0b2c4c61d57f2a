/** Polls until `check` holds; fails naming `what` when `timeoutMs` passes. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Real time for a duplicate delivery to show up, if there were one. */
export const settle = (ms = 500): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
