import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, passwordFitsBcrypt } from './password-hasher';

export const MAX_PASSWORD_LENGTH = 200;

/**
 * Passwords people pick first, lower-case, as they are left after trailing
 * digits and symbols are stripped ("Sommar2019!" is "sommar"). Length rules
 * already stop the short ones, so this list holds the long enough ones and
 * the bases people pad to length.
 */
const COMMON_PASSWORDS = new Set([
  'password', 'passw0rd', 'password1', 'lösenord', 'losenord', 'hemligt', 'hemlighet',
  'qwerty', 'qwertyuiop', 'qwertyuiopå', 'asdfghjkl', 'asdfghjklöä', 'zxcvbnm', 'abc123', 'abcdefghijkl',
  '1234567890', '123456789012', '12345678910', '987654321', '0987654321', '11111111', '00000000',
  'iloveyou', 'letmein', 'welcome', 'welcome1', 'välkommen', 'valkommen', 'admin', 'administrator',
  'sommar', 'sommaren', 'vinter', 'hösten', 'hosten', 'våren', 'varen', 'januari', 'december',
  'sverige', 'stockholm', 'göteborg', 'goteborg', 'malmö', 'malmo', 'samverkan', 'myndighet',
  'försäkringskassan', 'forsakringskassan', 'arbetsförmedlingen', 'migrationsverket', 'socialstyrelsen',
  'changeme', 'trustno1', 'football', 'fotboll', 'dragon', 'monkey', 'sunshine', 'princess',
]);

const MIN_DISTINCT_CHARACTERS = 5;

/** Rows of a Swedish keyboard, the alphabet and the digits: runs along them are typed without thinking. */
const SEQUENCES = ['1234567890', 'qwertyuiopå', 'asdfghjklöä', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyzåäö'];
const WALKS = [...SEQUENCES, ...SEQUENCES.map((row) => [...row].reverse().join(''))];
/** Shortest run that counts as a walk, and how many characters must be left outside walks. */
const MIN_WALK = 3;
const MIN_OUTSIDE_WALKS = 6;

/** How many characters of `lower` lie outside runs of MIN_WALK or more along a keyboard row, the alphabet or the digits. */
function charactersOutsideWalks(lower: string): number {
  let outside = 0;
  let i = 0;
  while (i < lower.length) {
    let run = 1;
    while (i + run < lower.length && WALKS.some((walk) => walk.includes(lower.slice(i, i + run + 1)))) run += 1;
    if (run >= MIN_WALK) i += run;
    else {
      outside += 1;
      i += 1;
    }
  }
  return outside;
}

export interface PasswordContext {
  email: string;
  /** The password being replaced, when there is one. */
  currentPassword?: string;
}

/** Why a new password is not good enough, or null when it is. The message starts with `subject`. */
export function passwordWeakness(password: string, { email, currentPassword }: PasswordContext, subject = 'The password'): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `${subject} must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  if (password.length > MAX_PASSWORD_LENGTH || !passwordFitsBcrypt(password)) {
    return `${subject} must be at most ${MAX_PASSWORD_BYTES} bytes long (${MAX_PASSWORD_BYTES} plain letters; å, ä, ö and other letters count twice or more)`;
  }
  const lower = password.toLowerCase();
  const localPart = email.toLowerCase().split('@')[0] ?? '';
  if (lower === email.toLowerCase() || (localPart.length >= 4 && lower.includes(localPart))) {
    return `${subject} must not be or contain your e-mail address`;
  }
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/\P{L}+$/u, ''))) {
    return `${subject} is too common: choose a longer phrase of unrelated words`;
  }
  if (charactersOutsideWalks(lower.replace(/[\s\p{P}\p{S}]+/gu, '')) < MIN_OUTSIDE_WALKS) {
    return `${subject} is mostly runs along the keyboard or the alphabet: choose a longer phrase of unrelated words`;
  }
  if (new Set(lower).size < MIN_DISTINCT_CHARACTERS) {
    return `${subject} needs at least ${MIN_DISTINCT_CHARACTERS} different characters`;
  }
  if (currentPassword !== undefined && password === currentPassword) return `${subject} must differ from the current password`;
  return null;
}
