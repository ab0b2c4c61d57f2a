import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { useAdminForm } from '../admin-home/admin-form';
import { AgencySelect } from '../admin-home/agency-select';
import { PersonFields, personFieldsOf } from './person-fields';
import { AGENCY_CHOICES, CREATE_PERSON } from './people-queries';

const FIELDS = ['displayName', 'email', 'title', 'agencyId', 'roles'] as const;

/** `/administration/personer/ny`: register a person; they choose their password through a link from their page. */
export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const agencies = useQuery(AGENCY_CHOICES);
  const [create, { loading }] = useMutation(CREATE_PERSON);
  const { errors, run, filled } = useAdminForm(FIELDS);
  const labels = { displayName: t('adminPeople.name'), email: t('adminPeople.email'), title: t('adminPeople.jobTitle'), agencyId: t('adminPeople.agency'), roles: t('adminPeople.roles') };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { ...personFieldsOf(form), email: String(form.get('email') ?? '').trim(), agencyId: String(form.get('agencyId') ?? '') };
    if (!filled({ displayName: input.displayName, email: input.email, agencyId: input.agencyId }, labels)) return;
    await run(async () => {
      const { data } = await create({ variables: { input } });
      if (data) navigate(`/administration/personer/${data.createUser.id}`, { state: { created: true } });
      return null;
    });
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
            <AgencySelect name="agencyId" label={labels.agencyId} agencies={agencies.data.agencies} error={errors.fields.agencyId} />
            <button type="submit" className="button" disabled={loading}>
              {t('adminPeople.create')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
