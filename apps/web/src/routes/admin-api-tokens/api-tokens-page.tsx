import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdministrator } from '../../components/administrator-only';
import { FormField } from '../../components/form-field';
import { ListActionOutcome, useListAction } from '../../components/list-action';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import { graphql } from '../../gql';
import type { ApiTokenScope } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../i18n/format';
import '../../styles/pages.css';
import { NoAccessPage } from '../status-pages/no-access-page';
import { ScrollTable } from '../../components/scroll-table';

const TOKENS = graphql(`
  query AdminApiTokensPage {
    apiTokens {
      id
      name
      scopes
      createdAt
      expiresAt
      revokedAt
    }
  }
`);

const CREATE_TOKEN = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
        name
      }
    }
  }
`);

const REVOKE_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

const SCOPES: readonly ApiTokenScope[] = ['READ', 'READ_AUDIT_TRAIL'];
const FIELDS = ['name', 'scopes', 'expiresAt'] as const;

/** `/administration/api-nycklar`: the integrations' API tokens: create one (its secret shown once), list them, revoke one. */
export function Component() {
  const { t } = useTranslation();
  const { administrator, refused } = useAdministrator();
  const { data, error, refetch } = useQuery(TOKENS, { skip: !administrator, fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(REVOKE_TOKEN);
  const { said, failure, run } = useListAction(refetch);
  if (refused(error)) return <NoAccessPage whoMay={['ADMINISTRATOR']} />;
  return (
    <>
      <PageHeading title={t('adminOps.tokens.title')}>{t('adminOps.tokens.title')}</PageHeading>
      <p>{t('adminOps.tokens.intro')}</p>
      <CreateTokenForm onCreated={() => void refetch()} />
      <section aria-labelledby="nycklar-rubrik" className="section">
        <h2 id="nycklar-rubrik">{t('adminOps.tokens.listTitle')}</h2>
        <ListActionOutcome said={said} failure={failure} />
        {error && <LoadError error={error} />}
        {!data && !error && <Loading />}
        {data && data.apiTokens.length === 0 && <p>{t('adminOps.tokens.empty')}</p>}
        {data && data.apiTokens.length > 0 && (
          <ScrollTable label={t('adminOps.tokens.listTitle')}>
            <table>
              <caption className="visually-hidden">{t('adminOps.tokens.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('adminOps.tokens.name')}</th>
                  <th scope="col">{t('adminOps.tokens.scopes')}</th>
                  <th scope="col">{t('adminOps.tokens.createdColumn')}</th>
                  <th scope="col">{t('adminOps.tokens.expires')}</th>
                  <th scope="col">{t('adminOps.tokens.state')}</th>
                  <th scope="col">{t('adminOps.copies.action')}</th>
                </tr>
              </thead>
              <tbody>
                {data.apiTokens.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>{token.scopes.map((scope) => t(`adminOps.tokens.scope.${scope}`)).join(', ')}</td>
                    <td className="nowrap">{formatDateTime(token.createdAt)}</td>
                    <td className="nowrap">{token.expiresAt ? formatDate(token.expiresAt) : t('adminOps.tokens.untilRevoked')}</td>
                    <td>{token.revokedAt ? t('adminOps.tokens.revokedAt', { time: formatDateTime(token.revokedAt) }) : t('adminOps.tokens.active')}</td>
                    <td>
                      {!token.revokedAt && (
                        <button
                          type="button"
                          className="button button--warning"
                          onClick={() => void run(() => revoke({ variables: { id: token.id } }), t('adminOps.tokens.revoked', { name: token.name }))}
                          aria-label={t('adminOps.tokens.revokeLabel', { name: token.name })}
                        >
                          {t('adminOps.tokens.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
    </>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [create, { loading }] = useMutation(CREATE_TOKEN);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const labels = { name: t('adminOps.tokens.name'), scopes: t('adminOps.tokens.scopes'), expiresAt: t('adminOps.tokens.expiresField') };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const name = String(values.get('name') ?? '').trim();
    const scopes = values.getAll('scopes').map(String) as ApiTokenScope[];
    const expiresOn = String(values.get('expiresAt') ?? '');
    const missing: Record<string, string> = {};
    if (!name) missing.name = t('signIn.required', { field: labels.name.toLowerCase() });
    if (scopes.length === 0) missing.scopes = t('adminOps.tokens.scopesRequired');
    if (Object.keys(missing).length > 0) return setErrors({ fields: missing, general: [] });
    try {
      // A date means the end of that day, in the browser's time zone.
      const expiresAt = expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : null;
      const { data } = await create({ variables: { input: { name, scopes, expiresAt } } });
      form.reset();
      setErrors({ fields: {}, general: [] });
      setCopied(null);
      if (data) setCreated({ name: data.createApiToken.token.name, secret: data.createApiToken.secret });
      onCreated();
    } catch (caught) {
      setCreated(null);
      setErrors(formErrorsOf(caught, t, FIELDS));
    }
  };
  const copy = async (secret: string) => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(t('adminOps.tokens.copied'));
    } catch {
      setCopied(t('adminOps.tokens.copyFailed'));
    }
  };
  return (
    <section aria-labelledby="ny-nyckel-rubrik" className="section narrow">
      <h2 id="ny-nyckel-rubrik">{t('adminOps.tokens.createTitle')}</h2>
      {created && (
        <div className="notice notice--success" role="status">
          <p className="notice__title">{t('adminOps.tokens.created', { name: created.name })}</p>
          <p>{t('adminOps.tokens.secretOnce')}</p>
          <FormField name="secret" label={t('adminOps.tokens.secret')}>
            {(control) => <input {...control} className="input" readOnly value={created.secret} onFocus={(event) => event.currentTarget.select()} />}
          </FormField>
          <button type="button" className="button button--secondary" onClick={() => void copy(created.secret)}>
            {t('adminOps.tokens.copy')}
          </button>
          {copied && <p>{copied}</p>}
        </div>
      )}
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <FormField name="name" label={labels.name} hint={t('adminOps.tokens.nameHint')} error={errors.fields.name}>
          {(control) => <input {...control} name="name" className="input" maxLength={200} />}
        </FormField>
        <fieldset className={errors.fields.scopes ? 'fieldset form-group form-group--error' : 'fieldset form-group'} aria-describedby={errors.fields.scopes ? 'falt-scopes-error' : undefined}>
          <legend className="label">{labels.scopes}</legend>
          {errors.fields.scopes && (
            <p className="error-message" id="falt-scopes-error">
              {errors.fields.scopes}
            </p>
          )}
          {SCOPES.map((scope, index) => (
            <div className="checkbox" key={scope}>
              <input type="checkbox" id={index === 0 ? 'falt-scopes' : `falt-scopes-${scope}`} name="scopes" value={scope} />
              <label htmlFor={index === 0 ? 'falt-scopes' : `falt-scopes-${scope}`}>{t(`adminOps.tokens.scopeHelp.${scope}`)}</label>
            </div>
          ))}
        </fieldset>
        <FormField name="expiresAt" label={labels.expiresAt} hint={t('adminOps.tokens.expiresHint')} error={errors.fields.expiresAt}>
          {(control) => <input {...control} name="expiresAt" type="date" className="input input--short" />}
        </FormField>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('adminOps.tokens.create')}
        </button>
      </form>
    </section>
  );
}
