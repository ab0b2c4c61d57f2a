import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../../app/session';
import { isNotFound } from '../../errors/api-errors';
import type { GoalPageQuery } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { languageOf } from '../../i18n/language';
import '../../styles/pages.css';
import '../../styles/goals.css';
import { NotFoundPage } from '../status-pages/not-found-page';
import { AssessmentForm } from './assessment-form';
import { LackingEntries } from './follow-up-lacking';
import { YEAR_PARAM, agencyName, followUpYear, mayWriteGoalsOf, yearsOfPlan } from './goal-choices';
import { referenceText, yearlyFigures } from './goal-figures';
import { GOAL_PAGE } from './goal-queries';
import { IndicatorChart, IndicatorTable } from './indicator-chart';
import { CorrectMeasurementForm, RecordMeasurementForm } from './measurement-forms';
import { MeasurementHistory } from './measurement-history';
import { ScrollTable } from '../../components/scroll-table';

type Goal = GoalPageQuery['goal'];
type Indicator = Goal['indicators'][number];

/** `/mal/:goalId[?ar=]`: a goal, its indicators with their figures over the years, the yearly assessment and what the year's follow-up lacks. */
export function Component() {
  const { goalId } = useParams();
  const { t, i18n } = useTranslation();
  const { me, plan: chosenPlan, plans } = useSession();
  const [params, setParams] = useSearchParams();
  const [flash, setFlash] = useState<string | null>(null);
  const chosenYears = chosenPlan ? yearsOfPlan(chosenPlan) : [];
  const year = followUpYear(params.get(YEAR_PARAM), chosenYears);
  const { data, error } = useQuery(GOAL_PAGE, { variables: { goalId: goalId ?? '', year }, skip: !goalId });

  if (!goalId || isNotFound(error)) return <NotFoundPage />;
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;
  const { goal } = data;
  const goalPlan = plans.find((candidate) => candidate.id === goal.planId);
  const years = goalPlan ? yearsOfPlan(goalPlan) : chosenYears;
  const mayWrite = mayWriteGoalsOf(me, goal.agency.id);
  const agency = agencyName(goal.agency, languageOf(i18n.language) === 'EN');
  const saved = (message: string) => setFlash(message);
  const assessment = goal.assessments.find((candidate) => candidate.year === year);

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/mal?myndighet=${goal.agency.id}`}>{t('goals.backTo', { agency })}</Link>
      </p>
      <PageHeading title={goal.title}>{goal.title}</PageHeading>
      {!mayWrite && <p className="notice">{t('goals.readOnly', { agency })}</p>}
      {flash && (
        <p className="notice notice--success" role="status">
          {flash}
        </p>
      )}
      <dl className="summary-list">
        <dt>{t('goals.fields.agency')}</dt>
        <dd>{agency}</dd>
        <dt>{t('goals.fields.statement')}</dt>
        <dd className="preserve-lines">{goal.statement}</dd>
        {goal.scope && (
          <>
            <dt>{t('goals.fields.scope')}</dt>
            <dd>{goal.scope}</dd>
          </>
        )}
        <dt>{t('goals.fields.area')}</dt>
        <dd>{goal.developmentArea ? `${goal.developmentArea.number}. ${goal.developmentArea.title}` : t('common.notSet')}</dd>
        <dt>{t('goals.fields.perspectives')}</dt>
        <dd>{goal.perspectives.length === 0 ? t('common.none') : goal.perspectives.map((perspective) => perspective.title).join(', ')}</dd>
        <dt>{t('goals.fields.firstYear')}</dt>
        <dd>{goal.firstYear ?? years[0] ?? t('common.notSet')}</dd>
      </dl>

      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <div className="form-group filters__field">
          <label className="label" htmlFor="falt-ar">
            {t('goals.yearChooser')}
          </label>
          <select id="falt-ar" className="select" value={year} onChange={(event) => setParams({ [YEAR_PARAM]: event.target.value }, { replace: true })}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      </form>

      <section aria-labelledby="saknas-rubrik" className="section">
        <h2 id="saknas-rubrik">{t('goals.lacking.title', { year })}</h2>
        <FollowUpLacking goal={goal} year={year} />
      </section>

      <section aria-labelledby="indikatorer-rubrik" className="section">
        <h2 id="indikatorer-rubrik">{t('goals.indicators')}</h2>
        {goal.indicators.length === 0 && <p>{t('goals.noIndicators')}</p>}
        {goal.indicators.map((indicator) => (
          <IndicatorSection key={indicator.id} indicator={indicator} years={years} year={year} mayWrite={mayWrite} onSaved={saved} />
        ))}
      </section>

      <section aria-labelledby="bedomning-rubrik" className="section">
        <h2 id="bedomning-rubrik">{t('goals.assessment.title')}</h2>
        {goal.assessments.length === 0 ? (
          <p>{t('goals.assessment.none')}</p>
        ) : (
          <ScrollTable label={t('goals.assessment.caption', { goal: goal.title })}>
            <table>
              <caption className="visually-hidden">{t('goals.assessment.caption', { goal: goal.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('goals.chart.year')}</th>
                  <th scope="col">{t('goals.assessment.outcome')}</th>
                  <th scope="col">{t('goals.assessment.justification')}</th>
                  <th scope="col">{t('goals.assessment.assessedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {goal.assessments.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.year}</th>
                    <td>{t(`goals.outcome.${row.outcome}`)}</td>
                    <td className="preserve-lines">{row.justification || t('common.none')}</td>
                    <td className="nowrap">{formatDateTime(row.assessedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
        {mayWrite && <AssessmentForm key={year} goalId={goal.id} year={year} current={assessment} onSaved={saved} />}
      </section>
    </>
  );
}

/** The API's list of what the year's follow-up of the goal lacks. */
function FollowUpLacking({ goal, year }: { goal: Goal; year: number }) {
  const { t } = useTranslation();
  const lacking = goal.followUp;
  if (!lacking) return <p>{t('goals.lacking.notFollowedUp', { year: goal.firstYear })}</p>;
  if (!lacking.assessmentMissing && lacking.indicatorsWithoutMeasurement.length === 0) return <p>{t('goals.lacking.complete', { year })}</p>;
  return (
    <ul className="list lacking-list">
      <LackingEntries year={year} assessmentMissing={lacking.assessmentMissing} indicators={lacking.indicatorsWithoutMeasurement} />
    </ul>
  );
}

function IndicatorSection({
  indicator,
  years,
  year,
  mayWrite,
  onSaved,
}: {
  indicator: Indicator;
  years: readonly number[];
  year: number;
  mayWrite: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = `indikator-${indicator.id}`;
  const figures = yearlyFigures(t, indicator, years);
  const current = indicator.history.filter((measurement) => !measurement.supersededById);
  return (
    <article className="indicator" aria-labelledby={headingId}>
      <h3 id={headingId}>{indicator.name}</h3>
      <dl className="summary-list">
        <dt>{t('goals.indicator.kind')}</dt>
        <dd>{t(`goals.unit.${indicator.unit}`)}</dd>
        <dt>{t('goals.indicator.direction')}</dt>
        <dd>{t(`goals.direction.${indicator.direction}`)}</dd>
        <dt>{t('goals.indicator.baseline')}</dt>
        <dd>{referenceText(t, figures.baseline)}</dd>
        <dt>{t('goals.indicator.target')}</dt>
        <dd>{referenceText(t, figures.target)}</dd>
        <dt>{t('goals.indicator.source')}</dt>
        <dd>
          {t(`goals.source.${indicator.sourceKind}`)}
          {indicator.sourceDescription && `: ${indicator.sourceDescription}`}
        </dd>
      </dl>

      <h4>{t('goals.chart.title')}</h4>
      <div className="chart-and-table">
        <IndicatorChart figures={figures} unit={indicator.unit} />
        <IndicatorTable figures={figures} caption={t('goals.chart.caption', { indicator: indicator.name })} />
      </div>

      <MeasurementHistory unit={indicator.unit} history={indicator.history} caption={t('goals.measurements.caption', { indicator: indicator.name })} />
      {mayWrite && (
        <>
          <details className="form-disclosure">
            <summary>
              {t('goals.forms.recordHeading')}
              <span className="visually-hidden"> – {indicator.name}</span>
            </summary>
            <RecordMeasurementForm indicator={indicator} years={years} defaultYear={year} onSaved={onSaved} />
          </details>
          {current.length > 0 && (
            <details className="form-disclosure">
              <summary>
                {t('goals.forms.correctHeading')}
                <span className="visually-hidden"> – {indicator.name}</span>
              </summary>
              <CorrectMeasurementForm indicator={indicator} current={current} onSaved={onSaved} />
            </details>
          )}
        </>
      )}
    </article>
  );
}
