import { formatEuros } from '../money/internal.js';
import type { Locale } from './locale.js';

/** @internal Writes a canonical amount string for a locale: `1 234,56 €` or `€1,234.56`. */
export function moneyText(amount: string, locale: Locale): string {
  if (locale === 'fr') return formatEuros(amount);
  const negative = amount.startsWith('-');
  const digits = negative ? amount.slice(1) : amount;
  const [int = '0', frac = '00'] = digits.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}€${grouped}.${frac.padEnd(2, '0')}`;
}
