import { useMutation } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { useAdminForm } from '../admin-home/admin-form';
import { CREATE_PLAN } from './organisation-queries';
import { PLAN_LABEL_KEYS, PlanFields, planFieldsOf } from './plan-fields';

const FIELDS = ['key', 'title', 'periodStart', 'periodEnd', 'mandate'] as const;

/** `/administration/planer/ny`: a new action plan with its period. */
export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE_PLAN);
  const { errors, run, filled } = useAdminForm(FIELDS);
  const labels = Object.fromEntries(Object.entries(PLAN_LABEL_KEYS).map(([field, key]) => [field, t(key)]));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { mandate, ...required } = planFieldsOf(form);
    const key = String(form.get('key') ?? '').trim();
    if (!filled({ key, ...required }, labels)) return;
    await run(async () => {
      const { data } = await create({ variables: { input: { key, mandate, ...required } } });
      if (data) navigate(`/administration/planer/${data.createPlan.id}`);
      return null;
    });
  };
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/administration/planer">{t('adminPlans.title')}</Link>
      </p>
      <PageHeading title={t('adminPlans.add')}>{t('adminPlans.add')}</PageHeading>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <FormField name="key" label={labels.key!} hint={t('adminPlans.keyHint')} error={errors.fields.key}>
          {(control) => <input {...control} name="key" className="input input--short" />}
        </FormField>
        <PlanFields errors={errors.fields} />
        <button type="submit" className="button" disabled={loading}>
          {t('adminPlans.create')}
        </button>
      </form>
    </div>
  );
}
