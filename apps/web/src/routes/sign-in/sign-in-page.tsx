import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { safeReturnPath } from '../../app/return-path';
import { SignedOutShell } from '../../app/frame';
import { FormField } from '../../components/form-field';
import { ErrorSummary } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import { graphql } from '../../gql';
import { i18nextCode, storeLanguage } from '../../i18n/language';

const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      expiresAt
      user {
        id
        language
      }
    }
  }
`);

const SIGN_IN_OPTIONS = graphql(`
  query SignInOptions {
    serviceInfo {
      singleSignOn
    }
  }
`);

const FIELDS = ['email', 'password'] as const;

/** Why the api's single sign-on sent the person back here (`?sso=`), each with its explanation in the catalog. */
const SSO_REFUSALS = ['okand-person', 'ogiltigt-svar', 'avbruten', 'misslyckades', 'ej-tillganglig'] as const;
type SsoRefusal = (typeof SSO_REFUSALS)[number];
const isSsoRefusal = (value: string | null): value is SsoRefusal => (SSO_REFUSALS as readonly (string | null)[]).includes(value);

/** `/logga-in?tillbaka=<path>`: sign in, then back to where the person was going. */
export function Component() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [signIn, { loading }] = useMutation(SIGN_IN);
  const options = useQuery(SIGN_IN_OPTIONS);
  const returnPath = safeReturnPath(params.get('tillbaka'));
  const ssoRefusal = params.get('sso');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const labels = { email: t('signIn.email'), password: t('signIn.password') };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const missing: Record<string, string> = {};
    if (!email) missing.email = t('signIn.required', { field: labels.email.toLowerCase() });
    if (!password) missing.password = t('signIn.required', { field: labels.password.toLowerCase() });
    if (Object.keys(missing).length > 0) return setErrors({ fields: missing, general: [] });
    try {
      const { data } = await signIn({ variables: { email, password } });
      if (!data) return;
      await client.clearStore();
      // The person's own choice of language wins over the one made before sign-in.
      storeLanguage(data.signIn.user.language);
      await i18n.changeLanguage(i18nextCode(data.signIn.user.language));
      navigate(returnPath, { replace: true });
    } catch (error) {
      setErrors(formErrorsOf(error, t, FIELDS));
    }
  };

  return (
    <SignedOutShell>
      <div className="narrow">
        <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
        {params.get('utgangen') && <p className="notice notice--info">{t('signIn.sessionExpired')}</p>}
        {params.get('utloggad') && <p className="notice notice--info">{t('frame.signedOut')}</p>}
        {params.get('nytt-losenord') && <p className="notice notice--success">{t('newPassword.saved')}</p>}
        {isSsoRefusal(ssoRefusal) && (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">{t('singleSignOn.refusedTitle')}</p>
            <p>{t(`singleSignOn.refused.${ssoRefusal}`)}</p>
          </div>
        )}
        <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
        {options.data?.serviceInfo.singleSignOn && (
          <>
            {/* A full navigation: the api sends the browser on to the agency's identity provider. */}
            <p>
              <a className="button" href={`/auth/oidc/start?${new URLSearchParams({ tillbaka: returnPath }).toString()}`}>
                {t('singleSignOn.button')}
              </a>
            </p>
            <p>{t('singleSignOn.or')}</p>
          </>
        )}
        <p>{t('signIn.intro')}</p>
        <form onSubmit={submit} noValidate>
          <FormField name="email" label={labels.email} error={errors.fields.email}>
            {(control) => <input {...control} name="email" type="email" autoComplete="username" spellCheck={false} className="input" />}
          </FormField>
          <FormField name="password" label={labels.password} error={errors.fields.password}>
            {(control) => <input {...control} name="password" type="password" autoComplete="current-password" className="input" />}
          </FormField>
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
      </div>
    </SignedOutShell>
  );
}
