import { useTranslation } from 'react-i18next';
import { type Language, languageOf, storeLanguage, i18nextCode } from '../i18n/language';

/**
 * Offers the other language, named in that language (GOV.UK's pattern). The
 * choice is kept in the browser; signed in, `onChosen` also saves it with the person.
 */
export function LanguageSwitch({ onChosen }: { onChosen?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const current = languageOf(i18n.language);
  const other: Language = current === 'SV' ? 'EN' : 'SV';
  const choose = () => {
    storeLanguage(other);
    void i18n.changeLanguage(i18nextCode(other));
    onChosen?.(other);
  };
  return (
    <button type="button" className="link-button language-switch" onClick={choose} aria-label={`${t('frame.language')}: ${t(`languages.${other}`)}`}>
      <span lang={i18nextCode(other)}>{t(`languages.${other}`)}</span>
    </button>
  );
}
