import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../i18n/format';
import { STATUS_KEYS, STATUS_OF, type StatusBar } from './overview-data';
import { ScrollTable } from '../../components/scroll-table';

/** Status colours, the same family as the status tags; the table beside the chart carries the numbers. */
const COLOURS: Record<(typeof STATUS_KEYS)[number], string> = {
  planned: '#6b7280',
  inProgress: '#1d4f91',
  blocked: '#b3261e',
  done: '#1f6f3a',
  cancelled: '#a16207',
};

/**
 * Items per group, stacked by status. Hidden from assistive technology: the
 * table beside it says the same, which a screen reader can read cell by cell.
 */
export function StatusChart({ bars }: { bars: readonly StatusBar[] }) {
  const { t } = useTranslation();
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(220, bars.length * 44 + 80)}>
        <BarChart data={[...bars]} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => formatNumber(value)} />
          <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 13 }} />
          <Tooltip formatter={(value) => formatNumber(Number(value))} />
          <Legend itemSorter={null} />
          {STATUS_KEYS.map((key) => (
            <Bar key={key} dataKey={key} name={t(`status.${STATUS_OF[key]}`)} stackId="status" fill={COLOURS[key]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The chart's numbers as a table: one row per group, a column per status and the total. */
export function StatusTable({ bars, caption }: { bars: readonly StatusBar[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.columns.group')}</th>
            {STATUS_KEYS.map((key) => (
              <th key={key} scope="col" className="numeric">
                {t(`status.${STATUS_OF[key]}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('overview.columns.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.id}>
              <th scope="row">{bar.label}</th>
              {STATUS_KEYS.map((key) => (
                <td key={key} className="numeric">
                  {formatNumber(bar[key])}
                </td>
              ))}
              <td className="numeric">{formatNumber(bar.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
