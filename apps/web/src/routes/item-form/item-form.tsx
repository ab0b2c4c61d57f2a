import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';
import { ErrorSummary, fieldId } from '../../components/messages';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import type { ItemFormChoicesFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n/format';
import { languageOf } from '../../i18n/language';

export interface ItemFormValues {
  title: string;
  description: string;
  groupId: string;
  developmentAreaId: string;
  subTopicId: string;
  leadAgencyId: string;
  participatingAgencyIds: string[];
  ownerId: string;
  startDate: string;
  dueDate: string;
  perspectiveIds: string[];
  weight: string;
}

/** The fields the API may name in a refusal, as this form calls them. */
export const ITEM_FORM_FIELDS = [
  'title',
  'description',
  'groupId',
  'developmentAreaId',
  'subTopicId',
  'leadAgencyId',
  'participatingAgencyIds',
  'ownerId',
  'startDate',
  'dueDate',
  'perspectiveIds',
  'weight',
  'parentId',
] as const;

export const emptyItem = (overrides: Partial<ItemFormValues> = {}): ItemFormValues => ({
  title: '',
  description: '',
  groupId: '',
  developmentAreaId: '',
  subTopicId: '',
  leadAgencyId: '',
  participatingAgencyIds: [],
  ownerId: '',
  startDate: '',
  dueDate: '',
  perspectiveIds: [],
  weight: '',
  ...overrides,
});

/** The input the API takes: empty optional fields left out, the weight a number. */
export function itemInput(values: ItemFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    developmentAreaId: values.developmentAreaId,
    subTopicId: values.subTopicId || null,
    leadAgencyId: values.leadAgencyId,
    participatingAgencyIds: values.participatingAgencyIds,
    ownerId: values.ownerId,
    startDate: values.startDate || null,
    dueDate: values.dueDate || null,
    perspectiveIds: values.perspectiveIds,
    weight: values.weight === '' ? null : Number(values.weight),
  };
}

interface ItemFormProps {
  plan: ItemFormChoicesFragment;
  initial: ItemFormValues;
  /** Groups the person may choose (creating); none when the group is fixed (a sub-item, an edit). */
  groupChoices: readonly { id: string; number: number; name: string }[];
  isSubItem: boolean;
  submitLabel: string;
  onSubmit: (values: ItemFormValues) => Promise<unknown>;
}

/**
 * One column, labels above the fields. The browser only checks that the
 * required fields are filled; everything else is the API's to say, and its
 * refusal is shown on the field it names.
 */
export function ItemForm({ plan, initial, groupChoices, isSubItem, submitLabel, onSubmit }: ItemFormProps) {
  const { t, i18n } = useTranslation();
  const english = languageOf(i18n.language) === 'EN';
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof ItemFormValues>(key: K, value: ItemFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const toggle = (key: 'participatingAgencyIds' | 'perspectiveIds', id: string) =>
    set(key, values[key].includes(id) ? values[key].filter((value) => value !== id) : [...values[key], id]);

  const group = plan.groups.find((candidate) => candidate.id === values.groupId);
  const subTopics = plan.developmentAreas.find((area) => area.id === values.developmentAreaId)?.subTopics ?? [];
  const owners = group?.memberships.map((membership) => membership.user) ?? [];
  const labels: Record<string, string> = {
    title: t('item.fields.title'),
    description: t('item.fields.description'),
    groupId: t('item.fields.group'),
    developmentAreaId: t('item.fields.area'),
    subTopicId: t('subTopic.label'),
    leadAgencyId: t('item.fields.leadAgency'),
    participatingAgencyIds: t('item.fields.participating'),
    ownerId: t('item.fields.owner'),
    startDate: t('item.fields.startDate'),
    dueDate: t('item.fields.dueDate'),
    perspectiveIds: t('item.fields.perspectives'),
    weight: t('item.fields.weight'),
    parentId: t('item.fields.parent'),
  };
  const dateHint = t('itemForm.dateHint', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = ['title', 'groupId', 'developmentAreaId', 'leadAgencyId', 'ownerId'] as const;
    const missing = Object.fromEntries(
      required.filter((field) => values[field].trim() === '').map((field) => [field, t('signIn.required', { field: labels[field]!.toLowerCase() })]),
    );
    if (Object.keys(missing).length > 0) return setErrors({ fields: missing, general: [] });
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      setErrors(formErrorsOf(error, t, ITEM_FORM_FIELDS));
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="narrow">
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <FormField name="title" label={labels.title} error={errors.fields.title}>
        {(control) => <input {...control} className="input" value={values.title} onChange={(event) => set('title', event.target.value)} />}
      </FormField>
      <FormField name="description" label={labels.description} hint={t('common.optional')} error={errors.fields.description}>
        {(control) => <textarea {...control} className="textarea" value={values.description} onChange={(event) => set('description', event.target.value)} />}
      </FormField>
      {groupChoices.length > 0 && (
        <FormField name="groupId" label={labels.groupId} error={errors.fields.groupId}>
          {(control) => (
            <select {...control} value={values.groupId} onChange={(event) => setValues((current) => ({ ...current, groupId: event.target.value, ownerId: '' }))}>
              <option value="">{t('itemForm.choose')}</option>
              {groupChoices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {t('plan.groupNumber', { number: choice.number })}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField name="ownerId" label={labels.ownerId} hint={group ? undefined : t('itemForm.chooseGroupFirst')} error={errors.fields.ownerId}>
        {(control) => (
          <select {...control} value={values.ownerId} onChange={(event) => set('ownerId', event.target.value)}>
            <option value="">{t('itemForm.choose')}</option>
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.displayName}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField name="developmentAreaId" label={labels.developmentAreaId} error={errors.fields.developmentAreaId}>
        {(control) => (
          <select
            {...control}
            value={values.developmentAreaId}
            // A sub-topic belongs to one area: another area starts without one.
            onChange={(event) => setValues((current) => ({ ...current, developmentAreaId: event.target.value, subTopicId: '' }))}
          >
            <option value="">{t('itemForm.choose')}</option>
            {plan.developmentAreas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.number}. {area.title}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {subTopics.length > 0 && (
        <FormField name="subTopicId" label={labels.subTopicId} error={errors.fields.subTopicId}>
          {(control) => (
            <select {...control} value={values.subTopicId} onChange={(event) => set('subTopicId', event.target.value)}>
              <option value="">{t('subTopic.none')}</option>
              {subTopics.map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField name="leadAgencyId" label={labels.leadAgencyId} error={errors.fields.leadAgencyId}>
        {(control) => (
          <select {...control} value={values.leadAgencyId} onChange={(event) => set('leadAgencyId', event.target.value)}>
            <option value="">{t('itemForm.choose')}</option>
            {plan.agencies.map(({ agency }) => (
              <option key={agency.id} value={agency.id}>
                {english ? agency.nameEn : agency.nameSv}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <CheckboxGroup
        name="participatingAgencyIds"
        legend={labels.participatingAgencyIds!}
        error={errors.fields.participatingAgencyIds}
        options={plan.agencies.map(({ agency }) => ({ id: agency.id, label: english ? agency.nameEn : agency.nameSv }))}
        checked={values.participatingAgencyIds}
        onToggle={(id) => toggle('participatingAgencyIds', id)}
      />
      <FormField name="startDate" label={labels.startDate} hint={dateHint} error={errors.fields.startDate}>
        {(control) => <input {...control} type="date" className="input input--short" value={values.startDate} onChange={(event) => set('startDate', event.target.value)} />}
      </FormField>
      <FormField name="dueDate" label={labels.dueDate} hint={dateHint} error={errors.fields.dueDate}>
        {(control) => <input {...control} type="date" className="input input--short" value={values.dueDate} onChange={(event) => set('dueDate', event.target.value)} />}
      </FormField>
      <CheckboxGroup
        name="perspectiveIds"
        legend={labels.perspectiveIds!}
        error={errors.fields.perspectiveIds}
        options={plan.perspectives.map((perspective) => ({ id: perspective.id, label: perspective.title }))}
        checked={values.perspectiveIds}
        onToggle={(id) => toggle('perspectiveIds', id)}
      />
      {isSubItem && (
        <FormField name="weight" label={labels.weight} hint={t('itemForm.weightHint')} error={errors.fields.weight}>
          {(control) => <input {...control} inputMode="numeric" className="input input--short" value={values.weight} onChange={(event) => set('weight', event.target.value)} />}
        </FormField>
      )}
      <button type="submit" className="button" disabled={saving}>
        {saving ? t('common.saving') : submitLabel}
      </button>
    </form>
  );
}

function CheckboxGroup({
  name,
  legend,
  error,
  options,
  checked,
  onToggle,
}: {
  name: string;
  legend: string;
  error?: string;
  options: { id: string; label: string }[];
  checked: readonly string[];
  onToggle: (id: string) => void;
}) {
  const { t } = useTranslation();
  const errorId = error ? `${fieldId(name)}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset aria-describedby={errorId} id={fieldId(name)} tabIndex={-1}>
        <legend>
          {legend} <span className="hint-inline">{t('common.optional')}</span>
        </legend>
        {error && (
          <p className="error-message" id={errorId}>
            {error}
          </p>
        )}
        {options.map((option) => (
          <div className="checkbox" key={option.id}>
            <input id={`${name}-${option.id}`} type="checkbox" checked={checked.includes(option.id)} onChange={() => onToggle(option.id)} />
            <label htmlFor={`${name}-${option.id}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
