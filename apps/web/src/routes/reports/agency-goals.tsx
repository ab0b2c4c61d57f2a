import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Loading, LoadError } from '../../components/messages';
import { graphql } from '../../gql';
import type { IndicatorUnit } from '../../gql/graphql';
import { formatNumber, formatPercent } from '../../i18n/format';
import { ScrollTable } from '../../components/scroll-table';

/** An agency has a handful of goals; 30 keeps the nested lists within the API's query cost. */
const AGENCY_GOALS = graphql(`
  query ReportAgencyGoals($planId: ID!, $agencyId: ID!, $year: Int!) {
    goals(planId: $planId, agencyId: $agencyId, year: $year, first: 30) {
      nodes {
        id
        title
        statement
        indicators {
          id
          name
          unit
          baselineValue
          baselineYear
          targetValue
          targetYear
          series {
            year
            value
          }
        }
        assessments {
          id
          year
          outcome
          justification
        }
      }
    }
  }
`);

function figure(unit: IndicatorUnit, value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (unit === 'PERCENT') return formatPercent(value);
  if (unit === 'RATIO') return formatPercent(value * 100);
  return formatNumber(value);
}

/** An agency follow-up accounts for the agency's goals: they are shown as they stand, read-only (they are changed on the goals' own pages). */
export function AgencyGoals({ planId, agencyId, year }: { planId: string; agencyId: string; year: number }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(AGENCY_GOALS, { variables: { planId, agencyId, year } });
  return (
    <section aria-labelledby="mal-rubrik" className="section agency-goals">
      <h2 id="mal-rubrik">{t('reports.goals.title', { year })}</h2>
      <p className="hint">{t('reports.goals.intro')}</p>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data?.goals.nodes.length === 0 && <p>{t('reports.goals.none')}</p>}
      {data?.goals.nodes.map((goal) => {
        const assessment = goal.assessments.find((entry) => entry.year === year);
        return (
          <section key={goal.id} aria-labelledby={`mal-${goal.id}`}>
            <h3 id={`mal-${goal.id}`}>{goal.title}</h3>
            <p>{goal.statement}</p>
            <p>
              <strong>{t('reports.goals.assessment')}:</strong>{' '}
              {assessment ? `${t(`reports.goals.outcome.${assessment.outcome}`)}. ${assessment.justification}` : t('reports.goals.notAssessed')}
            </p>
            {goal.indicators.length > 0 && (
              <ScrollTable label={t('reports.goals.indicators', { goal: goal.title })}>
                <table>
                  <caption>{t('reports.goals.indicators', { goal: goal.title })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('reports.goals.indicator')}</th>
                      <th scope="col">{t('reports.goals.baseline')}</th>
                      <th scope="col">{t('reports.goals.target')}</th>
                      <th scope="col">{t('reports.goals.measured', { year })}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {goal.indicators.map((indicator) => (
                      <tr key={indicator.id}>
                        <th scope="row">{indicator.name}</th>
                        <td>
                          {figure(indicator.unit, indicator.baselineValue)}
                          {indicator.baselineYear && ` (${indicator.baselineYear})`}
                        </td>
                        <td>
                          {figure(indicator.unit, indicator.targetValue)}
                          {indicator.targetYear && ` (${indicator.targetYear})`}
                        </td>
                        <td>{figure(indicator.unit, indicator.series.find((point) => point.year === year)?.value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            )}
          </section>
        );
      })}
    </section>
  );
}
