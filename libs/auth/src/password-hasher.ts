import { compare, hash } from 'bcryptjs';

const COST = 11;
// Compared against when the account does not exist, so timing does not reveal which e-mails are registered.
const DUMMY_HASH = '$2b$11$69nIBFfIP7BZM6WvQLmkAO.fu2opfPNYOv.XZt/R15brtNaKOSnla';

export const MIN_PASSWORD_LENGTH = 12;
/** bcrypt reads the first 72 bytes and ignores the rest, so a longer password would match any string sharing those bytes. */
export const MAX_PASSWORD_BYTES = 72;

export function passwordFitsBcrypt(password: string): boolean {
  return Buffer.byteLength(password, 'utf8') <= MAX_PASSWORD_BYTES;
}

export function hashPassword(password: string): Promise<string> {
  if (!passwordFitsBcrypt(password)) throw new RangeError(`A password longer than ${MAX_PASSWORD_BYTES} bytes cannot be hashed without losing its end`);
  return hash(password, COST);
}

/** False for a password longer than bcrypt reads: no password we accepted is, and its first 72 bytes alone must not let anyone in. */
export async function verifyPassword(password: string, passwordHash: string | null): Promise<boolean> {
  const fits = passwordFitsBcrypt(password);
  // Compared all the same, so the answer takes as long either way.
  const matches = await compare(fits ? password : '', fits ? (passwordHash ?? DUMMY_HASH) : DUMMY_HASH);
  return fits && matches;
}
