import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';
import { ErrorSummary, fieldId } from '../../components/messages';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import type { AssessmentOutcome } from '../../gql/graphql';
import { ASSESS_GOAL } from './goal-queries';

export const OUTCOMES: readonly AssessmentOutcome[] = ['FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED', 'NOT_ASSESSABLE'];
const FIELDS = ['year', 'outcome', 'justification'] as const;

/**
 * The goal's assessment for the year. Whether a justification is needed is
 * the API's rule (it refuses "inte bedömbart" without one); the refusal is
 * shown on the field.
 */
export function AssessmentForm({
  goalId,
  year,
  current,
  onSaved,
}: {
  goalId: string;
  year: number;
  current: { outcome: AssessmentOutcome; justification: string } | undefined;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [assess, { loading }] = useMutation(ASSESS_GOAL, { refetchQueries: ['GoalPage'], awaitRefetchQueries: true });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const labels = { year: t('goals.chart.year'), outcome: t('goals.assessment.outcome'), justification: t('goals.assessment.justification') };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const outcome = form.get('outcome');
    if (!outcome) return setErrors({ fields: { outcome: t('goals.assessment.chooseOutcome') }, general: [] });
    try {
      await assess({ variables: { input: { goalId, year, outcome: outcome as AssessmentOutcome, justification: String(form.get('justification') ?? '') } } });
      setErrors({ fields: {}, general: [] });
      onSaved(t('goals.assessment.saved', { year }));
    } catch (error) {
      setErrors(formErrorsOf(error, t, FIELDS));
    }
  };

  const outcomeError = errors.fields.outcome ?? errors.fields.year;
  return (
    <form onSubmit={submit} noValidate className="narrow" aria-labelledby="bedomning-form-rubrik">
      <h3 id="bedomning-form-rubrik">{t('goals.assessment.formHeading', { year })}</h3>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <fieldset className={outcomeError ? 'form-group form-group--error' : 'form-group'} aria-describedby={outcomeError ? `${fieldId('outcome')}-error` : undefined}>
        <legend>{labels.outcome}</legend>
        {outcomeError && (
          <p className="error-message" id={`${fieldId('outcome')}-error`}>
            {outcomeError}
          </p>
        )}
        {OUTCOMES.map((outcome, index) => (
          <label key={outcome} className="checkbox">
            <input type="radio" name="outcome" value={outcome} defaultChecked={current?.outcome === outcome} id={index === 0 ? fieldId('outcome') : undefined} />
            {t(`goals.outcome.${outcome}`)}
          </label>
        ))}
      </fieldset>
      <FormField name="justification" label={labels.justification} hint={t('goals.assessment.justificationHint')} error={errors.fields.justification}>
        {(control) => <textarea {...control} name="justification" className="textarea" defaultValue={current?.justification ?? ''} />}
      </FormField>
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.saving') : t('goals.assessment.submit')}
      </button>
    </form>
  );
}
