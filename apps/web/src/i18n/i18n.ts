import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { type Language, storedLanguage } from './language';
import { sv } from './sv';

/** Creates the i18next instance: Swedish by default, English by choice; `<html lang>` follows. */
export function createI18n(language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: language === 'EN' ? 'en' : 'sv',
    fallbackLng: false,
    supportedLngs: ['sv', 'en'],
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const followLanguage = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  followLanguage(instance.language);
  instance.on('languageChanged', followLanguage);
  return instance;
}
