import { useMutation } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { useAdminForm } from '../admin-home/admin-form';
import { AGENCY_LABEL_KEYS, AgencyFields, agencyFieldsOf } from './agency-fields';
import { CREATE_AGENCY } from './organisation-queries';

const FIELDS = ['code', 'nameSv', 'nameEn', 'contactEmail'] as const;

/** `/administration/myndigheter/ny`: an agency joining the collaboration. */
export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE_AGENCY);
  const { errors, run, filled } = useAdminForm(FIELDS);
  const labels = Object.fromEntries(FIELDS.map((field) => [field, t(AGENCY_LABEL_KEYS[field])]));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { contactEmail, ...names } = agencyFieldsOf(form);
    const code = String(form.get('code') ?? '').trim();
    if (!filled({ code, ...names }, labels)) return;
    await run(async () => {
      await create({ variables: { input: { code, contactEmail, ...names } } });
      navigate('/administration/myndigheter');
      return null;
    });
  };
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/administration/myndigheter">{t('adminAgencies.title')}</Link>
      </p>
      <PageHeading title={t('adminAgencies.add')}>{t('adminAgencies.add')}</PageHeading>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <FormField name="code" label={labels.code!} hint={t('adminAgencies.codeHint')} error={errors.fields.code}>
          {(control) => <input {...control} name="code" className="input input--short" />}
        </FormField>
        <AgencyFields errors={errors.fields} />
        <button type="submit" className="button" disabled={loading}>
          {t('adminAgencies.create')}
        </button>
      </form>
    </div>
  );
}
