import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { useAdministrator } from '../../components/administrator-only';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { SelectFilter } from '../../components/select-filter';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import { graphql } from '../../gql';
import type { AdminRemindersPageQuery, DeadlineKind } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../i18n/format';
import '../../styles/pages.css';
import { NoAccessPage } from '../status-pages/no-access-page';
import { ScrollTable } from '../../components/scroll-table';

const REMINDERS = graphql(`
  query AdminRemindersPage($planId: ID!, $groupId: ID) {
    plan(id: $planId) {
      id
      title
      groups {
        id
        number
        name
        kind
      }
    }
    reminderRules(planId: $planId, groupId: $groupId) {
      deadlineKind
      daysBefore
      escalations {
        daysOverdue
        audience
      }
      sendHour
      sendMinute
      timeZone
      source
      updatedAt
    }
    reminderPreview(planId: $planId, groupId: $groupId, first: 5) {
      deadlineId
      deadlineKind
      title
      dueDate
      groupId
      reminders {
        sendAt
        daysFromDue
        escalationLevel
        recipients
      }
    }
  }
`);

const SET_RULE = graphql(`
  mutation AdminSetReminderRule($input: SetReminderRuleInput!) {
    setReminderRule(input: $input) {
      deadlineKind
      source
    }
  }
`);

type Rule = AdminRemindersPageQuery['reminderRules'][number];
const FIELDS = ['deadlineKind', 'daysBefore', 'sendTime', 'timeZone'] as const;
const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** `/administration/paminnelser[?grupp=]`: when reminders go out in the plan or a working group, and when they will for the next deadlines. */
export function Component() {
  const { t } = useTranslation();
  const { plan } = useSession();
  const { administrator, refused } = useAdministrator();
  const [params] = useSearchParams();
  const groupId = params.get('grupp') || null;
  const { data, error, refetch } = useQuery(REMINDERS, {
    variables: { planId: plan?.id ?? '', groupId: groupId ?? undefined },
    skip: !administrator || !plan,
    fetchPolicy: 'cache-and-network',
  });
  if (refused(error)) return <NoAccessPage whoMay={['ADMINISTRATOR']} />;
  const groups = data?.plan.groups.filter((group) => group.kind === 'WORKING') ?? [];
  const groupName = (id: string | null | undefined) => groups.find((group) => group.id === id)?.name;
  return (
    <>
      <PageHeading title={t('adminOps.reminders.title')}>{t('adminOps.reminders.title')}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <p>{t('adminOps.reminders.intro', { plan: data.plan.title })}</p>
          <SelectFilter
            param="grupp"
            id="paminnelser-grupp"
            label={t('adminOps.reminders.scope')}
            anyLabel={t('adminOps.reminders.wholePlan')}
            options={groups.map((group) => ({ value: group.id, label: group.name }))}
            showLabel={t('adminOps.common.show')}
          />
          <RuleTable rules={data.reminderRules} />
          <RuleForm planId={data.plan.id} groupId={groupId} rules={data.reminderRules} onSaved={() => void refetch()} key={groupId ?? 'plan'} />
          <section aria-labelledby="forhandsvisning-rubrik" className="section">
            <h2 id="forhandsvisning-rubrik">{t('adminOps.reminders.previewTitle')}</h2>
            <p>{t('adminOps.reminders.previewIntro')}</p>
            {data.reminderPreview.length === 0 ? (
              <p>{t('adminOps.reminders.previewEmpty')}</p>
            ) : (
              data.reminderPreview.map((deadline) => (
                <article key={deadline.deadlineId} className="entry" aria-labelledby={`frist-${deadline.deadlineId}`}>
                  <h3 id={`frist-${deadline.deadlineId}`}>{deadline.title}</h3>
                  <p className="entry__meta">
                    {t(`adminOps.reminders.kind.${deadline.deadlineKind}`)} · {t('adminOps.reminders.due', { date: formatDate(deadline.dueDate) })}
                    {groupName(deadline.groupId) && ` · ${groupName(deadline.groupId)}`}
                  </p>
                  {deadline.reminders.length === 0 ? (
                    <p>{t('adminOps.reminders.noneLeft')}</p>
                  ) : (
                    <ul className="plain-list" data-testid="previewed-reminders">
                      {deadline.reminders.map((reminder) => (
                        <li key={reminder.daysFromDue}>
                          <strong>{formatDateTime(reminder.sendAt)}</strong> – {stepText(t, reminder.daysFromDue)},{' '}
                          {t('adminOps.reminders.recipients', { count: reminder.recipients })}
                        </li>
                      ))}
                    </ul>
                  )}
                </article>
              ))
            )}
          </section>
        </>
      )}
    </>
  );
}

function stepText(t: ReturnType<typeof useTranslation>['t'], daysFromDue: number): string {
  if (daysFromDue === 0) return t('adminOps.reminders.onTheDay');
  return daysFromDue < 0 ? t('adminOps.reminders.daysBefore', { count: -daysFromDue }) : t('adminOps.reminders.daysAfter', { count: daysFromDue });
}

function RuleTable({ rules }: { rules: readonly Rule[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('adminOps.reminders.rulesCaption')}>
      <table>
        <caption>{t('adminOps.reminders.rulesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('adminOps.reminders.deadlineKind')}</th>
            <th scope="col">{t('adminOps.reminders.daysBeforeColumn')}</th>
            <th scope="col">{t('adminOps.reminders.escalations')}</th>
            <th scope="col">{t('adminOps.reminders.sendTime')}</th>
            <th scope="col">{t('adminOps.reminders.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.deadlineKind}>
              <th scope="row">{t(`adminOps.reminders.kind.${rule.deadlineKind}`)}</th>
              <td>{rule.daysBefore.join(', ')}</td>
              <td>
                {rule.escalations.length === 0
                  ? t('common.none')
                  : rule.escalations
                      .map((step) =>
                        t('adminOps.reminders.escalationStep', {
                          count: step.daysOverdue,
                          audience: step.audience.map((who) => t(`adminOps.reminders.audience.${who}`)).join(', '),
                        }),
                      )
                      .join('; ')}
              </td>
              <td className="nowrap">
                {twoDigits(rule.sendHour)}:{twoDigits(rule.sendMinute)} ({rule.timeZone})
              </td>
              <td>{t(`adminOps.reminders.sourceName.${rule.source}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** Changes the days before and the time of one kind's rule; its escalation steps stay as they are. */
function RuleForm({ planId, groupId, rules, onSaved }: { planId: string; groupId: string | null; rules: readonly Rule[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const [setRule, { loading }] = useMutation(SET_RULE);
  const [kind, setKind] = useState<DeadlineKind>(rules[0]!.deadlineKind);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [saved, setSaved] = useState<string | null>(null);
  const rule = rules.find((candidate) => candidate.deadlineKind === kind)!;
  const labels = {
    deadlineKind: t('adminOps.reminders.deadlineKind'),
    daysBefore: t('adminOps.reminders.daysBeforeField'),
    sendTime: t('adminOps.reminders.sendTime'),
    timeZone: t('adminOps.reminders.timeZone'),
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const days = String(values.get('daysBefore') ?? '').split(/[\s,]+/).filter(Boolean);
    const [hour, minute] = String(values.get('sendTime') ?? '').split(':');
    const timeZone = String(values.get('timeZone') ?? '').trim();
    const missing: Record<string, string> = {};
    if (days.length === 0) missing.daysBefore = t('signIn.required', { field: labels.daysBefore.toLowerCase() });
    else if (days.some((day) => !/^\d+$/.test(day))) missing.daysBefore = t('adminOps.reminders.daysFormat');
    if (!hour || !minute) missing.sendTime = t('signIn.required', { field: labels.sendTime.toLowerCase() });
    if (!timeZone) missing.timeZone = t('signIn.required', { field: labels.timeZone.toLowerCase() });
    if (Object.keys(missing).length > 0) return setErrors({ fields: missing, general: [] });
    const input = {
      planId,
      groupId,
      deadlineKind: kind,
      daysBefore: days.map(Number),
      escalations: rule.escalations.map(({ daysOverdue, audience }) => ({ daysOverdue, audience })),
      sendHour: Number(hour),
      sendMinute: Number(minute),
      timeZone,
    };
    try {
      await setRule({ variables: { input } });
      setErrors({ fields: {}, general: [] });
      setSaved(t('adminOps.reminders.saved', { kind: t(`adminOps.reminders.kind.${kind}`).toLowerCase() }));
      onSaved();
    } catch (caught) {
      setSaved(null);
      setErrors(formErrorsOf(caught, t, FIELDS));
    }
  };
  return (
    <section aria-labelledby="andra-regel-rubrik" className="section narrow">
      <h2 id="andra-regel-rubrik">{groupId ? t('adminOps.reminders.formTitleGroup') : t('adminOps.reminders.formTitlePlan')}</h2>
      <div role="status" className="status-line">
        {saved && <p className="notice notice--success">{saved}</p>}
      </div>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate key={`${kind}-${rule.updatedAt ?? ''}`}>
        <FormField name="deadlineKind" label={labels.deadlineKind} error={errors.fields.deadlineKind}>
          {(control) => (
            <select {...control} name="deadlineKind" className="select" value={kind} onChange={(event) => setKind(event.target.value as DeadlineKind)}>
              {rules.map((candidate) => (
                <option key={candidate.deadlineKind} value={candidate.deadlineKind}>
                  {t(`adminOps.reminders.kind.${candidate.deadlineKind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="daysBefore" label={labels.daysBefore} hint={t('adminOps.reminders.daysBeforeHint')} error={errors.fields.daysBefore}>
          {(control) => <input {...control} name="daysBefore" className="input input--short" defaultValue={rule.daysBefore.join(', ')} />}
        </FormField>
        <FormField name="sendTime" label={labels.sendTime} error={errors.fields.sendTime}>
          {(control) => (
            <input {...control} name="sendTime" type="time" className="input input--short" defaultValue={`${twoDigits(rule.sendHour)}:${twoDigits(rule.sendMinute)}`} />
          )}
        </FormField>
        <FormField name="timeZone" label={labels.timeZone} hint={t('adminOps.reminders.timeZoneHint')} error={errors.fields.timeZone}>
          {(control) => <input {...control} name="timeZone" className="input" defaultValue={rule.timeZone} />}
        </FormField>
        <p className="hint">{t('adminOps.reminders.escalationsKept')}</p>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('common.save')}
        </button>
      </form>
    </section>
  );
}
