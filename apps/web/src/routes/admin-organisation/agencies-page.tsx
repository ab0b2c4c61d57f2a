import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminList, AdminTable } from '../admin-home/admin-list';
import { AGENCIES } from './organisation-queries';

/** `/administration/myndigheter`: the agencies, by code. */
export function Component() {
  const { t } = useTranslation();
  const { data, error } = useQuery(AGENCIES, { fetchPolicy: 'cache-and-network' });
  return (
    <AdminList title={t('adminAgencies.title')} add={{ label: t('adminAgencies.add'), to: '/administration/myndigheter/ny' }} data={data} error={error}>
      {({ agencies }) => (
        <AdminTable
          caption={t('adminAgencies.title')}
          headings={[t('adminAgencies.nameSv'), t('adminAgencies.code'), t('adminAgencies.nameEn'), t('adminAgencies.contactEmail')]}
        >
          {agencies.map((agency) => (
            <tr key={agency.id}>
              <td>
                <Link to={`/administration/myndigheter/${agency.id}`}>{agency.nameSv}</Link>
              </td>
              <td>{agency.code}</td>
              <td lang="en">{agency.nameEn}</td>
              <td>{agency.contactEmail ?? t('common.notSet')}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </AdminList>
  );
}
