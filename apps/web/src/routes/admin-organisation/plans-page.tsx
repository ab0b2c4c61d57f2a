import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { formatDate } from '../../i18n/format';
import { PLANS } from './organisation-queries';

/** `/administration/planer`: every plan, its period and the agencies taking part. */
export function Component() {
  const { t } = useTranslation();
  const { data, error } = useQuery(PLANS, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeading title={t('adminPlans.title')}>{t('adminPlans.title')}</PageHeading>
      <p className="page-actions">
        <Link to="/administration/planer/ny" className="button">
          {t('adminPlans.add')}
        </Link>
      </p>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="table-wrapper">
          <table>
            <caption className="visually-hidden">{t('adminPlans.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminPlans.planTitle')}</th>
                <th scope="col">{t('adminPlans.key')}</th>
                <th scope="col">{t('adminPlans.period')}</th>
                <th scope="col">{t('adminPlans.agencies')}</th>
              </tr>
            </thead>
            <tbody>
              {data.plans.map((plan) => (
                <tr key={plan.id}>
                  <td>
                    <Link to={`/administration/planer/${plan.id}`}>{plan.title}</Link>
                  </td>
                  <td>{plan.key}</td>
                  <td className="nowrap">{t('adminPlans.periodValue', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}</td>
                  <td>{plan.agencies.map(({ agency }) => agency.code).join(', ') || t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
