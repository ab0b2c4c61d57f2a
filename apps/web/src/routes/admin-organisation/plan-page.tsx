import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { isNotFound } from '../../errors/api-errors';
import type { AdminPlanPageQuery, PlanAgencyRole } from '../../gql/graphql';
import '../../styles/pages.css';
import { Saved, useAdminForm, useRemoval } from '../admin-home/admin-form';
import { AdminTable } from '../admin-home/admin-list';
import { AgencySelect, useAgencyName } from '../admin-home/agency-select';
import { NotFoundPage } from '../status-pages/not-found-page';
import { PLAN, REMOVE_PLAN_AGENCY, SET_PLAN_AGENCY, UPDATE_PLAN } from './organisation-queries';
import { PLAN_LABEL_KEYS, PlanFields, planFieldsOf } from './plan-fields';

type Data = AdminPlanPageQuery;
const ROLES: readonly PlanAgencyRole[] = ['COORDINATOR', 'MEMBER', 'PARTNER'];

/** `/administration/planer/:planId`: the plan's title, period and mandate, and the agencies taking part in it. */
export function Component() {
  const { planId } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PLAN, { variables: { id: planId ?? '' }, skip: !planId, fetchPolicy: 'cache-and-network' });
  if (!planId || isNotFound(error)) return <NotFoundPage />;
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/administration/planer">{t('adminPlans.title')}</Link>
      </p>
      <PageHeading title={data?.plan.title ?? t('adminPlans.title')}>{data?.plan.title ?? t('adminPlans.title')}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <PlanForm data={data} />
          <PlanAgencies data={data} onChange={() => refetch()} />
        </>
      )}
    </div>
  );
}

const PLAN_FIELDS = ['title', 'periodStart', 'periodEnd', 'mandate'] as const;

function PlanForm({ data: { plan } }: { data: Data }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UPDATE_PLAN);
  const { saved, errors, run, filled } = useAdminForm(PLAN_FIELDS);
  const labels = Object.fromEntries(PLAN_FIELDS.map((field) => [field, t(PLAN_LABEL_KEYS[field])]));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { mandate, ...required } = planFieldsOf(new FormData(event.currentTarget));
    if (!filled(required, labels)) return;
    await run(async () => {
      await update({ variables: { input: { id: plan.id, mandate, ...required } } });
      return 'adminPlans.saved';
    });
  };
  return (
    <section aria-labelledby="plan-rubrik" className="section">
      <h2 id="plan-rubrik">{t('adminPlans.details', { key: plan.key })}</h2>
      <Saved text={saved} />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <PlanFields values={plan} errors={errors.fields} />
        <button type="submit" className="button" disabled={loading}>
          {t('adminPlans.save')}
        </button>
      </form>
    </section>
  );
}

const AGENCY_FIELDS = ['agencyId', 'role', 'responsibility'] as const;

function PlanAgencies({ data: { plan, agencies }, onChange }: { data: Data; onChange: () => void }) {
  const { t } = useTranslation();
  const agencyName = useAgencyName();
  const [setPlanAgency, { loading }] = useMutation(SET_PLAN_AGENCY);
  const { saved, errors, run, filled } = useAdminForm(AGENCY_FIELDS);
  const [removePlanAgency, removing] = useMutation(REMOVE_PLAN_AGENCY);
  const removal = useRemoval((agencyId: string) => removePlanAgency({ variables: { input: { planId: plan.id, agencyId } } }), 'adminPlans.agencyRemoved', onChange);
  const labels = Object.fromEntries(AGENCY_FIELDS.map((field) => [field, t(PLAN_LABEL_KEYS[field])]));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const agencyId = String(values.get('agencyId') ?? '');
    if (!filled({ agencyId }, labels)) return;
    const input = { planId: plan.id, agencyId, role: String(values.get('role')) as PlanAgencyRole, responsibility: String(values.get('responsibility') ?? '').trim() };
    const done = await run(async () => {
      await setPlanAgency({ variables: { input } });
      return 'adminPlans.agencySaved';
    });
    if (done) {
      form.reset();
      onChange();
    }
  };
  return (
    <section aria-labelledby="myndigheter-rubrik" className="section">
      <h2 id="myndigheter-rubrik">{t('adminPlans.agencies')}</h2>
      <Saved text={removal.saved} />
      <ErrorSummary fields={{}} general={removal.errors.general} labels={{}} />
      {plan.agencies.length === 0 ? (
        <p>{t('adminPlans.noAgencies')}</p>
      ) : (
        <AdminTable caption={t('adminPlans.agencies')} headings={[t('adminPlans.agency'), t('adminPlans.role'), t('adminPlans.responsibility'), t('adminPlans.removeColumn')]}>
          {plan.agencies.map((participant) => (
            <tr key={participant.agencyId}>
              <td>{agencyName(participant.agency)}</td>
              <td>{t(`adminPlans.roles.${participant.role}`)}</td>
              <td>{participant.responsibility || t('common.notSet')}</td>
              <td>
                <button type="button" className="link-button" onClick={() => removal.removeOne(participant.agencyId)} disabled={removing.loading}>
                  {t('adminPlans.removeAgency', { agency: agencyName(participant.agency) })}
                </button>
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      <Saved text={saved} />
      <h3>{t('adminPlans.setAgency')}</h3>
      <p className="hint">{t('adminPlans.setAgencyHint')}</p>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <AgencySelect name="agencyId" label={labels.agencyId!} agencies={agencies} error={errors.fields.agencyId} />
        <FormField name="role" label={labels.role!} error={errors.fields.role}>
          {(control) => (
            <select {...control} name="role" className="select" defaultValue="MEMBER">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`adminPlans.roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="responsibility" label={labels.responsibility!} hint={t('adminPeople.optional')} error={errors.fields.responsibility}>
          {(control) => <textarea {...control} name="responsibility" className="textarea" />}
        </FormField>
        <button type="submit" className="button" disabled={loading}>
          {t('adminPlans.saveAgency')}
        </button>
      </form>
    </section>
  );
}
