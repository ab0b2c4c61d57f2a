import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdministrator } from '../../components/administrator-only';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import { graphql } from '../../gql';
import type { AdminCopyEndpointsPageQuery, DeliveryChannel, TestReportCopyEndpointMutation } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import '../../styles/pages.css';
import { NoAccessPage } from '../status-pages/no-access-page';

const ENDPOINTS = graphql(`
  query AdminCopyEndpointsPage {
    agencies(first: 100) {
      id
      code
      nameSv
      nameEn
      contactEmail
      reportCopyEndpoint {
        agencyId
        url
        updatedAt
      }
    }
  }
`);

const SET_ENDPOINT = graphql(`
  mutation SetReportCopyEndpoint($input: SetReportCopyEndpointInput!) {
    setReportCopyEndpoint(input: $input) {
      agencyId
      url
      updatedAt
    }
  }
`);

const TEST_ENDPOINT = graphql(`
  mutation TestReportCopyEndpoint($input: TestReportCopyEndpointInput!) {
    testReportCopyEndpoint(input: $input) {
      channel
      recipient
      accepted
      reply
      testedAt
    }
  }
`);

type AgencyRow = AdminCopyEndpointsPageQuery['agencies'][number];
type TestResult = TestReportCopyEndpointMutation['testReportCopyEndpoint'];

/** `/administration/kopiemottagare`: where each agency takes copies of reports, by e-mail and by webhook, and a test message to either. */
export function Component() {
  const { t, i18n } = useTranslation();
  const { administrator, refused } = useAdministrator();
  const { data, error, refetch } = useQuery(ENDPOINTS, { skip: !administrator, fetchPolicy: 'cache-and-network' });
  if (refused(error)) return <NoAccessPage whoMay={['ADMINISTRATOR']} />;
  return (
    <>
      <PageHeading title={t('adminOps.endpoints.title')}>{t('adminOps.endpoints.title')}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <p>{t('adminOps.endpoints.intro')}</p>
          {data.agencies.map((agency) => (
            <AgencyEndpoints key={agency.id} agency={agency} name={i18n.language === 'en' ? agency.nameEn : agency.nameSv} onSaved={() => void refetch()} />
          ))}
        </>
      )}
    </>
  );
}

function AgencyEndpoints({ agency, name, onSaved }: { agency: AgencyRow; name: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [setEndpoint, { loading: saving }] = useMutation(SET_ENDPOINT);
  const [testEndpoint, { loading: testing }] = useMutation(TEST_ENDPOINT);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [saved, setSaved] = useState<string | null>(null);
  const [result, setResult] = useState<TestResult | null>(null);
  const headingId = `myndighet-${agency.code}`;
  // One form per agency on the page, so each field's id names its agency.
  const urlField = `url-${agency.code}`;
  const labels = { [urlField]: t('adminOps.endpoints.webhookField', { agency: agency.code }) };
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget).get('url') ?? '').trim();
    try {
      await setEndpoint({ variables: { input: { agencyId: agency.id, url: url || null } } });
      setErrors({ fields: {}, general: [] });
      setSaved(url ? t('adminOps.endpoints.saved') : t('adminOps.endpoints.removed'));
      onSaved();
    } catch (caught) {
      setSaved(null);
      const found = formErrorsOf(caught, t, ['url']);
      setErrors({ general: found.general, fields: found.fields.url ? { [urlField]: found.fields.url } : {} });
    }
  };
  const test = async (channel: DeliveryChannel) => {
    setResult(null);
    try {
      const response = await testEndpoint({ variables: { input: { agencyId: agency.id, channel } } });
      if (response.data) setResult(response.data.testReportCopyEndpoint);
    } catch (caught) {
      setErrors(formErrorsOf(caught, t, []));
    }
  };
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>
        {name} ({agency.code})
      </h2>
      <dl className="facts">
        <dt>{t('adminOps.endpoints.email')}</dt>
        <dd>{agency.contactEmail ?? t('adminOps.endpoints.noEmail')}</dd>
        <dt>{t('adminOps.endpoints.webhook')}</dt>
        <dd>
          {agency.reportCopyEndpoint
            ? t('adminOps.endpoints.webhookSince', { url: agency.reportCopyEndpoint.url, date: formatDateTime(agency.reportCopyEndpoint.updatedAt) })
            : t('adminOps.endpoints.noWebhook')}
        </dd>
      </dl>
      <div role="status" className="status-line">
        {saved && <p className="notice notice--success">{saved}</p>}
        {result && (
          <div className={result.accepted ? 'notice notice--success' : 'notice notice--error'}>
            <p className="notice__title">
              {t(result.accepted ? 'adminOps.endpoints.testAccepted' : 'adminOps.endpoints.testRefused', {
                channel: t(`adminOps.channel.${result.channel}`),
                recipient: result.recipient,
              })}
            </p>
            <p>
              {t('adminOps.endpoints.reply')} <samp>{result.reply}</samp>
            </p>
          </div>
        )}
      </div>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <div className="button-group">
        {agency.contactEmail && (
          <button type="button" className="button button--secondary" disabled={testing} onClick={() => void test('EMAIL')}>
            {t('adminOps.endpoints.testEmail', { agency: agency.code })}
          </button>
        )}
        {agency.reportCopyEndpoint && (
          <button type="button" className="button button--secondary" disabled={testing} onClick={() => void test('WEBHOOK')}>
            {t('adminOps.endpoints.testWebhook', { agency: agency.code })}
          </button>
        )}
      </div>
      <form onSubmit={save} noValidate className="narrow">
        <FormField name={urlField} label={labels[urlField]} hint={t('adminOps.endpoints.webhookHint')} error={errors.fields[urlField]}>
          {(control) => <input {...control} name="url" type="url" className="input" defaultValue={agency.reportCopyEndpoint?.url ?? ''} key={agency.reportCopyEndpoint?.url ?? ''} />}
        </FormField>
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('common.saving') : t('adminOps.endpoints.saveWebhook')}
        </button>
      </form>
    </section>
  );
}
