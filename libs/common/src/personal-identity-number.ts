import { ValidationOptions, registerDecorator } from 'class-validator';

/**
 * Finds Swedish personal identity numbers (personnummer) and co-ordination
 * numbers (samordningsnummer, day + 60) in free text, in their usual
 * spellings: YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDD-NNNN,
 * YYYYMMDDNNNN, YYYY-MM-DD-NNNN, with a space (or spaces around the dash)
 * instead of the dash, and glued to letters or hyphens (ref-811218-9876).
 * A candidate counts only when its date exists and its Luhn check digit is
 * right, so ordinary numbers (amounts, registration numbers) rarely trip it.
 * The text is normalised first (see normaliseForScan).
 */
const CANDIDATE = /(?<!\d)(\d{2})?(\d{2})-?(\d{2})-?(\d{2}) ?[-+]? ?(\d{3})(\d)(?!\d)/g;

/** Zero-width and direction characters, soft hyphens and the BOM: invisible, so they hide a number from a plain scan. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Every dash and minus Unicode has, as ASCII hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D]/g;

/**
 * The text as the scan reads it: Unicode NFKC (full-width digits become
 * ASCII), invisible characters removed, dashes and minus signs made
 * hyphens, percent-encoded ASCII decoded (links: 811218%2B9876), and every
 * run of white space (tab, no-break space) one space.
 */
export function normaliseForScan(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/%([2-7][0-9A-Fa-f])/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(DASHES, '-')
    .replace(/\s+/gu, ' ');
}

function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i += 1) {
    let digit = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

function dateExists(century: string | undefined, yy: string, mm: string, dd: string): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60; // samordningsnummer
  if (month < 1 || month > 12 || day < 1) return false;
  if (century !== undefined && !['18', '19', '20'].includes(century)) return false;
  // Without a century, any leap-year rule is possible, so check against 2000 (a leap year).
  const year = century === undefined ? 2000 : Number(century + yy);
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function findPersonalIdentityNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of normaliseForScan(text).matchAll(CANDIDATE)) {
    const [whole, century, yy, mm, dd, serial, check] = match as unknown as [string, string | undefined, string, string, string, string, string];
    if (!dateExists(century, yy, mm, dd)) continue;
    if (luhnCheckDigit(`${yy}${mm}${dd}${serial}`) !== Number(check)) continue;
    found.push(whole);
  }
  return found;
}

export function containsPersonalIdentityNumber(text: string): boolean {
  return findPersonalIdentityNumbers(text).length > 0;
}

export const PLAN_LEVEL_TEXT_MESSAGE =
  '$property must not contain a Swedish personal identity number (personnummer or samordningsnummer): the workspace holds plan-level information only, never data about individual clients';

/**
 * For every free-text field: rejects text that contains a personal identity
 * number. Works on strings and arrays of strings.
 */
export function PlanLevelText(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'planLevelText',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: PLAN_LEVEL_TEXT_MESSAGE, ...options },
      validator: {
        validate(value: unknown): boolean {
          const texts = Array.isArray(value) ? value : [value];
          return texts.every((text) => typeof text !== 'string' || !containsPersonalIdentityNumber(text));
        },
      },
    });
  };
}
