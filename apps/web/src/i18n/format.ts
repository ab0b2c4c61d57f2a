/**
 * Dates and numbers follow Swedish conventions (sv-SE) whatever the language:
 * the plan's dates are Swedish administrative dates, 2021-03-31.
 */
const LOCALE = 'sv-SE';

const dateFormat = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Stockholm' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Stockholm',
});
const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/** A YYYY-MM-DD date as it is (no time-zone shift), or a timestamp's Stockholm date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return dateFormat.format(new Date(value));
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dateTimeFormat.format(new Date(value)) : '';
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 0–100 as "40 %". */
export function formatPercent(value: number): string {
  return percentFormat.format(value / 100);
}
