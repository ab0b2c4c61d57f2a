import { useTranslation } from 'react-i18next';
import type { IndicatorUnit } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../i18n/format';
import { type MeasurementLike, figureText, measurementRows } from './goal-figures';
import { ScrollTable } from '../../components/scroll-table';

/**
 * Every measurement recorded, by year. A corrected figure stays, struck
 * through and marked "Ersatt" in words (not by the style alone), with the
 * reason its correction gives.
 */
export function MeasurementHistory({ unit, history, caption }: { unit: IndicatorUnit; history: readonly MeasurementLike[]; caption: string }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p>{t('goals.measurements.none')}</p>;
  return (
    <ScrollTable title={caption}>
      {(titleId) => (
        <table aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('goals.chart.year')}</th>
              <th scope="col" className="numeric">
                {t('goals.measurements.figure')}
              </th>
              <th scope="col">{t('goals.measurements.about')}</th>
              <th scope="col">{t('goals.measurements.recordedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {measurementRows(history).map(({ measurement, replacedBecause }) => (
              <tr key={measurement.id} className={replacedBecause === null ? undefined : 'superseded'}>
                <th scope="row">
                  {measurement.year}
                  {measurement.measuredOn && <span className="hint"> {formatDate(measurement.measuredOn)}</span>}
                </th>
                <td className="numeric">
                  {replacedBecause === null ? (
                    figureText(t, unit, measurement)
                  ) : (
                    <>
                      <del>{figureText(t, unit, measurement)}</del> <span className="tag tag--superseded">{t('goals.measurements.superseded')}</span>
                    </>
                  )}
                </td>
                <td>
                  {replacedBecause !== null && <p className="measurement-note">{t('goals.measurements.replacedBecause', { reason: replacedBecause })}</p>}
                  {measurement.correctionReason && <p className="measurement-note">{t('goals.measurements.correction', { reason: measurement.correctionReason })}</p>}
                  {measurement.note && <p className="measurement-note">{measurement.note}</p>}
                </td>
                <td className="nowrap">{formatDateTime(measurement.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ScrollTable>
  );
}
