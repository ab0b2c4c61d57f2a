import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';

/** What a plan has in both the new-plan form and its page: title, period and mandate. */
export function PlanFields({ values, errors }: { values?: { title: string; periodStart: string; periodEnd: string; mandate: string }; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <FormField name="title" label={t('adminPlans.planTitle')} error={errors.title}>
        {(control) => <input {...control} name="title" defaultValue={values?.title} className="input" />}
      </FormField>
      <FormField name="periodStart" label={t('adminPlans.periodStart')} error={errors.periodStart}>
        {(control) => <input {...control} name="periodStart" type="date" defaultValue={values?.periodStart} className="input input--short" />}
      </FormField>
      <FormField name="periodEnd" label={t('adminPlans.periodEnd')} error={errors.periodEnd}>
        {(control) => <input {...control} name="periodEnd" type="date" defaultValue={values?.periodEnd} className="input input--short" />}
      </FormField>
      <FormField name="mandate" label={t('adminPlans.mandate')} hint={t('adminPlans.mandateHint')} error={errors.mandate}>
        {(control) => <textarea {...control} name="mandate" defaultValue={values?.mandate} className="textarea" />}
      </FormField>
    </>
  );
}

export function planFieldsOf(form: FormData): { title: string; periodStart: string; periodEnd: string; mandate: string } {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return { title: text('title'), periodStart: text('periodStart'), periodEnd: text('periodEnd'), mandate: text('mandate') };
}

export const PLAN_LABEL_KEYS = {
  key: 'adminPlans.key',
  title: 'adminPlans.planTitle',
  periodStart: 'adminPlans.periodStart',
  periodEnd: 'adminPlans.periodEnd',
  mandate: 'adminPlans.mandate',
  agencyId: 'adminPlans.agency',
  role: 'adminPlans.role',
  responsibility: 'adminPlans.responsibility',
} as const;
