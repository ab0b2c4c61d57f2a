import { compare, hash } from 'bcryptjs';

const COST = 11;
// Compared against when the account does not exist, so timing does not reveal which e-mails are registered.
const DUMMY_HASH = '$2b$11$69nIBFfIP7BZM6WvQLmkAO.fu2opfPNYOv.XZt/R15brtNaKOSnla';

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, COST);
}

export function verifyPassword(password: string, passwordHash: string | null): Promise<boolean> {
  return compare(password, passwordHash ?? DUMMY_HASH);
}
