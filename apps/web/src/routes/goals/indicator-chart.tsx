import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { IndicatorUnit } from '../../gql/graphql';
import { formatNumber, formatPercent } from '../../i18n/format';
import { type YearlyFigures, referenceText } from './goal-figures';
import { ScrollTable } from '../../components/scroll-table';

const MEASURED = '#1d4f91';
const BASELINE = '#6b7280';
const TARGET = '#1f6f3a';

/**
 * The indicator's figure per year with its baseline and target as lines.
 * Hidden from assistive technology: the table beside it has the same numbers.
 * No tooltip: the table is where the exact figures are read. The line
 * passes over a year without a measurement; the table says there is none.
 */
export function IndicatorChart({ figures, unit }: { figures: YearlyFigures; unit: IndicatorUnit }) {
  const { t } = useTranslation();
  const data = figures.years.map(({ year, measured }) => ({ year: String(year), value: measured?.value ?? null }));
  const tick = (value: number) => (unit === 'COUNT' ? formatNumber(value) : formatPercent(value));
  return (
    <div className="chart indicator-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 16, right: 24, left: 8, bottom: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" padding={{ left: 24, right: 24 }} />
          {/* Shares always on 0–100 %; a count from 0 to a round number above its highest figure or line. */}
          <YAxis domain={unit === 'COUNT' ? [0, 'auto'] : [0, 100]} tickFormatter={tick} width={64} allowDecimals={false} />
          {figures.baseline && (
            <ReferenceLine
              y={figures.baseline.value}
              stroke={BASELINE}
              strokeDasharray="6 4"
              strokeWidth={2}
              ifOverflow="extendDomain"
              label={{ value: t('goals.chart.baselineLine', { figure: figures.baseline.text }), position: 'insideBottomLeft', fill: '#374151', fontSize: 13 }}
            />
          )}
          {figures.target && (
            <ReferenceLine
              y={figures.target.value}
              stroke={TARGET}
              strokeWidth={2}
              ifOverflow="extendDomain"
              label={{ value: t('goals.chart.targetLine', { figure: figures.target.text }), position: 'insideTopLeft', fill: TARGET, fontSize: 13 }}
            />
          )}
          <Line type="linear" dataKey="value" stroke={MEASURED} strokeWidth={3} dot={{ r: 5, fill: MEASURED }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The chart's numbers: the figure of each year, with the baseline and the target the lines show (a column only for a line drawn). */
export function IndicatorTable({ figures, caption }: { figures: YearlyFigures; caption: string }) {
  const { t } = useTranslation();
  return (
    <ScrollTable title={caption}>
      {(titleId) => (
        <table aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('goals.chart.year')}</th>
              <th scope="col" className="numeric">
                {t('goals.chart.measured')}
              </th>
              {figures.baseline && (
                <th scope="col" className="numeric">
                  {t('goals.indicator.baseline')}
                </th>
              )}
              {figures.target && (
                <th scope="col" className="numeric">
                  {t('goals.indicator.target')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {figures.years.map(({ year, measured }) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td className="numeric">{measured ? measured.text : t('goals.chart.notMeasured')}</td>
                {figures.baseline && <td className="numeric">{referenceText(t, figures.baseline)}</td>}
                {figures.target && <td className="numeric">{referenceText(t, figures.target)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ScrollTable>
  );
}
