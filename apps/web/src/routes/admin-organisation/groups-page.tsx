import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminList, AdminTable } from '../admin-home/admin-list';
import { GROUPS } from './organisation-queries';

/** `/administration/grupper`: the steering group and working groups of every plan. */
export function Component() {
  const { t } = useTranslation();
  const { data, error } = useQuery(GROUPS, { fetchPolicy: 'cache-and-network' });
  return (
    <AdminList title={t('adminGroups.title')} add={{ label: t('adminGroups.add'), to: '/administration/grupper/ny' }} data={data} error={error}>
      {({ groups }) => (
        <AdminTable
          caption={t('adminGroups.title')}
          headings={[t('adminGroups.name'), t('adminGroups.plan'), t('adminGroups.coordinatingAgency'), t('adminGroups.supportingAgencies')]}
        >
          {groups.map((group) => (
            <tr key={group.id}>
              <td>
                <Link to={`/administration/grupper/${group.id}`}>{group.name}</Link>
              </td>
              <td>{group.plan.title}</td>
              <td>{group.coordinatingAgency?.code ?? t('common.none')}</td>
              <td>{group.supports.map((support) => support.agency.code).join(', ') || t('common.none')}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </AdminList>
  );
}
