import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { isNotFound } from '../../errors/api-errors';
import { Saved, useAdminForm } from '../admin-home/admin-form';
import type { AdminPersonPageQuery, MembershipRole } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import '../../styles/pages.css';
import { NotFoundPage } from '../status-pages/not-found-page';
import { PersonFields, personFieldsOf } from './person-fields';
import { ADD_MEMBERSHIP, PERSON, REMOVE_MEMBERSHIP, SEND_PASSWORD_LINK, UPDATE_PERSON } from './people-queries';

type Person = AdminPersonPageQuery['user'];
type GroupChoice = AdminPersonPageQuery['groups'][number];

const MEMBERSHIP_ROLES: readonly MembershipRole[] = ['MEMBER', 'COORDINATOR', 'CHAIR', 'SUPPORT'];

/** `/administration/personer/:userId`: the person's details, whether they may sign in, their password link and their groups. */
export function Component() {
  const { userId } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const { data, error, refetch } = useQuery(PERSON, { variables: { id: userId ?? '' }, skip: !userId, fetchPolicy: 'cache-and-network' });
  if (!userId || isNotFound(error)) return <NotFoundPage />;
  const created = (location.state as { created?: boolean } | null)?.created === true;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/administration/personer">{t('adminPeople.title')}</Link>
      </p>
      <PageHeading title={data?.user.displayName ?? t('adminPeople.title')}>{data?.user.displayName ?? t('adminPeople.title')}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="narrow">
          {created && <p className="notice notice--success">{t('adminPeople.created')}</p>}
          <p>
            {data.user.email}
            {!data.user.active && (
              <>
                {' '}
                <span className="tag">{t('adminPeople.inactive')}</span>
              </>
            )}
          </p>
          <DetailsForm person={data.user} />
          <AccessSection person={data.user} />
          <Memberships person={data.user} groups={data.groups} onChange={() => refetch()} />
        </div>
      )}
    </>
  );
}

const DETAIL_FIELDS = ['displayName', 'title', 'roles'] as const;

function DetailsForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UPDATE_PERSON);
  const { saved, errors, run, filled } = useAdminForm(DETAIL_FIELDS);
  const labels = { displayName: t('adminPeople.name'), title: t('adminPeople.jobTitle'), roles: t('adminPeople.roles') };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = personFieldsOf(new FormData(event.currentTarget));
    if (!filled({ displayName: fields.displayName }, labels)) return;
    await run(async () => {
      await update({ variables: { input: { id: person.id, ...fields } } });
      return 'adminPeople.saved';
    });
  };
  return (
    <section aria-labelledby="uppgifter-rubrik" className="section">
      <h2 id="uppgifter-rubrik">{t('adminPeople.details')}</h2>
      <Saved text={saved} />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <PersonFields values={person} errors={errors.fields} />
        <button type="submit" className="button" disabled={loading}>
          {t('adminPeople.save')}
        </button>
      </form>
    </section>
  );
}

/** Deactivating ends every session of the person at once (the API does it); the password link needs an active person. */
function AccessSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [update, updating] = useMutation(UPDATE_PERSON);
  const [sendLink, sending] = useMutation(SEND_PASSWORD_LINK);
  const { saved, errors, run } = useAdminForm([]);
  const setActive = (active: boolean) =>
    run(async () => {
      await update({ variables: { input: { id: person.id, active } } });
      return active ? 'adminPeople.reactivated' : 'adminPeople.deactivated';
    });
  const send = () =>
    run(async () => {
      const { data } = await sendLink({ variables: { userId: person.id } });
      return { key: 'adminPeople.linkSent', values: { email: data?.sendPasswordResetLink.email ?? '', until: formatDateTime(data?.sendPasswordResetLink.expiresAt) } };
    });
  return (
    <section aria-labelledby="inloggning-rubrik" className="section">
      <h2 id="inloggning-rubrik">{t('adminPeople.access')}</h2>
      <Saved text={saved} />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={{}} />
      <p>{person.active ? t('adminPeople.activeExplained') : t('adminPeople.inactiveExplained')}</p>
      <div className="button-group">
        {person.active && (
          <button type="button" className="button button--secondary" onClick={send} disabled={sending.loading}>
            {t('adminPeople.sendLink')}
          </button>
        )}
        {person.active ? (
          <button type="button" className="button button--warning" onClick={() => setActive(false)} disabled={updating.loading}>
            {t('adminPeople.deactivate')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setActive(true)} disabled={updating.loading}>
            {t('adminPeople.reactivate')}
          </button>
        )}
      </div>
    </section>
  );
}

const MEMBERSHIP_FIELDS = ['groupId', 'role'] as const;

function Memberships({ person, groups, onChange }: { person: Person; groups: readonly GroupChoice[]; onChange: () => void }) {
  const { t } = useTranslation();
  const [add, adding] = useMutation(ADD_MEMBERSHIP);
  const [remove, removing] = useMutation(REMOVE_MEMBERSHIP);
  const { saved, errors, run, filled } = useAdminForm(MEMBERSHIP_FIELDS);
  const labels = { groupId: t('adminPeople.group'), role: t('adminPeople.membershipRole') };
  const groupName = (group: GroupChoice) => t('adminPeople.groupInPlan', { group: group.name, plan: group.plan.title });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const groupId = String(values.get('groupId') ?? '');
    const role = String(values.get('role') ?? 'MEMBER') as MembershipRole;
    if (!filled({ groupId }, labels)) return;
    const added = await run(async () => {
      await add({ variables: { input: { userId: person.id, groupId, role } } });
      return 'adminPeople.membershipAdded';
    });
    if (added) {
      form.reset();
      onChange();
    }
  };
  const removeMembership = async (id: string) => {
    const removed = await run(async () => {
      await remove({ variables: { id } });
      return 'adminPeople.membershipRemoved';
    });
    if (removed) onChange();
  };
  return (
    <section aria-labelledby="grupper-rubrik" className="section">
      <h2 id="grupper-rubrik">{t('adminPeople.memberships')}</h2>
      <Saved text={saved} />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      {person.memberships.length === 0 ? (
        <p>{t('adminPeople.noMemberships')}</p>
      ) : (
        <ul className="entry-list">
          {person.memberships.map((membership) => (
            <li key={membership.id} className="entry">
              <p className="entry__text">
                {groupName(membership.group)}: {t(`adminPeople.membershipRoles.${membership.role}`)}
              </p>
              <button type="button" className="link-button" onClick={() => removeMembership(membership.id)} disabled={removing.loading}>
                {t('adminPeople.removeMembership', { group: membership.group.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('adminPeople.addMembership')}</h3>
      <form onSubmit={submit} noValidate>
        <FormField name="groupId" label={labels.groupId} error={errors.fields.groupId}>
          {(control) => (
            <select {...control} name="groupId" className="select" defaultValue="">
              <option value="">{t('adminPeople.chooseGroup')}</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {groupName(group)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="role" label={labels.role} error={errors.fields.role}>
          {(control) => (
            <select {...control} name="role" className="select" defaultValue="MEMBER">
              {MEMBERSHIP_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`adminPeople.membershipRoles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" className="button" disabled={adding.loading}>
          {t('adminPeople.addMembershipButton')}
        </button>
      </form>
    </section>
  );
}
