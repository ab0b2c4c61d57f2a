import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';
import { AgencySelect } from '../admin-home/agency-select';

/** What a group has in both the new-group form and its page: name, focus and coordinating agency. */
export function GroupFields({
  values,
  agencies,
  errors,
}: {
  values?: { name: string; focus: string; coordinatingAgencyId?: string | null };
  agencies: readonly { id: string; code: string; nameSv: string; nameEn: string }[];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormField name="name" label={t('adminGroups.name')} error={errors.name}>
        {(control) => <input {...control} name="name" defaultValue={values?.name} className="input" />}
      </FormField>
      <FormField name="focus" label={t('adminGroups.focus')} error={errors.focus}>
        {(control) => <textarea {...control} name="focus" defaultValue={values?.focus} className="textarea" />}
      </FormField>
      <AgencySelect
        name="coordinatingAgencyId"
        label={t('adminGroups.coordinatingAgency')}
        agencies={agencies}
        error={errors.coordinatingAgencyId}
        defaultValue={values?.coordinatingAgencyId}
      />
    </>
  );
}

/** The group fields of a submitted form. */
export function groupFieldsOf(form: FormData): { name: string; focus: string; coordinatingAgencyId: string | null } {
  return {
    name: String(form.get('name') ?? '').trim(),
    focus: String(form.get('focus') ?? '').trim(),
    coordinatingAgencyId: String(form.get('coordinatingAgencyId') ?? '') || null,
  };
}

export const GROUP_LABEL_KEYS = {
  planId: 'adminGroups.plan',
  kind: 'adminGroups.kind',
  number: 'adminGroups.number',
  name: 'adminGroups.name',
  focus: 'adminGroups.focus',
  coordinatingAgencyId: 'adminGroups.coordinatingAgency',
  agencyId: 'adminGroups.supportingAgency',
  contribution: 'adminGroups.contribution',
} as const;
