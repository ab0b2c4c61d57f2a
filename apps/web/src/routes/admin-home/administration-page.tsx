import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';

/** The administration pages, each with what it is for. */
const PAGES = [
  { key: 'people', to: '/administration/personer' },
  { key: 'agencies', to: '/administration/myndigheter' },
  { key: 'groups', to: '/administration/grupper' },
  { key: 'plans', to: '/administration/planer' },
  { key: 'developmentAreas', to: '/administration/utvecklingsomraden' },
  { key: 'perspectives', to: '/administration/perspektiv' },
  { key: 'reminderRules', to: '/administration/paminnelser' },
  { key: 'copyEndpoints', to: '/administration/kopiemottagare' },
  { key: 'copies', to: '/administration/kopior' },
  { key: 'apiTokens', to: '/administration/api-nycklar' },
  { key: 'auditTrail', to: '/administration/granskningslogg' },
] as const;

/** `/administration`: where an administrator finds every administration page. */
export function Component() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageHeading title={t('admin.title')}>{t('admin.title')}</PageHeading>
      <p className="lead">{t('admin.intro')}</p>
      <ul className="entry-list">
        {PAGES.map((page) => (
          <li key={page.key} className="entry">
            <Link to={page.to}>{t(`admin.pages.${page.key}.title`)}</Link>
            <p className="entry__text">{t(`admin.pages.${page.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
