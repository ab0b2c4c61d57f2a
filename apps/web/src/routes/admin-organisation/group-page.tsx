import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { isNotFound } from '../../errors/api-errors';
import type { AdminGroupPageQuery } from '../../gql/graphql';
import '../../styles/pages.css';
import { Saved, useAdminForm, useRemoval } from '../admin-home/admin-form';
import { AgencySelect, useAgencyName } from '../admin-home/agency-select';
import { NotFoundPage } from '../status-pages/not-found-page';
import { GROUP_LABEL_KEYS, GroupFields, groupFieldsOf } from './group-fields';
import { GROUP, REMOVE_GROUP_SUPPORT, SET_GROUP_SUPPORT, UPDATE_GROUP } from './organisation-queries';

type Data = AdminGroupPageQuery;

/** `/administration/grupper/:groupId`: the group's name, focus and coordinating agency, and what supporting agencies contribute. */
export function Component() {
  const { groupId } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(GROUP, { variables: { id: groupId ?? '' }, skip: !groupId, fetchPolicy: 'cache-and-network' });
  if (!groupId || isNotFound(error)) return <NotFoundPage />;
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/administration/grupper">{t('adminGroups.title')}</Link>
      </p>
      <PageHeading title={data?.group.name ?? t('adminGroups.title')}>{data?.group.name ?? t('adminGroups.title')}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <p>{t('adminGroups.inPlan', { kind: t(`adminGroups.kinds.${data.group.kind}`), number: data.group.number, plan: data.group.plan.title })}</p>
          <GroupForm data={data} />
          <Supports data={data} onChange={() => refetch()} />
        </>
      )}
    </div>
  );
}

const GROUP_FIELDS = ['name', 'focus', 'coordinatingAgencyId'] as const;

function GroupForm({ data: { group, agencies } }: { data: Data }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UPDATE_GROUP);
  const { saved, errors, run, filled } = useAdminForm(GROUP_FIELDS);
  const labels = { name: t(GROUP_LABEL_KEYS.name), focus: t(GROUP_LABEL_KEYS.focus), coordinatingAgencyId: t(GROUP_LABEL_KEYS.coordinatingAgencyId) };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { coordinatingAgencyId, ...fields } = groupFieldsOf(new FormData(event.currentTarget));
    if (!filled(fields, labels)) return;
    await run(async () => {
      // The API keeps the coordinating agency when none is given; it cannot be taken away here.
      await update({ variables: { input: { id: group.id, ...fields, ...(coordinatingAgencyId ? { coordinatingAgencyId } : {}) } } });
      return 'adminGroups.saved';
    });
  };
  return (
    <section aria-labelledby="grupp-rubrik" className="section">
      <h2 id="grupp-rubrik">{t('adminGroups.details')}</h2>
      <Saved text={saved} />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <GroupFields values={group} agencies={agencies} errors={errors.fields} />
        <button type="submit" className="button" disabled={loading}>
          {t('adminGroups.save')}
        </button>
      </form>
    </section>
  );
}

const SUPPORT_FIELDS = ['agencyId', 'contribution'] as const;

function Supports({ data: { group, agencies }, onChange }: { data: Data; onChange: () => void }) {
  const { t } = useTranslation();
  const agencyName = useAgencyName();
  const [setSupport, { loading }] = useMutation(SET_GROUP_SUPPORT);
  const { saved, errors, run, filled } = useAdminForm(SUPPORT_FIELDS);
  const [removeSupport, removing] = useMutation(REMOVE_GROUP_SUPPORT);
  const removal = useRemoval((agencyId: string) => removeSupport({ variables: { input: { groupId: group.id, agencyId } } }), 'adminGroups.supportRemoved', onChange);
  const labels = { agencyId: t(GROUP_LABEL_KEYS.agencyId), contribution: t(GROUP_LABEL_KEYS.contribution) };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const input = { groupId: group.id, agencyId: String(values.get('agencyId') ?? ''), contribution: String(values.get('contribution') ?? '').trim() };
    if (!filled({ agencyId: input.agencyId, contribution: input.contribution }, labels)) return;
    const done = await run(async () => {
      await setSupport({ variables: { input } });
      return 'adminGroups.supportSaved';
    });
    if (done) {
      form.reset();
      onChange();
    }
  };
  return (
    <section aria-labelledby="stod-rubrik" className="section">
      <h2 id="stod-rubrik">{t('adminGroups.supportingAgencies')}</h2>
      <Saved text={removal.saved} />
      <ErrorSummary fields={{}} general={removal.errors.general} labels={{}} />
      {group.supports.length === 0 ? (
        <p>{t('adminGroups.noSupports')}</p>
      ) : (
        <dl>
          {group.supports.map((support) => (
            <div key={support.agencyId}>
              <dt>{agencyName(support.agency)}</dt>
              <dd>{support.contribution}</dd>
              <dd>
                <button type="button" className="link-button" onClick={() => removal.removeOne(support.agencyId)} disabled={removing.loading}>
                  {t('adminGroups.removeSupport', { agency: agencyName(support.agency) })}
                </button>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <Saved text={saved} />
      <h3>{t('adminGroups.setSupport')}</h3>
      <p className="hint">{t('adminGroups.setSupportHint')}</p>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <AgencySelect name="agencyId" label={labels.agencyId} agencies={agencies} error={errors.fields.agencyId} />
        <FormField name="contribution" label={labels.contribution} hint={t('adminGroups.contributionHint')} error={errors.fields.contribution}>
          {(control) => <textarea {...control} name="contribution" className="textarea" />}
        </FormField>
        <button type="submit" className="button" disabled={loading}>
          {t('adminGroups.saveSupport')}
        </button>
      </form>
    </section>
  );
}
