import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { GROUPS } from './organisation-queries';

/** `/administration/grupper`: the steering group and working groups of every plan. */
export function Component() {
  const { t } = useTranslation();
  const { data, error } = useQuery(GROUPS, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeading title={t('adminGroups.title')}>{t('adminGroups.title')}</PageHeading>
      <p className="page-actions">
        <Link to="/administration/grupper/ny" className="button">
          {t('adminGroups.add')}
        </Link>
      </p>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="table-wrapper">
          <table>
            <caption className="visually-hidden">{t('adminGroups.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminGroups.name')}</th>
                <th scope="col">{t('adminGroups.plan')}</th>
                <th scope="col">{t('adminGroups.coordinatingAgency')}</th>
                <th scope="col">{t('adminGroups.supportingAgencies')}</th>
              </tr>
            </thead>
            <tbody>
              {data.groups.map((group) => (
                <tr key={group.id}>
                  <td>
                    <Link to={`/administration/grupper/${group.id}`}>{group.name}</Link>
                  </td>
                  <td>{group.plan.title}</td>
                  <td>{group.coordinatingAgency?.code ?? t('common.none')}</td>
                  <td>{group.supports.map((support) => support.agency.code).join(', ') || t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
