import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import { agencyName } from './agency-name';
import { PersonFields, personFieldsOf } from './person-fields';
import { AGENCY_CHOICES, CREATE_PERSON } from './people-queries';

const FIELDS = ['displayName', 'email', 'title', 'agencyId', 'roles'] as const;

/** `/administration/personer/ny`: register a person; they choose their password through a link from their page. */
export function Component() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const agencies = useQuery(AGENCY_CHOICES);
  const [create, { loading }] = useMutation(CREATE_PERSON);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const labels = { displayName: t('adminPeople.name'), email: t('adminPeople.email'), title: t('adminPeople.jobTitle'), agencyId: t('adminPeople.agency'), roles: t('adminPeople.roles') };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { ...personFieldsOf(form), email: String(form.get('email') ?? '').trim(), agencyId: String(form.get('agencyId') ?? '') };
    const missing: Record<string, string> = {};
    for (const field of ['displayName', 'email', 'agencyId'] as const) {
      if (!input[field]) missing[field] = t('signIn.required', { field: labels[field].toLowerCase() });
    }
    if (Object.keys(missing).length > 0) return setErrors({ fields: missing, general: [] });
    try {
      const { data } = await create({ variables: { input } });
      if (data) navigate(`/administration/personer/${data.createUser.id}`, { state: { created: true } });
    } catch (caught) {
      setErrors(formErrorsOf(caught, t, FIELDS));
    }
  };
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/administration/personer">{t('adminPeople.title')}</Link>
      </p>
      <PageHeading title={t('adminPeople.newTitle')}>{t('adminPeople.newTitle')}</PageHeading>
      <p>{t('adminPeople.newIntro')}</p>
      {agencies.error && <LoadError error={agencies.error} />}
      {!agencies.data && !agencies.error && <Loading />}
      {agencies.data && (
        <>
          <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
          <form onSubmit={submit} noValidate>
            <PersonFields errors={errors.fields} />
            <FormField name="email" label={labels.email} error={errors.fields.email}>
              {(control) => <input {...control} name="email" type="email" autoComplete="off" className="input" />}
            </FormField>
            <FormField name="agencyId" label={labels.agencyId} error={errors.fields.agencyId}>
              {(control) => (
                <select {...control} name="agencyId" className="select" defaultValue="">
                  <option value="">{t('adminPeople.chooseAgency')}</option>
                  {agencies.data!.agencies.map((agency) => (
                    <option key={agency.id} value={agency.id}>
                      {agencyName(agency, i18n.language)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <button type="submit" className="button" disabled={loading}>
              {t('adminPeople.create')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
