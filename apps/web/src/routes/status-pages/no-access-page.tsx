import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import type { EffectiveRole } from '../../gql/graphql';

/** "Du har inte behörighet", saying which roles may do it. */
export function NoAccessPage({ whoMay }: { whoMay: readonly EffectiveRole[] }) {
  const { t } = useTranslation();
  const who = whoMay.map((role) => t(`roles.${role}`)).join(', ');
  return (
    <div className="narrow">
      <PageHeading title={t('noAccess.title')}>{t('noAccess.title')}</PageHeading>
      <p>{t('noAccess.body')}</p>
      {who && <p>{t('noAccess.whoMay', { who })}</p>}
      <p>
        <Link to="/">{t('noAccess.home')}</Link>
      </p>
    </div>
  );
}
