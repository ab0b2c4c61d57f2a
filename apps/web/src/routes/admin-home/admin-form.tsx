import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';

const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** A confirmation as a message key (and its values), so it follows a change of language. */
export type Confirmation = string | { key: string; values: Record<string, string> };

/**
 * The state of one administration form: what the API refused (on the form's
 * fields, the rest above it) and the confirmation after a save.
 */
export function useAdminForm(fields: readonly string[]) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<Confirmation | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  /** Runs a save; its confirmation is shown, or the refusal. True when it went through. */
  const run = async (save: () => Promise<Confirmation | null>): Promise<boolean> => {
    try {
      const text = await save();
      setErrors(NO_ERRORS);
      setSaved(text);
      return true;
    } catch (caught) {
      setSaved(null);
      setErrors(formErrorsOf(caught, t, fields));
      return false;
    }
  };
  /** The browser checks only that required fields are filled; false (and the messages shown) when one is empty. */
  const filled = (values: Record<string, unknown>, labels: Record<string, string>): boolean => {
    const missing = Object.fromEntries(
      Object.entries(values)
        .filter(([, value]) => value === '' || value === null || value === undefined)
        .map(([field]) => [field, t('signIn.required', { field: (labels[field] ?? field).toLowerCase() })]),
    );
    if (Object.keys(missing).length === 0) return true;
    setSaved(null);
    setErrors({ fields: missing, general: [] });
    return false;
  };
  return { saved, errors, run, filled };
}

/**
 * Removing one entry of a list (a supporting agency, a plan's agency): its confirmation and any
 * refusal stand apart from the add form's fields, so a refusal is not shown on a field it is not about.
 */
export function useRemoval<T>(remove: (input: T) => Promise<unknown>, removedKey: string, onChange: () => void) {
  const { saved, errors, run } = useAdminForm([]);
  const removeOne = async (input: T) => {
    const removed = await run(async () => {
      await remove(input);
      return removedKey;
    });
    if (removed) onChange();
  };
  return { saved, errors, removeOne };
}

/** The confirmation after a save, announced politely. */
export function Saved({ text }: { text: Confirmation | null }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="status-line">
      {text && <p className="notice notice--success">{typeof text === 'string' ? t(text) : t(text.key, text.values)}</p>}
    </div>
  );
}
