import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';
import type { UserRole } from '../../gql/graphql';

export const USER_ROLES: readonly UserRole[] = ['ADMINISTRATOR', 'AGENCY_REPRESENTATIVE', 'OBSERVER'];

/** The fields a person has in both the new-person form and their page: name, title and roles held regardless of group. */
export function PersonFields({
  values,
  errors,
}: {
  values?: { displayName: string; title?: string | null; roles: readonly UserRole[] };
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormField name="displayName" label={t('adminPeople.name')} error={errors.displayName}>
        {(control) => <input {...control} name="displayName" defaultValue={values?.displayName} autoComplete="off" className="input" />}
      </FormField>
      <FormField name="title" label={t('adminPeople.jobTitle')} hint={t('adminPeople.optional')} error={errors.title}>
        {(control) => <input {...control} name="title" defaultValue={values?.title ?? ''} className="input" />}
      </FormField>
      <fieldset className="fieldset" aria-describedby="roller-hint">
        <legend>{t('adminPeople.roles')}</legend>
        <p className="hint" id="roller-hint">
          {t('adminPeople.rolesHint')}
        </p>
        {USER_ROLES.map((role) => (
          <div key={role} className="checkbox">
            <input type="checkbox" id={`roll-${role}`} name="roles" value={role} defaultChecked={values?.roles.includes(role)} />
            <label htmlFor={`roll-${role}`}>{t(`roles.${role}`)}</label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

/** The person fields of a submitted form, as the API takes them. */
export function personFieldsOf(form: FormData): { displayName: string; title: string | null; roles: UserRole[] } {
  const title = String(form.get('title') ?? '').trim();
  return {
    displayName: String(form.get('displayName') ?? '').trim(),
    title: title || null,
    roles: form.getAll('roles').map(String) as UserRole[],
  };
}
