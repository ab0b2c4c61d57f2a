import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';

/** A random secret in URL-safe characters (so it can sit in a connection URL as it is). */
export function randomSecret(bytes = 48): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Reads a secret kept in a file readable by its owner only, creating it with
 * a fresh random value on first use. Keeping it means tokens and data made in
 * one run still work in the next.
 */
export async function readOrCreateSecret(file: string): Promise<{ value: string; created: boolean }> {
  const existing = await readSecret(file);
  if (existing !== undefined) {
    await chmod(file, 0o600);
    return { value: existing, created: false };
  }
  const value = randomSecret();
  await writeFile(file, `${value}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { value, created: true };
}

/** The secret in file, or undefined when the file does not exist or is empty. */
export async function readSecret(file: string): Promise<string | undefined> {
  try {
    const value = (await readFile(file, 'utf8')).trim();
    return value === '' ? undefined : value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
