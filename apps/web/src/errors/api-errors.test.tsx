import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { FormField } from '../components/form-field';
import { ErrorSummary } from '../components/messages';
import { createI18n } from '../i18n/i18n';
import { type FormErrors, formErrorsOf, formFieldOf, isUnauthenticated, problemsOf } from './api-errors';

const refusal = (...errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

/** A form with a title and a due date that shows what the API refused. */
function TitleForm({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const [errors] = useState<FormErrors>(() => formErrorsOf(error, t, ['title', 'dueDate']));
  return (
    <form>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={{ title: 'Titel', dueDate: 'Slutdatum' }} />
      <FormField name="title" label="Titel" error={errors.fields.title}>
        {(control) => <input {...control} />}
      </FormField>
      <FormField name="dueDate" label="Slutdatum" error={errors.fields.dueDate}>
        {(control) => <input {...control} />}
      </FormField>
    </form>
  );
}

describe('API errors', () => {
  it('reads code, reason and field from the extensions', () => {
    const error = refusal({ message: 'due before start', extensions: { code: 'BAD_USER_INPUT', reason: 'DATES_INVERTED', field: 'input.dueDate' } });
    expect(problemsOf(error)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'DATES_INVERTED', field: 'input.dueDate' }]);
    expect(problemsOf(new TypeError('Failed to fetch'))).toEqual([{ code: 'NETWORK' }]);
  });

  it('names the form field without the argument root or list positions', () => {
    expect(formFieldOf('input.dueDate')).toBe('dueDate');
    expect(formFieldOf('input.links.0.url')).toBe('links');
    expect(formFieldOf('email')).toBe('email');
  });

  it('treats an ended session as signed out, but a wrong password as a refusal on the form', () => {
    expect(isUnauthenticated(refusal({ message: 'expired', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } }))).toBe(true);
    expect(isUnauthenticated(refusal({ message: 'wrong', extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } }))).toBe(false);
  });

  it('shows the refusal in Swedish on the field the API names, and in the summary', () => {
    const i18n = createI18n('SV');
    const error = refusal({ message: 'due before start', extensions: { code: 'BAD_USER_INPUT', reason: 'DATES_INVERTED', field: 'input.dueDate' } });
    render(
      <I18nextProvider i18n={i18n}>
        <TitleForm error={error} />
      </I18nextProvider>,
    );
    const dueDate = screen.getByLabelText('Slutdatum');
    expect(dueDate.getAttribute('aria-invalid')).toBe('true');
    const describedBy = dueDate.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain('Slutdatum kan inte vara före startdatum.');
    expect(screen.getByLabelText('Titel').hasAttribute('aria-invalid')).toBe(false);
    expect(screen.getByRole('link', { name: 'Slutdatum: Slutdatum kan inte vara före startdatum.' }).getAttribute('href')).toBe('#falt-dueDate');
  });

  it('shows the same refusal in English when that is the choice', () => {
    const i18n = createI18n('EN');
    const error = refusal({ message: 'due before start', extensions: { code: 'BAD_USER_INPUT', reason: 'DATES_INVERTED', field: 'input.dueDate' } });
    render(
      <I18nextProvider i18n={i18n}>
        <TitleForm error={error} />
      </I18nextProvider>,
    );
    expect(screen.getAllByText(/The due date cannot be before the start date\./).length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('en');
  });

  it('puts refusals without a known field, or with an unknown reason, above the form by their code', () => {
    const i18n = createI18n('SV');
    const error = refusal(
      { message: 'nope', extensions: { code: 'FORBIDDEN' } },
      { message: 'odd', extensions: { code: 'BAD_USER_INPUT', reason: 'SOMETHING_NEW', field: 'input.other' } },
    );
    render(
      <I18nextProvider i18n={i18n}>
        <TitleForm error={error} />
      </I18nextProvider>,
    );
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Du har inte behörighet att göra det här.');
    expect(summary.textContent).toContain('Uppgifterna behöver rättas.');
  });
});
