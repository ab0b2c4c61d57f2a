import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { FormField } from '../../components/form-field';
import { PageHeading } from '../../components/page-heading';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import { graphql } from '../../gql';
import type { Language, NotificationPreference } from '../../gql/graphql';
import { i18nextCode, storeLanguage } from '../../i18n/language';
import '../../styles/pages.css';

const SETTINGS = graphql(`
  query SettingsPage {
    me {
      id
      language
    }
    notificationPreference
    calendarFeedUrl
  }
`);

const SET_LANGUAGE = graphql(`
  mutation SaveLanguageSetting($language: Language!) {
    setMyLanguage(language: $language) {
      id
      language
    }
  }
`);

const SET_PREFERENCE = graphql(`
  mutation SetNotificationPreference($preference: NotificationPreference!) {
    setNotificationPreference(preference: $preference)
  }
`);

const ROTATE_FEED = graphql(`
  mutation RotateCalendarFeedSecret {
    rotateCalendarFeedSecret
  }
`);

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      expiresAt
    }
  }
`);

const LANGUAGES: Language[] = ['SV', 'EN'];
const PREFERENCES: NotificationPreference[] = ['EMAIL_IMMEDIATE', 'DAILY_DIGEST', 'IN_APP_ONLY'];
const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** `/installningar`: language, how reminders arrive, the calendar feed and the password. */
export function Component() {
  const { t } = useTranslation();
  const { data, error } = useQuery(SETTINGS);
  return (
    <>
      <PageHeading title={t('settings.title')}>{t('settings.title')}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="narrow">
          <LanguageForm current={data.me.language} />
          <PreferenceForm current={data.notificationPreference} />
          <CalendarFeed url={data.calendarFeedUrl} />
          <PasswordForm />
        </div>
      )}
    </>
  );
}

function Saved({ text }: { text: string | null }) {
  return (
    <div role="status" className="status-line">
      {text && <p className="notice notice--success">{text}</p>}
    </div>
  );
}

function LanguageForm({ current }: { current: Language }) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<Language>(current);
  const [setLanguage, { loading }] = useMutation(SET_LANGUAGE);
  const [saved, setSaved] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await setLanguage({ variables: { language: chosen } });
      storeLanguage(chosen);
      await i18n.changeLanguage(i18nextCode(chosen));
      setErrors(NO_ERRORS);
      setSaved(i18n.t('settings.language.saved'));
    } catch (caught) {
      setErrors(formErrorsOf(caught, t, []));
    }
  };
  return (
    <section aria-labelledby="sprak-rubrik" className="section">
      <h2 id="sprak-rubrik">{t('settings.language.title')}</h2>
      <Saved text={saved} />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={{}} />
      <form onSubmit={submit}>
        <fieldset className="fieldset">
          <legend>{t('settings.language.legend')}</legend>
          {LANGUAGES.map((language) => (
            <div key={language} className="radio">
              <input type="radio" id={`sprak-${language}`} name="language" value={language} checked={chosen === language} onChange={() => setChosen(language)} />
              <label htmlFor={`sprak-${language}`} lang={i18nextCode(language)}>
                {t(`languages.${language}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={loading}>
          {t('settings.language.save')}
        </button>
      </form>
    </section>
  );
}

function PreferenceForm({ current }: { current: NotificationPreference }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<NotificationPreference>(current);
  const [setPreference, { loading }] = useMutation(SET_PREFERENCE);
  const [saved, setSaved] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await setPreference({ variables: { preference: chosen } });
      setErrors(NO_ERRORS);
      setSaved(t('settings.preference.saved'));
    } catch (caught) {
      setErrors(formErrorsOf(caught, t, []));
    }
  };
  return (
    <section aria-labelledby="avisering-rubrik" className="section">
      <h2 id="avisering-rubrik">{t('settings.preference.title')}</h2>
      <Saved text={saved} />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={{}} />
      <form onSubmit={submit}>
        <fieldset className="fieldset">
          <legend>{t('settings.preference.legend')}</legend>
          <p className="hint">{t('settings.preference.hint')}</p>
          {PREFERENCES.map((preference) => (
            <div key={preference} className="radio">
              <input
                type="radio"
                id={`avisering-${preference}`}
                name="preference"
                value={preference}
                checked={chosen === preference}
                onChange={() => setChosen(preference)}
              />
              <label htmlFor={`avisering-${preference}`}>{t(`settings.preference.${preference}`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={loading}>
          {t('settings.preference.save')}
        </button>
      </form>
    </section>
  );
}

/** The feed address is a secret: shown to its owner, copied on request, renewed when it may have leaked. */
function CalendarFeed({ url }: { url: string }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState(url);
  const [rotate, { loading }] = useMutation(ROTATE_FEED);
  const [said, setSaid] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const absolute = new URL(address, window.location.origin).toString();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(absolute);
      setSaid(t('settings.calendar.copied'));
    } catch {
      setSaid(t('settings.calendar.copyFailed'));
    }
  };
  const renew = async () => {
    try {
      const result = await rotate();
      if (result.data) setAddress(result.data.rotateCalendarFeedSecret);
      setSaid(t('settings.calendar.renewed'));
    } catch (caught) {
      setFailure(caught);
    }
  };
  return (
    <section aria-labelledby="kalender-rubrik" className="section">
      <h2 id="kalender-rubrik">{t('settings.calendar.title')}</h2>
      <p>{t('settings.calendar.intro')}</p>
      <Saved text={said} />
      {failure ? <LoadError error={failure} /> : null}
      <FormField name="calendarFeed" label={t('settings.calendar.address')} hint={t('settings.calendar.secret')}>
        {(control) => <input {...control} className="input" readOnly value={absolute} onFocus={(event) => event.currentTarget.select()} />}
      </FormField>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('settings.calendar.copy')}
        </button>
        <button type="button" className="button button--warning" onClick={() => void renew()} disabled={loading}>
          {t('settings.calendar.renew')}
        </button>
      </div>
    </section>
  );
}

const PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;

function PasswordForm() {
  const { t } = useTranslation();
  const [change, { loading }] = useMutation(CHANGE_PASSWORD);
  const [saved, setSaved] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const labels = { currentPassword: t('settings.password.current'), newPassword: t('settings.password.new') };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const currentPassword = String(values.get('currentPassword') ?? '');
    const newPassword = String(values.get('newPassword') ?? '');
    const missing: Record<string, string> = {};
    if (!currentPassword) missing.currentPassword = t('signIn.required', { field: labels.currentPassword.toLowerCase() });
    if (!newPassword) missing.newPassword = t('signIn.required', { field: labels.newPassword.toLowerCase() });
    if (Object.keys(missing).length > 0) return setErrors({ fields: missing, general: [] });
    try {
      await change({ variables: { currentPassword, newPassword } });
      form.reset();
      setErrors(NO_ERRORS);
      setSaved(t('settings.password.saved'));
    } catch (caught) {
      setSaved(null);
      setErrors(formErrorsOf(caught, t, PASSWORD_FIELDS));
    }
  };
  return (
    <section aria-labelledby="losenord-rubrik" className="section">
      <h2 id="losenord-rubrik">{t('settings.password.title')}</h2>
      <Saved text={saved} />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form onSubmit={submit} noValidate>
        <FormField name="currentPassword" label={labels.currentPassword} error={errors.fields.currentPassword}>
          {(control) => <input {...control} name="currentPassword" type="password" autoComplete="current-password" className="input" />}
        </FormField>
        <FormField name="newPassword" label={labels.newPassword} hint={t('settings.password.rules')} error={errors.fields.newPassword}>
          {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" className="input" />}
        </FormField>
        <button type="submit" className="button" disabled={loading}>
          {t('settings.password.save')}
        </button>
      </form>
    </section>
  );
}
