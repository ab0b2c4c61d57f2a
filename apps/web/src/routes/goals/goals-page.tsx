import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../../app/session';
import type { GoalsPageQuery } from '../../gql/graphql';
import { languageOf } from '../../i18n/language';
import '../../styles/pages.css';
import '../../styles/goals.css';
import { LackingEntries } from './follow-up-lacking';
import { AGENCY_PARAM, YEAR_PARAM, agencyName, followUpYear, yearsOfPlan } from './goal-choices';
import { GOALS_PAGE } from './goal-queries';
import { ScrollTable } from '../../components/scroll-table';

/** `/mal[?myndighet=&ar=]`: an agency's goals in the chosen plan (the person's own agency unless another is chosen) and what their follow-up for the year lacks. */
export function Component() {
  const { t, i18n } = useTranslation();
  const { me, plan } = useSession();
  const [params, setParams] = useSearchParams();
  const years = plan ? yearsOfPlan(plan) : [];
  const year = followUpYear(params.get(YEAR_PARAM), years);
  const agencyId = params.get(AGENCY_PARAM) || me.agency.id;
  const { data, previousData, error, loading } = useQuery(GOALS_PAGE, { variables: { planId: plan?.id ?? '', agencyId, year }, skip: !plan });
  const english = languageOf(i18n.language) === 'EN';
  const heading = <PageHeading title={t('goals.title')}>{t('goals.title')}</PageHeading>;

  if (!plan) {
    return (
      <>
        {heading}
        <p>{t('goals.noPlan')}</p>
      </>
    );
  }
  // The previous answer stays on screen while another agency or year is fetched, so the choosers keep their focus.
  const shown = data ?? previousData;
  if (error) {
    return (
      <>
        {heading}
        <LoadError error={error} />
      </>
    );
  }
  if (!shown) {
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  }

  const agencies = shown.plan.agencies.map(({ agency }) => agency);
  const chosen = agencies.find((agency) => agency.id === agencyId);
  const name = chosen ? agencyName(chosen, english) : '';
  const choose = (param: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(param, value);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeading title={t('goals.title')}>
        {t('goals.title')} <span className="heading-context">{shown.plan.title}</span>
      </PageHeading>
      <p className="hint">{t('goals.intro')}</p>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <div className="form-group filters__field">
          <label className="label" htmlFor="falt-myndighet">
            {t('goals.agencyChooser')}
          </label>
          <select id="falt-myndighet" className="select" value={chosen ? agencyId : ''} onChange={(event) => choose(AGENCY_PARAM, event.target.value)}>
            {!chosen && <option value="">{t('goals.chooseAgency')}</option>}
            {agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agencyName(agency, english)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group filters__field">
          <label className="label" htmlFor="falt-ar">
            {t('goals.yearChooser')}
          </label>
          <select id="falt-ar" className="select" value={year} onChange={(event) => choose(YEAR_PARAM, event.target.value)}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        {loading && (
          <p role="status" className="hint">
            {t('app.loading')}
          </p>
        )}
      </form>

      {chosen && (
        <>
          <section aria-labelledby="mal-rubrik" className="section">
            <h2 id="mal-rubrik">{t('goals.listTitle', { agency: name })}</h2>
            <GoalTable goals={shown.goals.nodes} year={year} agency={name} />
          </section>
          <section aria-labelledby="saknas-rubrik" className="section">
            <h2 id="saknas-rubrik">{t('goals.lacking.title', { year })}</h2>
            <LackingList due={shown.followUpDue.nodes} year={year} />
          </section>
        </>
      )}
    </>
  );
}

function GoalTable({ goals, year, agency }: { goals: GoalsPageQuery['goals']['nodes']; year: number; agency: string }) {
  const { t } = useTranslation();
  if (goals.length === 0) return <p>{t('goals.noGoals', { agency })}</p>;
  return (
    <ScrollTable label={t('goals.listTitle', { agency })}>
      <table>
        <caption className="visually-hidden">{t('goals.listTitle', { agency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('goals.columns.goal')}</th>
            <th scope="col">{t('goals.fields.area')}</th>
            <th scope="col" className="numeric">
              {t('goals.columns.indicators')}
            </th>
            <th scope="col">{t('goals.columns.assessment', { year })}</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((goal) => {
            const assessment = goal.assessments.find((candidate) => candidate.year === year);
            return (
              <tr key={goal.id}>
                <th scope="row">
                  <Link to={`/mal/${goal.id}?${YEAR_PARAM}=${year}`}>{goal.title}</Link>
                  {goal.scope && <span className="hint goal-scope">{goal.scope}</span>}
                </th>
                <td>{goal.developmentArea ? `${goal.developmentArea.number}. ${goal.developmentArea.title}` : t('common.notSet')}</td>
                <td className="numeric">{goal.indicators.length}</td>
                <td>{assessment ? t(`goals.outcome.${assessment.outcome}`) : t('goals.notAssessed')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** The API's followUpDue: each goal whose follow-up for the year still lacks its assessment or a measurement. */
function LackingList({ due, year }: { due: GoalsPageQuery['followUpDue']['nodes']; year: number }) {
  const { t } = useTranslation();
  if (due.length === 0) return <p>{t('goals.lacking.allComplete', { year })}</p>;
  return (
    <ul className="list lacking-list">
      {due.map((entry) => (
        <li key={entry.goal.id}>
          <Link to={`/mal/${entry.goal.id}?${YEAR_PARAM}=${year}`}>{entry.goal.title}</Link>
          <ul>
            <LackingEntries year={year} assessmentMissing={entry.assessmentMissing} indicators={entry.indicatorsWithoutMeasurement} />
          </ul>
        </li>
      ))}
    </ul>
  );
}
