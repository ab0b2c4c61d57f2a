import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Loading, LoadError } from '../../components/messages';
import { formatDateTime } from '../../i18n/format';
import { ITEM_HISTORY } from './item-queries';
import { ScrollTable } from '../../components/scroll-table';

/** The item's audit rows, newest first, as far as the API lets this person read them. */
export function ItemHistory({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  // The API answers null (with FORBIDDEN) to those who may not read the history: say who may, not "error".
  const { data, error } = useQuery(ITEM_HISTORY, { variables: { id: itemId }, fetchPolicy: 'network-only', errorPolicy: 'all' });
  if (data?.actionItem && !data.actionItem.history) return <p>{t('item.historyNotVisible')}</p>;
  if (error) return <LoadError error={error} />;
  if (!data?.actionItem.history) return <Loading />;
  const entries = data.actionItem.history.nodes;
  if (entries.length === 0) return <p>{t('item.noHistory')}</p>;
  return (
    <ScrollTable label={t('item.history')}>
      <table>
        <caption className="visually-hidden">{t('item.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('item.historyColumns.when')}</th>
            <th scope="col">{t('item.historyColumns.what')}</th>
            <th scope="col">{t('item.historyColumns.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.occurredAt)}</td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>{t(`item.outcome.${entry.outcome}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
