import { useMutation } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';
import { ErrorSummary } from '../../components/messages';
import { type FormErrors, formErrorsOf } from '../../errors/api-errors';
import type { IndicatorUnit } from '../../gql/graphql';
import { type MeasurementLike, figureText } from './goal-figures';
import { CORRECT_MEASUREMENT, RECORD_MEASUREMENT } from './goal-queries';

const FIELDS = ['id', 'year', 'value', 'numerator', 'denominator', 'reason', 'note'] as const;
type Field = (typeof FIELDS)[number];
const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** A number as a person types it in Swedish ("2 800", "87,5"); anything else is left for the API to refuse. */
export function parseFigure(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

interface IndicatorForForm {
  id: string;
  name: string;
  unit: IndicatorUnit;
}

/**
 * The fields both forms share, named per indicator and form so that several
 * forms on the page keep their ids (and the error summary's links) apart.
 */
function useFigureForm(formKey: string) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const labels: Record<Field, string> = {
    id: t('goals.forms.measurement'),
    year: t('goals.chart.year'),
    value: t('goals.forms.value'),
    numerator: t('goals.forms.numerator'),
    denominator: t('goals.forms.denominator'),
    reason: t('goals.forms.reason'),
    note: t('goals.forms.note'),
  };
  const name = (field: Field) => `${formKey}-${field}`;
  const keyed = <V,>(record: Partial<Record<Field, V>>) => Object.fromEntries(Object.entries(record).map(([field, value]) => [name(field as Field), value])) as Record<string, V>;

  const field = (key: Field, control: (props: { id: string; name: string }) => ReactNode, hint?: string) => (
    <FormField name={name(key)} label={labels[key]} hint={hint} error={errors.fields[key]}>
      {(props) => control({ ...props, name: key })}
    </FormField>
  );

  const figureFields = (unit: IndicatorUnit, initial?: MeasurementLike) =>
    unit === 'RATIO' ? (
      <>
        {field('numerator', (props) => <input {...props} inputMode="numeric" className="input input--short" defaultValue={initial?.numerator ?? ''} />)}
        {field('denominator', (props) => <input {...props} inputMode="numeric" className="input input--short" defaultValue={initial?.denominator ?? ''} />)}
      </>
    ) : (
      field(
        'value',
        (props) => <input {...props} inputMode="decimal" className="input input--short" defaultValue={initial?.value ?? ''} />,
        unit === 'PERCENT' ? t('goals.forms.percentHint') : t('goals.forms.countHint'),
      )
    );

  const figureOf = (form: FormData, unit: IndicatorUnit) => {
    const number = (key: Field) => parseFigure(String(form.get(key) ?? ''));
    return unit === 'RATIO' ? { numerator: number('numerator'), denominator: number('denominator') } : { value: number('value') };
  };

  const summary = <ErrorSummary fields={keyed(errors.fields)} general={errors.general} labels={keyed(labels)} />;
  const refused = (error: unknown) => setErrors(formErrorsOf(error, t, FIELDS));
  return { t, field, figureFields, figureOf, summary, refused, clear: () => setErrors(NO_ERRORS) };
}

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

/** Recording a year's figure: a count or percentage, or for a ratio how many of how many. */
export function RecordMeasurementForm({ indicator, years, defaultYear, onSaved }: { indicator: IndicatorForForm; years: readonly number[]; defaultYear: number; onSaved: (message: string) => void }) {
  const { t, field, figureFields, figureOf, summary, refused, clear } = useFigureForm(`registrera-${indicator.id}`);
  const [record, { loading }] = useMutation(RECORD_MEASUREMENT, { refetchQueries: ['GoalPage'], awaitRefetchQueries: true });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const year = Number(form.get('year'));
    try {
      await record({ variables: { input: { indicatorId: indicator.id, year, ...figureOf(form, indicator.unit), note: text(form, 'note') } } });
      element.reset();
      clear();
      onSaved(t('goals.forms.recorded', { indicator: indicator.name, year }));
    } catch (error) {
      refused(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="narrow measurement-form">
      {summary}
      {field('year', (props) => (
        <select {...props} defaultValue={defaultYear}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      ))}
      {figureFields(indicator.unit)}
      {field('note', (props) => <input {...props} className="input" />, t('common.optional'))}
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.saving') : t('goals.forms.record')}
      </button>
    </form>
  );
}

/** Correcting a current figure: the corrected figure in full and why; the old one stays in the history as replaced. */
export function CorrectMeasurementForm({ indicator, current, onSaved }: { indicator: IndicatorForForm; current: readonly MeasurementLike[]; onSaved: (message: string) => void }) {
  const { t, field, figureFields, figureOf, summary, refused, clear } = useFigureForm(`ratta-${indicator.id}`);
  const [correct, { loading }] = useMutation(CORRECT_MEASUREMENT, { refetchQueries: ['GoalPage'], awaitRefetchQueries: true });
  // Until the person chooses, the latest figure recorded (also after a new one is recorded or this one corrected).
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = current.find((measurement) => measurement.id === chosenId) ?? current.at(-1);
  if (!chosen) return <p>{t('goals.measurements.none')}</p>;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await correct({
        variables: { input: { id: chosen.id, year: chosen.year, measuredOn: chosen.measuredOn, ...figureOf(form, indicator.unit), reason: text(form, 'reason'), note: text(form, 'note') } },
      });
      clear();
      onSaved(t('goals.forms.corrected', { indicator: indicator.name, year: chosen.year }));
    } catch (error) {
      refused(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="narrow measurement-form">
      {summary}
      {field('id', (props) => (
        <select {...props} value={chosen.id} onChange={(event) => setChosenId(event.target.value)}>
          {current.map((measurement) => (
            <option key={measurement.id} value={measurement.id}>
              {t('goals.forms.measurementOption', { year: measurement.year, figure: figureText(t, indicator.unit, measurement) })}
            </option>
          ))}
        </select>
      ))}
      {/* Keyed by the chosen figure so that its values fill the fields anew; the chooser keeps its focus. */}
      <div key={chosen.id}>
        {figureFields(indicator.unit, chosen)}
        {field('reason', (props) => <textarea {...props} className="textarea" />, t('goals.forms.reasonHint'))}
        {field('note', (props) => <input {...props} className="input" defaultValue={chosen.note} />, t('common.optional'))}
      </div>
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.saving') : t('goals.forms.correct')}
      </button>
    </form>
  );
}
