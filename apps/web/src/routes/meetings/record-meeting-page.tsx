import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import { graphql } from '../../gql';
import type { RecordMeetingPageQuery } from '../../gql/graphql';
import '../../styles/pages.css';
import { NotFoundPage } from '../status-pages/not-found-page';
import { type DecisionDraft, emptyDecision, meetingInput } from './meeting-form';

const RECORD_PAGE = graphql(`
  query RecordMeetingPage($groupId: ID!) {
    group(id: $groupId) {
      id
      name
      kind
      coordinatingAgencyId
      memberships {
        id
        role
        user {
          id
          displayName
          agencyId
        }
      }
      plan {
        id
        periodStart
        periodEnd
        developmentAreas {
          id
          number
          title
        }
        agencies {
          agency {
            id
            nameSv
            nameEn
          }
        }
      }
    }
  }
`);

const RECORD_MEETING = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      id
    }
  }
`);

const FIELDS = ['title', 'heldOn', 'attendeeIds', 'notes', 'decisions'] as const;
type Group = RecordMeetingPageQuery['group'];

/** `/grupper/:groupId/moten/nytt`: a member records a meeting; a decision may create a follow-up item. */
export function Component() {
  const { groupId } = useParams();
  const { t } = useTranslation();
  const { data, error } = useQuery(RECORD_PAGE, { variables: { groupId: groupId ?? '' }, skip: !groupId });
  if (!groupId) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={t('meetings.recordTitle')}>{t('meetings.recordTitle')}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && <RecordMeetingForm group={data.group} />}
    </>
  );
}

function RecordMeetingForm({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [record, { loading }] = useMutation(RECORD_MEETING);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [attendees, setAttendees] = useState<string[]>([]);
  const [decisions, setDecisions] = useState<DecisionDraft[]>([]);
  const english = i18n.language.startsWith('en');
  const labels: Record<string, string> = {
    title: t('meetings.meetingTitle'),
    heldOn: t('meetings.heldOn'),
    attendeeIds: t('meetings.attendees'),
    notes: t('meetings.notes'),
    decisions: t('meetings.decisions'),
  };
  const defaults = { groupId: group.id, leadAgencyId: group.coordinatingAgencyId ?? '' };

  const update = (index: number, change: Partial<DecisionDraft>) =>
    setDecisions((current) => current.map((decision, position) => (position === index ? { ...decision, ...change } : decision)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const title = String(values.get('title') ?? '').trim();
    const heldOn = String(values.get('heldOn') ?? '');
    const missing: Record<string, string> = {};
    if (!title) missing.title = t('signIn.required', { field: labels.title.toLowerCase() });
    if (!heldOn) missing.heldOn = t('signIn.required', { field: labels.heldOn.toLowerCase() });
    if (decisions.some((decision) => !decision.text.trim() || (decision.followUp && !decision.followUpTitle.trim())))
      missing.decisions = t('meetings.decisionIncomplete');
    if (Object.keys(missing).length > 0) return setErrors({ fields: missing, general: [] });
    try {
      const input = meetingInput({ groupId: group.id, title, heldOn, notes: String(values.get('notes') ?? ''), attendeeIds: attendees, decisions }, defaults);
      const { data } = await record({ variables: { input } });
      if (data) navigate(`/moten/${data.recordMeeting.id}`);
    } catch (caught) {
      setErrors(formErrorsOf(caught, t, FIELDS));
    }
  };

  return (
    <form onSubmit={submit} noValidate className="narrow">
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <p>{t('meetings.recordIntro', { group: group.name })}</p>
      <FormField name="title" label={labels.title} error={errors.fields.title}>
        {(control) => <input {...control} name="title" className="input" />}
      </FormField>
      <FormField name="heldOn" label={labels.heldOn} hint={t('meetings.heldOnHint')} error={errors.fields.heldOn}>
        {(control) => <input {...control} name="heldOn" type="date" min={group.plan.periodStart} max={group.plan.periodEnd} className="input input--short" />}
      </FormField>
      <fieldset className="fieldset" id="falt-attendeeIds" aria-describedby={errors.fields.attendeeIds ? 'falt-attendeeIds-error' : undefined}>
        <legend>{labels.attendeeIds}</legend>
        {errors.fields.attendeeIds && (
          <p className="error-message" id="falt-attendeeIds-error">
            {errors.fields.attendeeIds}
          </p>
        )}
        {group.memberships.map((membership) => (
          <div key={membership.id} className="checkbox">
            <input
              type="checkbox"
              id={`deltagare-${membership.user.id}`}
              checked={attendees.includes(membership.user.id)}
              onChange={(event) =>
                setAttendees((current) => (event.target.checked ? [...current, membership.user.id] : current.filter((id) => id !== membership.user.id)))
              }
            />
            <label htmlFor={`deltagare-${membership.user.id}`}>{membership.user.displayName}</label>
          </div>
        ))}
      </fieldset>
      <FormField name="notes" label={labels.notes} hint={t('common.optional')} error={errors.fields.notes}>
        {(control) => <textarea {...control} name="notes" rows={6} className="textarea" />}
      </FormField>

      <fieldset className="fieldset" id="falt-decisions">
        <legend>{labels.decisions}</legend>
        {errors.fields.decisions && <p className="error-message">{errors.fields.decisions}</p>}
        {decisions.length === 0 && <p className="hint">{t('meetings.noDecisionsYet')}</p>}
        {decisions.map((decision, index) => {
          const number = index + 1;
          const prefix = `beslut-${number}`;
          return (
            <div key={decision.key} className="decision-draft">
              <h3>{t('meetings.decisionNumber', { number })}</h3>
              <div className="form-group">
                <label className="label" htmlFor={`${prefix}-text`}>
                  {t('meetings.decisionText')}
                </label>
                <textarea id={`${prefix}-text`} rows={3} className="textarea" value={decision.text} onChange={(event) => update(index, { text: event.target.value })} />
              </div>
              <div className="checkbox">
                <input id={`${prefix}-uppfoljning`} type="checkbox" checked={decision.followUp} onChange={(event) => update(index, { followUp: event.target.checked })} />
                <label htmlFor={`${prefix}-uppfoljning`}>{t('meetings.createsFollowUp')}</label>
              </div>
              {decision.followUp && (
                <div className="follow-up">
                  <p className="hint">{t('meetings.followUpHint')}</p>
                  <div className="form-group">
                    <label className="label" htmlFor={`${prefix}-titel`}>
                      {t('meetings.followUpTitle')}
                    </label>
                    <input id={`${prefix}-titel`} className="input" value={decision.followUpTitle} onChange={(event) => update(index, { followUpTitle: event.target.value })} />
                  </div>
                  <div className="form-group">
                    <label className="label" htmlFor={`${prefix}-ansvarig`}>
                      {t('meetings.followUpOwner')}
                    </label>
                    <select id={`${prefix}-ansvarig`} className="select" value={decision.ownerId} onChange={(event) => update(index, { ownerId: event.target.value })}>
                      <option value="">{t('meetings.choose')}</option>
                      {group.memberships.map((membership) => (
                        <option key={membership.user.id} value={membership.user.id}>
                          {membership.user.displayName}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="form-group">
                    <label className="label" htmlFor={`${prefix}-omrade`}>
                      {t('meetings.followUpArea')}
                    </label>
                    <select id={`${prefix}-omrade`} className="select" value={decision.developmentAreaId} onChange={(event) => update(index, { developmentAreaId: event.target.value })}>
                      <option value="">{t('meetings.choose')}</option>
                      {group.plan.developmentAreas.map((area) => (
                        <option key={area.id} value={area.id}>
                          {area.number}. {area.title}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="form-group">
                    <label className="label" htmlFor={`${prefix}-myndighet`}>
                      {t('meetings.followUpAgency')}
                    </label>
                    <select
                      id={`${prefix}-myndighet`}
                      className="select"
                      value={decision.leadAgencyId || defaults.leadAgencyId}
                      onChange={(event) => update(index, { leadAgencyId: event.target.value })}
                    >
                      <option value="">{t('meetings.choose')}</option>
                      {group.plan.agencies.map(({ agency }) => (
                        <option key={agency.id} value={agency.id}>
                          {english ? agency.nameEn : agency.nameSv}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="form-group">
                    <label className="label" htmlFor={`${prefix}-slutdatum`}>
                      {t('meetings.followUpDue')} <span className="hint">{t('common.optional')}</span>
                    </label>
                    <input id={`${prefix}-slutdatum`} type="date" className="input input--short" value={decision.dueDate} onChange={(event) => update(index, { dueDate: event.target.value })} />
                  </div>
                </div>
              )}
              <button type="button" className="link-button" onClick={() => setDecisions((current) => current.filter((_, position) => position !== index))}>
                {t('meetings.removeDecision', { number })}
              </button>
            </div>
          );
        })}
        <button type="button" className="button button--secondary" onClick={() => setDecisions((current) => [...current, emptyDecision()])}>
          {t('meetings.addDecision')}
        </button>
      </fieldset>

      <div className="button-group">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('meetings.save')}
        </button>
        <Link to={`/grupper/${group.id}/moten`}>{t('common.cancel')}</Link>
      </div>
    </form>
  );
}
