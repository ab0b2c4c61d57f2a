import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The landmarks every page has: a skip link to the main content, the header,
 * the main area and the footer, which links to the accessibility statement.
 */
export function Shell({ header, children }: { header: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#innehall">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">{header}</header>
      <main id="innehall" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to="/tillganglighet">{t('accessibility.footerLink')}</Link>
        </p>
      </footer>
    </>
  );
}
