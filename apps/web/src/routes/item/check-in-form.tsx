import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';
import { ErrorSummary } from '../../components/messages';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import type { ActionItemHealth, ActionItemStatus } from '../../gql/graphql';
import { HEALTHS } from '../action-plan/item-filters';
import { POST_CHECK_IN } from './item-queries';

const FIELDS = ['narrative', 'progress', 'health', 'status', 'evidenceLinks'] as const;
const OPEN_STATUSES: readonly ActionItemStatus[] = ['PLANNED', 'IN_PROGRESS', 'BLOCKED'];

/** A member's check-in: what happened, and optionally new progress, health, status and a piece of evidence. */
export function CheckInForm({ itemId, rolledUp, onPosted }: { itemId: string; rolledUp: boolean; onPosted: () => void }) {
  const { t } = useTranslation();
  const [postCheckIn, { loading }] = useMutation(POST_CHECK_IN, { refetchQueries: ['Item'], awaitRefetchQueries: true });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const labels = {
    narrative: t('item.checkInForm.narrative'),
    progress: t('item.checkInForm.progress'),
    health: t('item.checkInForm.health'),
    status: t('item.fields.status'),
    evidenceLinks: t('item.evidence'),
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    if (!value('narrative')) return setErrors({ fields: { narrative: t('signIn.required', { field: labels.narrative.toLowerCase() }) }, general: [] });
    const evidenceUrl = value('evidenceUrl');
    try {
      await postCheckIn({
        variables: {
          input: {
            itemId,
            narrative: value('narrative'),
            // Left out when unchanged: the API takes a given progress as a change (refused on rolled-up items).
            ...(value('progress') === '' ? {} : { progress: Number(value('progress')) }),
            ...(value('health') === '' ? {} : { health: value('health') as ActionItemHealth }),
            ...(value('status') === '' ? {} : { status: value('status') as ActionItemStatus }),
            evidenceLinks: evidenceUrl ? [{ title: value('evidenceTitle') || evidenceUrl, url: evidenceUrl }] : [],
          },
        },
      });
      formElement.reset();
      setErrors({ fields: {}, general: [] });
      onPosted();
    } catch (error) {
      setErrors(formErrorsOf(error, t, FIELDS));
    }
  };

  return (
    <form onSubmit={submit} noValidate className="narrow" aria-labelledby="check-in-form-heading">
      <h3 id="check-in-form-heading">{t('item.checkInForm.heading')}</h3>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <FormField name="narrative" label={labels.narrative} error={errors.fields.narrative}>
        {(control) => <textarea {...control} name="narrative" className="textarea" />}
      </FormField>
      {rolledUp ? (
        <p className="hint">{t('item.checkInForm.rolledUp')}</p>
      ) : (
        <FormField name="progress" label={labels.progress} hint={t('item.checkInForm.progressHint')} error={errors.fields.progress}>
          {(control) => <input {...control} name="progress" inputMode="numeric" className="input input--short" />}
        </FormField>
      )}
      <FormField name="health" label={labels.health} error={errors.fields.health}>
        {(control) => (
          <select {...control} name="health" defaultValue="">
            <option value="">{t('item.checkInForm.unchanged')}</option>
            {HEALTHS.map((health) => (
              <option key={health} value={health}>
                {t(`health.${health}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField name="status" label={labels.status} error={errors.fields.status}>
        {(control) => (
          <select {...control} name="status" defaultValue="">
            <option value="">{t('item.checkInForm.unchanged')}</option>
            {OPEN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField name="evidenceTitle" label={t('item.checkInForm.evidenceTitle')} hint={t('common.optional')}>
        {(control) => <input {...control} name="evidenceTitle" className="input" />}
      </FormField>
      <FormField name="evidenceLinks" label={t('item.checkInForm.evidenceUrl')} hint={t('common.optional')} error={errors.fields.evidenceLinks}>
        {(control) => <input {...control} name="evidenceUrl" type="url" className="input" />}
      </FormField>
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.saving') : t('item.checkInForm.submit')}
      </button>
    </form>
  );
}
