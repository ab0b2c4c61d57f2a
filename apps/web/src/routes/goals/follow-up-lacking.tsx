import { useTranslation } from 'react-i18next';

/** What the API says a goal's follow-up for the year lacks: its assessment, a measurement of each indicator named. */
export function LackingEntries({ year, assessmentMissing, indicators }: { year: number; assessmentMissing: boolean; indicators: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <>
      {assessmentMissing && <li>{t('goals.lacking.assessment', { year })}</li>}
      {indicators.map((indicator) => (
        <li key={indicator.id}>{t('goals.lacking.measurement', { year, indicator: indicator.name })}</li>
      ))}
    </>
  );
}
