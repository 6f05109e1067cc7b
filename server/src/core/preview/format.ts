/** Formatting of numbers, money and dates for the preview, in Dutch or English. Pure. */
import { parseDate, type CalendarDate } from '../model';
import type { Lang } from '../types';

const MONTHS: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const MONTHS_SHORT: Record<Lang, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "14 november 2024" / "14 November 2024"; the raw text when it is no valid date. */
export function formatDate(value: CalendarDate | string | undefined, lang: Lang, short = false): string {
  const date = typeof value === 'string' ? parseDate(value) : value;
  if (!date) return typeof value === 'string' ? value : '';
  const month = (short ? MONTHS_SHORT : MONTHS)[lang][date.month - 1];
  return `${date.day} ${month} ${date.year}`;
}

/** Formatters made once per language and precision: making one costs far more than using it. */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits = 0): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) NUMBER_FORMATS.set(key, (format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return format;
}

/** A plain number with grouping: "18.500" / "18,500"; decimals kept up to 3. */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(lang, 3).format(value);
}

/** Whole euros: "€ 1.250.000" / "€1,250,000". */
export function formatMoney(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '—';
  const amount = numberFormat(lang).format(Math.round(value));
  return lang === 'nl' ? `€ ${amount}` : `€${amount}`;
}

/**
 * Short euros for chart axes: "€ 1,3 mln", "€ 250.000" / "€1.3M", "€250k". Dutch has no "k" for
 * thousands, so below a million the Dutch axis shows the whole amount.
 */
export function formatMoneyShort(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '—';
  const space = lang === 'nl' ? ' ' : '';
  if (Math.abs(value) >= 1_000_000) {
    return `€${space}${numberFormat(lang, 1).format(value / 1_000_000)}${lang === 'nl' ? ' mln' : 'M'}`;
  }
  if (lang === 'nl') return formatMoney(value, lang);
  if (Math.abs(value) >= 1_000) return `€${numberFormat(lang, 0).format(value / 1_000)}k`;
  return `€${space}${numberFormat(lang, 0).format(value)}`;
}

/** A share 0..1 as a whole percentage: "62%" / "62%". */
export function formatPercent(share: number, lang: Lang): string {
  if (!Number.isFinite(share)) return '—';
  return `${numberFormat(lang, 0).format(Math.round(share * 100))}%`;
}

/** A range of years: "2025–2034", or one year. */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}
