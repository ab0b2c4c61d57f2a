import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SignedOutShell } from '../../app/frame';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';

const ACCESSIBILITY_STATEMENT = graphql(`
  query AccessibilityStatement {
    serviceInfo {
      organisationName
      accessibilityContactEmail
    }
  }
`);

/** The supervising authority's form for complaints under the DOS law. */
const DIGG_COMPLAINTS_FORM = 'https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet';

const SHORTCOMINGS = ['shortcomingManual', 'shortcomingCoverage', 'shortcomingPdf', 'shortcomingSpreadsheets', 'shortcomingProvider'] as const;

/**
 * `/tillganglighet`: the accessibility statement the DOS law (2018:1937) asks
 * for, open to everyone, signed in or not. What it says about testing is what
 * the journeys in test/web do.
 */
export function Component() {
  const { t } = useTranslation();
  const { data, error } = useQuery(ACCESSIBILITY_STATEMENT);

  return (
    <SignedOutShell>
      <div className="narrow">
        <PageHeading title={t('accessibility.title')}>{t('accessibility.title')}</PageHeading>
        {error ? <LoadError error={error} /> : !data ? <Loading /> : <Statement info={data.serviceInfo} />}
      </div>
    </SignedOutShell>
  );
}

function Statement({ info }: { info: { organisationName?: string | null; accessibilityContactEmail?: string | null } }) {
  const { t } = useTranslation();
  const contact = info.accessibilityContactEmail ? (
    <p>
      {t('accessibility.contactEmail')}
      <a href={`mailto:${info.accessibilityContactEmail}`}>{info.accessibilityContactEmail}</a>
    </p>
  ) : (
    <p>{t('accessibility.contactMissing')}</p>
  );
  return (
    <>
      <p>{t('accessibility.intro', { organisation: info.organisationName ?? t('accessibility.organisationFallback') })}</p>

      <h2>{t('accessibility.appliesToTitle')}</h2>
      <p>{t('accessibility.appliesTo')}</p>

      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>

      <h2>{t('accessibility.alternativeTitle')}</h2>
      <p>{t('accessibility.alternative')}</p>
      {contact}

      <h2>{t('accessibility.feedbackTitle')}</h2>
      <p>{t('accessibility.feedback')}</p>
      {contact}

      <h2>{t('accessibility.supervisionTitle')}</h2>
      <p>{t('accessibility.supervision')}</p>
      <p>
        <a href={DIGG_COMPLAINTS_FORM} hrefLang="sv">
          {t('accessibility.supervisionLink')}
        </a>
      </p>

      <h2>{t('accessibility.shortcomingsTitle')}</h2>
      <p>{t('accessibility.shortcomings')}</p>
      <ul>
        {SHORTCOMINGS.map((key) => (
          <li key={key}>{t(`accessibility.${key}`)}</li>
        ))}
      </ul>

      <h2>{t('accessibility.testingTitle')}</h2>
      <p>{t('accessibility.testingAutomated')}</p>
      <p>{t('accessibility.testingKeyboard')}</p>
      <p>{t('accessibility.testingReflow')}</p>
      <p>{t('accessibility.updated')}</p>
    </>
  );
}
