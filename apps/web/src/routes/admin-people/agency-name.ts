import { languageOf } from '../../i18n/language';

/** An agency's name in the reader's language, with its code. */
export function agencyName(agency: { code: string; nameSv: string; nameEn: string }, language: string): string {
  return `${languageOf(language) === 'EN' ? agency.nameEn : agency.nameSv} (${agency.code})`;
}
