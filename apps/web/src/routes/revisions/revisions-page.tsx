import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import { graphql } from '../../gql';
import type { EffectiveRole } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../i18n/format';
import '../../styles/pages.css';
import { NotFoundPage } from '../status-pages/not-found-page';
import { ScrollTable } from '../../components/scroll-table';

const REVISIONS = graphql(`
  query PlanRevisionsPage($planId: ID!) {
    plan(id: $planId) {
      id
      title
      currentRevision
      periodStart
      periodEnd
      revisions {
        id
        number
        summary
        rationale
        effectiveFrom
        createdAt
      }
    }
  }
`);

const REVISE_PLAN = graphql(`
  mutation RevisePlan($input: RevisePlanInput!) {
    revisePlan(input: $input) {
      id
      number
    }
  }
`);

/** Who may record a revision (the API decides; this only chooses whether to show the form). */
const MAY_REVISE: readonly EffectiveRole[] = ['ADMINISTRATOR', 'STEERING_GROUP_MEMBER'];
const FIELDS = ['summary', 'rationale', 'effectiveFrom'] as const;

/** `/plan/:planId/revisioner`: what changed in the plan and why; the steering group records a revision. */
export function Component() {
  const { planId } = useParams();
  const { t } = useTranslation();
  const { me } = useSession();
  const { data, error, refetch } = useQuery(REVISIONS, { variables: { planId: planId ?? '' }, skip: !planId, fetchPolicy: 'cache-and-network' });
  if (!planId) return <NotFoundPage />;
  const mayRevise = me.effectiveRoles.some((role) => MAY_REVISE.includes(role));
  return (
    <>
      <PageHeading title={t('revisions.title')}>{t('revisions.title')}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <p>{t('revisions.intro', { plan: data.plan.title, number: data.plan.currentRevision })}</p>
          {data.plan.revisions.length === 0 ? (
            <p>{t('revisions.empty')}</p>
          ) : (
            <ScrollTable label={t('revisions.title')}>
              <table>
                <caption className="visually-hidden">{t('revisions.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('revisions.number')}</th>
                    <th scope="col">{t('revisions.effectiveFrom')}</th>
                    <th scope="col">{t('revisions.summary')}</th>
                    <th scope="col">{t('revisions.rationale')}</th>
                    <th scope="col">{t('revisions.recorded')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.plan.revisions]
                    .sort((a, b) => b.number - a.number)
                    .map((revision) => (
                      <tr key={revision.id}>
                        <td>
                          <Link to={`/plan/${planId}/revisioner/${revision.number}`} aria-label={t('revisions.open', { number: revision.number })}>
                            {revision.number}
                          </Link>
                        </td>
                        <td className="nowrap">{formatDate(revision.effectiveFrom)}</td>
                        <td>{revision.summary}</td>
                        <td>{revision.rationale}</td>
                        <td className="nowrap">{formatDateTime(revision.createdAt)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
          {mayRevise && <ReviseForm planId={planId} periodStart={data.plan.periodStart} periodEnd={data.plan.periodEnd} onRecorded={() => void refetch()} />}
        </>
      )}
    </>
  );
}

function ReviseForm({ planId, periodStart, periodEnd, onRecorded }: { planId: string; periodStart: string; periodEnd: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const [revise, { loading }] = useMutation(REVISE_PLAN);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [saved, setSaved] = useState<string | null>(null);
  const labels = { summary: t('revisions.summary'), rationale: t('revisions.rationale'), effectiveFrom: t('revisions.effectiveFrom') };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const input = {
      planId,
      summary: String(values.get('summary') ?? '').trim(),
      rationale: String(values.get('rationale') ?? '').trim(),
      effectiveFrom: String(values.get('effectiveFrom') ?? ''),
    };
    const missing: Record<string, string> = {};
    for (const field of FIELDS) if (!input[field]) missing[field] = t('signIn.required', { field: labels[field].toLowerCase() });
    if (Object.keys(missing).length > 0) return setErrors({ fields: missing, general: [] });
    try {
      const { data } = await revise({ variables: { input } });
      form.reset();
      setErrors({ fields: {}, general: [] });
      setSaved(t('revisions.saved', { number: data?.revisePlan.number ?? '' }));
      onRecorded();
    } catch (caught) {
      setSaved(null);
      setErrors(formErrorsOf(caught, t, FIELDS));
    }
  };
  return (
    <section aria-labelledby="ny-revision-rubrik" className="section narrow">
      <h2 id="ny-revision-rubrik">{t('revisions.record')}</h2>
      <div role="status" className="status-line">
        {saved && <p className="notice notice--success">{saved}</p>}
      </div>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <FormField name="summary" label={labels.summary} hint={t('revisions.summaryHint')} error={errors.fields.summary}>
          {(control) => <textarea {...control} name="summary" rows={3} className="textarea" />}
        </FormField>
        <FormField name="rationale" label={labels.rationale} hint={t('revisions.rationaleHint')} error={errors.fields.rationale}>
          {(control) => <textarea {...control} name="rationale" rows={3} className="textarea" />}
        </FormField>
        <FormField name="effectiveFrom" label={labels.effectiveFrom} error={errors.fields.effectiveFrom}>
          {(control) => <input {...control} name="effectiveFrom" type="date" min={periodStart} max={periodEnd} className="input input--short" />}
        </FormField>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('revisions.save')}
        </button>
      </form>
    </section>
  );
}
