import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { isNotFound } from '../../errors/api-errors';
import type { AdminAgencyPageQuery } from '../../gql/graphql';
import { Saved, useAdminForm } from '../admin-home/admin-form';
import { NotFoundPage } from '../status-pages/not-found-page';
import { AGENCY_LABEL_KEYS, AgencyFields, agencyFieldsOf } from './agency-fields';
import { AGENCY, UPDATE_AGENCY } from './organisation-queries';

const FIELDS = ['nameSv', 'nameEn', 'contactEmail'] as const;

/** `/administration/myndigheter/:agencyId`: an agency's names and functional mailbox (its code stays). */
export function Component() {
  const { agencyId } = useParams();
  const { t } = useTranslation();
  const { data, error } = useQuery(AGENCY, { variables: { id: agencyId ?? '' }, skip: !agencyId, fetchPolicy: 'cache-and-network' });
  if (!agencyId || isNotFound(error)) return <NotFoundPage />;
  const title = data ? `${data.agency.nameSv} (${data.agency.code})` : t('adminAgencies.title');
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/administration/myndigheter">{t('adminAgencies.title')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && <AgencyForm agency={data.agency} />}
    </div>
  );
}

function AgencyForm({ agency }: { agency: AdminAgencyPageQuery['agency'] }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UPDATE_AGENCY);
  const { saved, errors, run, filled } = useAdminForm(FIELDS);
  const labels = Object.fromEntries(FIELDS.map((field) => [field, t(AGENCY_LABEL_KEYS[field])]));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { contactEmail, ...names } = agencyFieldsOf(new FormData(event.currentTarget));
    if (!filled(names, labels)) return;
    await run(async () => {
      await update({ variables: { input: { id: agency.id, contactEmail, ...names } } });
      return 'adminAgencies.saved';
    });
  };
  return (
    <>
      <Saved text={saved} />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <AgencyFields values={agency} errors={errors.fields} />
        <button type="submit" className="button" disabled={loading}>
          {t('adminAgencies.save')}
        </button>
      </form>
    </>
  );
}
