import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { AdminList, AdminTable } from '../admin-home/admin-list';
import { PLANS } from './organisation-queries';

/** `/administration/planer`: every plan, its period and the agencies taking part. */
export function Component() {
  const { t } = useTranslation();
  const { data, error } = useQuery(PLANS, { fetchPolicy: 'cache-and-network' });
  return (
    <AdminList title={t('adminPlans.title')} add={{ label: t('adminPlans.add'), to: '/administration/planer/ny' }} data={data} error={error}>
      {({ plans }) => (
        <AdminTable caption={t('adminPlans.title')} headings={[t('adminPlans.planTitle'), t('adminPlans.key'), t('adminPlans.period'), t('adminPlans.agencies')]}>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <td>
                <Link to={`/administration/planer/${plan.id}`}>{plan.title}</Link>
              </td>
              <td>{plan.key}</td>
              <td className="nowrap">{t('adminPlans.periodValue', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}</td>
              <td>{plan.agencies.map(({ agency }) => agency.code).join(', ') || t('common.none')}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </AdminList>
  );
}
