import { useLazyQuery, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AddressPager } from '../../components/address-pager';
import { useAdministrator } from '../../components/administrator-only';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { AdminAuditPageQuery, AuditOutcome } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../i18n/format';
import '../../styles/pages.css';
import { NoAccessPage } from '../status-pages/no-access-page';
import { changedFields, shownValue } from './changed-fields';

const AUDIT = graphql(`
  query AdminAuditPage(
    $entityType: String
    $entityId: String
    $actorId: ID
    $action: String
    $outcome: AuditOutcome
    $from: DateTime
    $to: DateTime
    $after: String
  ) {
    auditTrail(entityType: $entityType, entityId: $entityId, actorId: $actorId, action: $action, outcome: $outcome, from: $from, to: $to, after: $after, first: 25) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        actorId
        action
        entityType
        entityId
        outcome
        before
        after
        failure
      }
    }
    users(first: 100) {
      nodes {
        id
        displayName
        email
      }
    }
  }
`);

/** Asked for only when the administrator checks: it reads and hashes every row of the log. */
const CHAIN = graphql(`
  query AdminAuditChain {
    auditChainVerification {
      intact
      verified
      brokenAt
      problem
      checkedAt
    }
  }
`);

const OUTCOMES: readonly AuditOutcome[] = ['SUCCEEDED', 'REFUSED', 'FAILED'];
type Entry = AdminAuditPageQuery['auditTrail']['nodes'][number];
/** The address's filter parameters, in Swedish, and the form's field for each. */
const PARAMS = { entityType: 'typ', entityId: 'objekt', actorId: 'person', action: 'handling', outcome: 'utfall', from: 'fran', to: 'till' } as const;

/** The start of a calendar day in the browser's time zone, as the API's DateTime. */
const startOfDay = (date: string | undefined, plusDays = 0): string | undefined => {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const day = new Date(`${date}T00:00:00`);
  day.setDate(day.getDate() + plusDays);
  return day.toISOString();
};

/** `/administration/granskningslogg`: who did what and when, each change's before and after, and whether the hash chain holds. */
export function Component() {
  const { t } = useTranslation();
  const { administrator, refused } = useAdministrator();
  const [params, setParams] = useSearchParams();
  // Unset filters are not sent at all.
  const value = (name: keyof typeof PARAMS): string | undefined => params.get(PARAMS[name]) || undefined;
  const outcome = OUTCOMES.find((candidate) => candidate === value('outcome'));
  const { data, error } = useQuery(AUDIT, {
    variables: {
      entityType: value('entityType'),
      entityId: value('entityId'),
      actorId: value('actorId'),
      action: value('action'),
      outcome,
      from: startOfDay(value('from')),
      // "To" includes the day itself.
      to: startOfDay(value('to'), 1),
      after: params.get('efter') ?? undefined,
    },
    skip: !administrator,
    fetchPolicy: 'cache-and-network',
  });
  if (refused(error)) return <NoAccessPage whoMay={['ADMINISTRATOR']} />;
  const names = new Map(data?.users.nodes.map((person) => [person.id, person.displayName]) ?? []);
  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of Object.values(PARAMS)) {
      const given = String(values.get(name) ?? '').trim();
      if (given) next.set(name, given);
    }
    setParams(next);
  };
  return (
    <>
      <PageHeading title={t('adminOps.audit.title')}>{t('adminOps.audit.title')}</PageHeading>
      <p>{t('adminOps.audit.intro')}</p>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <ChainCheck />
          <form className="filters filters--above-results" onSubmit={filter} key={params.toString()}>
            <TextFilter name={PARAMS.entityType} label={t('adminOps.audit.entityType')} hint={t('adminOps.audit.entityTypeHint')} value={value('entityType')} />
            <TextFilter name={PARAMS.entityId} label={t('adminOps.audit.entityId')} value={value('entityId')} />
            <div className="filters__field">
              <label className="label" htmlFor="logg-person">
                {t('adminOps.audit.person')}
              </label>
              <select id="logg-person" name={PARAMS.actorId} className="select" defaultValue={value('actorId') ?? ''}>
                <option value="">{t('adminOps.audit.anyone')}</option>
                {data.users.nodes.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.displayName}
                  </option>
                ))}
              </select>
            </div>
            <TextFilter name={PARAMS.action} label={t('adminOps.audit.action')} hint={t('adminOps.audit.actionHint')} value={value('action')} />
            <div className="filters__field">
              <label className="label" htmlFor="logg-utfall">
                {t('adminOps.audit.outcome')}
              </label>
              <select id="logg-utfall" name={PARAMS.outcome} className="select" defaultValue={outcome ?? ''}>
                <option value="">{t('adminOps.audit.anyOutcome')}</option>
                {OUTCOMES.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {t(`adminOps.audit.outcomeName.${candidate}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextFilter name={PARAMS.from} label={t('adminOps.audit.from')} value={value('from')} type="date" />
            <TextFilter name={PARAMS.to} label={t('adminOps.audit.to')} value={value('to')} type="date" />
            <button type="submit" className="button button--secondary">
              {t('adminOps.common.show')}
            </button>
          </form>
          <p className="result-count">{t('adminOps.audit.count', { count: data.auditTrail.totalCount })}</p>
          <ol className="entry-list">
            {data.auditTrail.nodes.map((entry) => (
              <AuditEntryView key={entry.id} entry={entry} names={names} />
            ))}
          </ol>
          <AddressPager pageInfo={data.auditTrail.pageInfo} label={t('adminOps.audit.paging')} />
        </>
      )}
    </>
  );
}

function TextFilter({ name, label, hint, value, type = 'text' }: { name: string; label: string; hint?: string; value: string | undefined; type?: 'text' | 'date' }) {
  const id = `logg-${name}`;
  return (
    <div className="filters__field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input id={id} name={name} type={type} className="input" defaultValue={value ?? ''} aria-describedby={hint ? `${id}-hint` : undefined} />
    </div>
  );
}

/** One row of the log; ids of people in it are shown with their names. */
function AuditEntryView({ entry, names }: { entry: Entry; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const actor = entry.actorId ? (names.get(entry.actorId) ?? entry.actorId) : t('adminOps.audit.nobody');
  const changes = changedFields(entry.before, entry.after);
  const failure = entry.failure as { code?: string; reason?: string; message?: string } | null;
  return (
    <li className="entry" aria-labelledby={`logg-${entry.id}`}>
      <h3 id={`logg-${entry.id}`} className="entry__text">
        {entry.action} · {entry.entityType} {entry.entityId}
      </h3>
      <p className="entry__meta">
        {formatDateTime(entry.occurredAt)} · {actor} · <span className="tag">{t(`adminOps.audit.outcomeName.${entry.outcome}`)}</span> ·{' '}
        {t('adminOps.audit.row', { id: entry.id })}
      </p>
      {failure && <p>{[failure.code, failure.reason, failure.message].filter(Boolean).join(' – ')}</p>}
      {changes.length > 0 && (
        <table className="changes">
            <caption className="visually-hidden">{t('adminOps.audit.changesCaption', { id: entry.id })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminOps.audit.field')}</th>
                <th scope="col">{t('adminOps.audit.before')}</th>
                <th scope="col">{t('adminOps.audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">{change.field}</th>
                  <td className="preserve-lines">{shownValue(change.before, names)}</td>
                  <td className="preserve-lines">{shownValue(change.after, names)}</td>
                </tr>
              ))}
            </tbody>
        </table>
      )}
    </li>
  );
}

/**
 * The hash chain's check, on request: it walks the whole log, which grows with every change,
 * so it is not run on every visit or every change of filter.
 */
function ChainCheck() {
  const { t } = useTranslation();
  const [check, { data, error, loading }] = useLazyQuery(CHAIN, { fetchPolicy: 'network-only' });
  const result = data?.auditChainVerification;
  return (
    <section aria-labelledby="kedja-rubrik" className="section">
      <h2 id="kedja-rubrik">{t('adminOps.audit.chainTitle')}</h2>
      <p className="hint">{t('adminOps.audit.chainHint')}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={() => check()} disabled={loading}>
          {t('adminOps.audit.checkChain')}
        </button>
      </p>
      <div role="status" className="status-line">
        {loading && <p>{t('adminOps.audit.checking')}</p>}
      </div>
      {error && <LoadError error={error} />}
      {result && !loading && (
        <div className={result.intact ? 'notice notice--success' : 'notice notice--error'} data-testid="chain-verification">
          <p className="notice__title">
            {result.intact
              ? t('adminOps.audit.chainIntact', { count: result.verified, rows: formatNumber(result.verified) })
              : t('adminOps.audit.chainBroken', { row: result.brokenAt, rows: formatNumber(result.verified) })}
          </p>
          {result.problem && <p>{result.problem}</p>}
          <p>{t('adminOps.audit.checkedAt', { time: formatDateTime(result.checkedAt) })}</p>
        </div>
      )}
    </section>
  );
}
