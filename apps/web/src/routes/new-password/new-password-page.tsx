import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { SignedOutShell } from '../../app/frame';
import { FormField } from '../../components/form-field';
import { ErrorSummary } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import { graphql } from '../../gql';

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

const FIELDS = ['newPassword', 'token'] as const;

/** `/nytt-losenord?token=`: the page of the one-time link an administrator e-mailed; open to anyone holding the link. */
export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const location = useLocation();
  const token = params.get('token') ?? (location.state as { token?: string } | null)?.token ?? '';
  // The secret leaves the address bar (and what is shown or shared of it) at once; the history entry keeps it for a reload.
  useEffect(() => {
    if (params.has('token')) navigate('/nytt-losenord', { replace: true, state: { token } });
  }, [params, navigate, token]);
  const [reset, { loading }] = useMutation(RESET_PASSWORD);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const labels = { newPassword: t('newPassword.password'), token: t('newPassword.link') };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get('newPassword') ?? '');
    if (!newPassword) return setErrors({ fields: { newPassword: t('signIn.required', { field: labels.newPassword.toLowerCase() }) }, general: [] });
    try {
      await reset({ variables: { token, newPassword } });
      navigate('/logga-in?nytt-losenord=ja', { replace: true });
    } catch (caught) {
      setErrors(formErrorsOf(caught, t, FIELDS));
    }
  };
  return (
    <SignedOutShell>
      <div className="narrow">
        <PageHeading title={t('newPassword.title')}>{t('newPassword.title')}</PageHeading>
        {!token || errors.fields.token ? (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">{t('newPassword.linkInvalidTitle')}</p>
            <p>{t('newPassword.linkInvalid')}</p>
            <p>
              <Link to="/logga-in">{t('newPassword.toSignIn')}</Link>
            </p>
          </div>
        ) : (
          <>
            <p>{t('newPassword.intro')}</p>
            <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
            <form onSubmit={submit} noValidate>
              <FormField name="newPassword" label={labels.newPassword} hint={t('settings.password.rules')} error={errors.fields.newPassword}>
                {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" className="input" />}
              </FormField>
              <button type="submit" className="button" disabled={loading}>
                {t('newPassword.save')}
              </button>
            </form>
          </>
        )}
      </div>
    </SignedOutShell>
  );
}
