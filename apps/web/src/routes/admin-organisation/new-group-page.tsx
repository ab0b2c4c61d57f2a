import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormField } from '../../components/form-field';
import { ErrorSummary, Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import type { GroupKind } from '../../gql/graphql';
import { useAdminForm } from '../admin-home/admin-form';
import { GROUP_LABEL_KEYS, GroupFields, groupFieldsOf } from './group-fields';
import { CREATE_GROUP, ORGANISATION_CHOICES } from './organisation-queries';
import { PlanSelect } from './plan-select';

const FIELDS = ['planId', 'kind', 'number', 'name', 'focus', 'coordinatingAgencyId'] as const;
const KINDS: readonly GroupKind[] = ['WORKING', 'STEERING'];

/** `/administration/grupper/ny`: a new steering or working group in a plan. */
export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const choices = useQuery(ORGANISATION_CHOICES);
  const [create, { loading }] = useMutation(CREATE_GROUP);
  const { errors, run, filled } = useAdminForm(FIELDS);
  const labels = Object.fromEntries(Object.entries(GROUP_LABEL_KEYS).map(([field, key]) => [field, t(key)]));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const planId = String(form.get('planId') ?? '');
    const numberText = String(form.get('number') ?? '').trim();
    const fields = groupFieldsOf(form);
    if (!filled({ planId, number: numberText, name: fields.name, focus: fields.focus }, labels)) return;
    await run(async () => {
      const input = { ...fields, planId, kind: String(form.get('kind')) as GroupKind, number: Number(numberText) };
      const { data } = await create({ variables: { input } });
      if (data) navigate(`/administration/grupper/${data.createGroup.id}`);
      return null;
    });
  };
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/administration/grupper">{t('adminGroups.title')}</Link>
      </p>
      <PageHeading title={t('adminGroups.add')}>{t('adminGroups.add')}</PageHeading>
      {choices.error && <LoadError error={choices.error} />}
      {!choices.data && !choices.error && <Loading />}
      {choices.data && (
        <>
          <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
          <form onSubmit={submit} noValidate>
            <PlanSelect plans={choices.data.plans} label={labels.planId!} error={errors.fields.planId} />
            <FormField name="kind" label={labels.kind!} error={errors.fields.kind}>
              {(control) => (
                <select {...control} name="kind" className="select" defaultValue="WORKING">
                  {KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`adminGroups.kinds.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField name="number" label={labels.number!} hint={t('adminGroups.numberHint')} error={errors.fields.number}>
              {(control) => <input {...control} name="number" inputMode="numeric" className="input input--short" />}
            </FormField>
            <GroupFields agencies={choices.data.agencies} errors={errors.fields} />
            <button type="submit" className="button" disabled={loading}>
              {t('adminGroups.create')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
