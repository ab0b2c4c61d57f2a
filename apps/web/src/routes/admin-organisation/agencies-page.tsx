import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { AGENCIES } from './organisation-queries';

/** `/administration/myndigheter`: the agencies, by code. */
export function Component() {
  const { t } = useTranslation();
  const { data, error } = useQuery(AGENCIES, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeading title={t('adminAgencies.title')}>{t('adminAgencies.title')}</PageHeading>
      <p className="page-actions">
        <Link to="/administration/myndigheter/ny" className="button">
          {t('adminAgencies.add')}
        </Link>
      </p>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="table-wrapper">
          <table>
            <caption className="visually-hidden">{t('adminAgencies.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminAgencies.nameSv')}</th>
                <th scope="col">{t('adminAgencies.code')}</th>
                <th scope="col">{t('adminAgencies.nameEn')}</th>
                <th scope="col">{t('adminAgencies.contactEmail')}</th>
              </tr>
            </thead>
            <tbody>
              {data.agencies.map((agency) => (
                <tr key={agency.id}>
                  <td>
                    <Link to={`/administration/myndigheter/${agency.id}`}>{agency.nameSv}</Link>
                  </td>
                  <td>{agency.code}</td>
                  <td lang="en">{agency.nameEn}</td>
                  <td>{agency.contactEmail ?? t('common.notSet')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
