import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';
import { graphql } from '../../gql';
import type { AgencyChoiceFragment as AgencyChoice } from '../../gql/graphql';
import { languageOf } from '../../i18n/language';

/** What a choice of agency shows: its names and code. */
export const AGENCY_CHOICE = graphql(`
  fragment AgencyChoice on Agency {
    id
    code
    nameSv
    nameEn
  }
`);

/** An agency's name in the reader's language, with its code. */
export function useAgencyName(): (agency: AgencyChoice) => string {
  const { i18n } = useTranslation();
  const english = languageOf(i18n.language) === 'EN';
  return (agency) => `${english ? agency.nameEn : agency.nameSv} (${agency.code})`;
}

/** A labelled choice of agency, with "Välj myndighet" first. */
export function AgencySelect({
  name,
  label,
  agencies,
  error,
  defaultValue = '',
}: {
  name: string;
  label: string;
  agencies: readonly AgencyChoice[];
  error?: string;
  defaultValue?: string | null;
}) {
  const { t } = useTranslation();
  const agencyName = useAgencyName();
  return (
    <FormField name={name} label={label} error={error}>
      {(control) => (
        <select {...control} name={name} className="select" defaultValue={defaultValue ?? ''}>
          <option value="">{t('adminPeople.chooseAgency')}</option>
          {agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agencyName(agency)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
