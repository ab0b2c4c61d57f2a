import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationType } from 'react-router';

/**
 * The page's one h1, which also names the document. After a navigation inside
 * the app (not on a fresh load) focus moves to it, so screen-reader and
 * keyboard users start at the new page rather than on the link they left.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const navigationType = useNavigationType();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('app.pageTitle', { page: title });
  }, [t, title]);
  useEffect(() => {
    if (navigationType !== 'POP') heading.current?.focus();
  }, [navigationType]);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
