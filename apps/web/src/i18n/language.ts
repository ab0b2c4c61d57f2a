/** The API's Language enum. */
export type Language = 'SV' | 'EN';

/**
 * Before sign-in the choice is kept in localStorage: only the language, never
 * anything secret. Signed in, the person's own setting wins.
 */
const STORAGE_KEY = 'samverkan.language';

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'EN' ? 'EN' : 'SV';
  } catch {
    return 'SV';
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be off (private mode); the choice then lasts for the page's life.
  }
}

export const i18nextCode = (language: Language): 'sv' | 'en' => (language === 'EN' ? 'en' : 'sv');
export const languageOf = (code: string): Language => (code.startsWith('en') ? 'EN' : 'SV');
