import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';

/** What an agency has in both the new-agency form and its page: its names and functional mailbox. */
export function AgencyFields({ values, errors }: { values?: { nameSv: string; nameEn: string; contactEmail?: string | null }; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <FormField name="nameSv" label={t('adminAgencies.nameSv')} error={errors.nameSv}>
        {(control) => <input {...control} name="nameSv" defaultValue={values?.nameSv} className="input" />}
      </FormField>
      <FormField name="nameEn" label={t('adminAgencies.nameEn')} error={errors.nameEn}>
        {(control) => <input {...control} name="nameEn" lang="en" defaultValue={values?.nameEn} className="input" />}
      </FormField>
      <FormField name="contactEmail" label={t('adminAgencies.contactEmail')} hint={t('adminAgencies.contactEmailHint')} error={errors.contactEmail}>
        {(control) => <input {...control} name="contactEmail" type="email" defaultValue={values?.contactEmail ?? ''} className="input" />}
      </FormField>
    </>
  );
}

export function agencyFieldsOf(form: FormData): { nameSv: string; nameEn: string; contactEmail: string | null } {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return { nameSv: text('nameSv'), nameEn: text('nameEn'), contactEmail: text('contactEmail') || null };
}

export const AGENCY_LABEL_KEYS = {
  code: 'adminAgencies.code',
  nameSv: 'adminAgencies.nameSv',
  nameEn: 'adminAgencies.nameEn',
  contactEmail: 'adminAgencies.contactEmail',
} as const;
