import { useTranslation } from 'react-i18next';
import { describeProblem, problemsOf } from '../errors/api-errors';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** A failed load, said in the person's language by the API's code or reason. */
export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const texts = [...new Set(problemsOf(error).map((problem) => describeProblem(t, problem)))];
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('errors.loadFailed')}</p>
      {texts.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </div>
  );
}

/**
 * GOV.UK's error summary: above the form, focused when it appears, each field's
 * message a link to the field.
 */
export function ErrorSummary({ fields, general, labels }: { fields: Record<string, string>; general: string[]; labels: Record<string, string> }) {
  const { t } = useTranslation();
  const entries = Object.entries(fields);
  if (entries.length === 0 && general.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={(node) => node?.focus()}>
      <h2 className="error-summary__title">{t('errors.title')}</h2>
      <ul>
        {general.map((text) => (
          <li key={text}>{text}</li>
        ))}
        {entries.map(([field, text]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>
              {labels[field] ?? field}: {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The id of a form field's control, so the summary can link to it. */
export const fieldId = (field: string): string => `falt-${field}`;
