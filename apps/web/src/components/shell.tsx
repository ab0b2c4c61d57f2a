import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The landmarks every page has: a skip link to the main content, the header,
 * the main area and the footer.
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
      </footer>
    </>
  );
}
