import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HealthTag, StatusTag } from '../../components/status';
import type { TreeItemFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n/format';
import { PlanListPage } from './plan-list-page';
import { ScrollTable } from '../../components/scroll-table';

const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The years of the plan period, for the scale above the bars. */
function yearsOf(periodStart: string, periodEnd: string): number[] {
  const years: number[] = [];
  for (let year = Number(periodStart.slice(0, 4)); year <= Number(periodEnd.slice(0, 4)); year += 1) years.push(year);
  return years;
}

/** Where an item's bar starts and how long it is, as percentages of the plan period. */
function barOf(item: TreeItemFragment, periodStart: string, periodEnd: string): { left: number; width: number } | null {
  if (!item.startDate && !item.dueDate) return null;
  const from = time(periodStart);
  const span = time(periodEnd) + DAY - from;
  const start = time(item.startDate ?? item.dueDate!);
  const end = time(item.dueDate ?? item.startDate!) + DAY;
  const left = Math.min(100, Math.max(0, ((start - from) / span) * 100));
  const right = Math.min(100, Math.max(0, ((end - from) / span) * 100));
  return { left, width: Math.max(0.8, right - left) };
}

/**
 * `/plan/:planId/tidslinje`: the same items and filters as the tree, by start
 * and due date. It is a table: the dates are text in their own columns, and
 * the bar beside them only draws what they say.
 */
export function Component() {
  const { t } = useTranslation();
  return (
    <PlanListPage title={t('timeline.title')}>
      {({ plan, items }) => (
        <ScrollTable label={t('timeline.caption', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}>
          <table className="timeline">
            <caption>{t('timeline.caption', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.columns.title')}</th>
                <th scope="col">{t('plan.columns.start')}</th>
                <th scope="col">{t('plan.columns.due')}</th>
                <th scope="col">{t('plan.columns.status')}</th>
                <th scope="col" className="timeline__scale-header">
                  <span className="visually-hidden">{t('timeline.bar')}</span>
                  <span className="timeline__years" aria-hidden="true">
                    {yearsOf(plan.periodStart, plan.periodEnd).map((year) => (
                      <span key={year}>{year}</span>
                    ))}
                  </span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.nodes.map((item) => {
                const bar = barOf(item, plan.periodStart, plan.periodEnd);
                return (
                  <tr key={item.id}>
                    <th scope="row">
                      <Link to={`/atgarder/${item.id}`}>{item.title}</Link>
                    </th>
                    <td>{formatDate(item.startDate) || t('common.notSet')}</td>
                    <td>{formatDate(item.dueDate) || t('common.notSet')}</td>
                    <td>
                      <span className="tag-list">
                        <StatusTag status={item.status} />
                        <HealthTag health={item.health} />
                      </span>
                    </td>
                    <td className="timeline__track">
                      {bar ? (
                        <span
                          className={`timeline__bar timeline__bar--${item.health.toLowerCase().replace('_', '-')}`}
                          style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                          aria-hidden="true"
                        />
                      ) : (
                        <span className="hint">{t('timeline.noDates')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </PlanListPage>
  );
}
