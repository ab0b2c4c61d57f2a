import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

/** First page and next page as links that keep the address's filters and set its `efter` cursor. */
export function AddressPager({ pageInfo, label }: { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; label: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const at = (cursor: string | null): string => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('efter', cursor);
    else next.delete('efter');
    return `?${next.toString()}`;
  };
  if (!params.get('efter') && !pageInfo.hasNextPage) return null;
  return (
    <nav className="pager" aria-label={label}>
      {params.get('efter') && <Link to={at(null)}>{t('common.firstPage')}</Link>}
      {pageInfo.hasNextPage && pageInfo.endCursor && <Link to={at(pageInfo.endCursor)}>{t('common.next')}</Link>}
    </nav>
  );
}
