import { useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormField } from '../../components/form-field';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import '../../styles/pages.css';
import { AdminTable } from '../admin-home/admin-list';
import { PEOPLE } from './people-queries';

/** `/administration/personer?sok=&efter=`: everyone registered, by name, searchable by name or e-mail, 25 a page. */
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('sok') ?? '';
  const after = params.get('efter') ?? undefined;
  const { data, error } = useQuery(PEOPLE, { variables: { search: search || undefined, after }, fetchPolicy: 'cache-and-network' });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('search') ?? '').trim();
    setParams(text ? { sok: text } : {});
  };
  const people = data?.users;
  return (
    <>
      <PageHeading title={t('adminPeople.title')}>{t('adminPeople.title')}</PageHeading>
      <p className="page-actions">
        <Link to="/administration/personer/ny" className="button">
          {t('adminPeople.add')}
        </Link>
      </p>
      <form onSubmit={submit} role="search" className="narrow">
        <FormField name="search" label={t('adminPeople.search')} hint={t('adminPeople.searchHint')}>
          {(control) => <input {...control} name="search" type="search" defaultValue={search} key={search} className="input" />}
        </FormField>
        <div className="button-group">
          <button type="submit" className="button button--secondary">
            {t('adminPeople.searchButton')}
          </button>
        </div>
      </form>
      {error && <LoadError error={error} />}
      {!people && !error && <Loading />}
      {people && (
        <>
          <p className="result-count" role="status">
            {t('adminPeople.count', { count: people.totalCount })}
          </p>
          {people.nodes.length > 0 && (
            <AdminTable
              caption={t('adminPeople.title')}
              headings={[t('adminPeople.name'), t('adminPeople.email'), t('adminPeople.agency'), t('adminPeople.roles'), t('adminPeople.state')]}
            >
              {people.nodes.map((person) => (
                <tr key={person.id}>
                  <td>
                    <Link to={`/administration/personer/${person.id}`}>{person.displayName}</Link>
                  </td>
                  <td>{person.email}</td>
                  <td>{person.agency.code}</td>
                  <td>{person.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
                  <td>{person.active ? t('adminPeople.active') : <span className="tag">{t('adminPeople.inactive')}</span>}</td>
                </tr>
              ))}
            </AdminTable>
          )}
          {(after || people.pageInfo.hasNextPage) && (
            <nav className="pager" aria-label={t('adminPeople.paging')}>
              {after && <Link to={search ? `?sok=${encodeURIComponent(search)}` : '?'}>{t('common.firstPage')}</Link>}
              {people.pageInfo.hasNextPage && people.pageInfo.endCursor && (
                <Link to={`?${new URLSearchParams({ ...(search ? { sok: search } : {}), efter: people.pageInfo.endCursor })}`}>{t('common.next')}</Link>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
