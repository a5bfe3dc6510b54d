import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import { renderMessage } from './catalogue.js';
import { formatFrenchDate, formatLongDate } from './format-date.js';
import { gsm7Length, toGsm7 } from './gsm7.js';
import { escapeHtml, textToHtml } from './html.js';
import { formatList } from './list.js';
import { moneyText } from './money-text.js';
import { formatCount } from './plural.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isImpayesError(e) ? e.code : 'not an ImpayesError';
  }
  return 'no error';
};

describe('formatFrenchDate', () => {
  it('writes the day, the month in words and the year', () => {
    expect(formatFrenchDate('2026-04-02')).toBe('2 avril 2026');
    expect(formatFrenchDate('2026-12-31')).toBe('31 décembre 2026');
    expect(formatFrenchDate('2026-08-15')).toBe('15 août 2026');
  });
  it('writes the first day of a month as « 1er »', () => {
    expect(formatFrenchDate('2026-05-01')).toBe('1er mai 2026');
    expect(formatLongDate('2026-05-01', 'en')).toBe('1 May 2026');
  });
  it('rejects what is not a calendar date', () => {
    expect(code(() => formatFrenchDate('2026-02-30'))).toBe('INVALID_INPUT');
    expect(code(() => formatFrenchDate(new Date(0) as never))).toBe('INVALID_INPUT');
    expect(code(() => formatLongDate('2026-01-01', 'de' as never))).toBe('INVALID_INPUT');
  });
});

describe('formatCount', () => {
  const days = { one: 'jour', other: 'jours' };
  it('uses the French singular for 0 and 1', () => {
    expect(formatCount(0, days)).toBe('0 jour');
    expect(formatCount(1, days)).toBe('1 jour');
    expect(formatCount(17, days)).toBe('17 jours');
  });
  it('uses the English singular for 1 only', () => {
    const en = { one: 'day', other: 'days' };
    expect(formatCount(0, en, 'en')).toBe('0 days');
    expect(formatCount(1, en, 'en')).toBe('1 day');
  });
  it('rejects a count that is not whole', () => {
    expect(code(() => formatCount(1.5, days))).toBe('INVALID_INPUT');
    expect(code(() => formatCount(Number.NaN, days))).toBe('INVALID_INPUT');
  });
});

describe('formatList', () => {
  it('joins with commas and « et »', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['A'])).toBe('A');
    expect(formatList(['A', 'B'])).toBe('A et B');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B et C');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  });
  it('rejects non-strings', () => {
    expect(code(() => formatList([1] as never))).toBe('INVALID_INPUT');
  });
});

describe('moneyText', () => {
  it('formats for each locale', () => {
    expect(moneyText('1234.5', 'fr')).toBe('1\u202f234,50\u00a0€');
    expect(moneyText('1234.50', 'en')).toBe('€1,234.50');
    expect(moneyText('-0.40', 'en')).toBe('-€0.40');
  });
});

describe('gsm7Length', () => {
  it('counts septets, the euro sign twice', () => {
    expect(gsm7Length('Facture F-1 : 120,00 €')).toBe(23);
    expect(gsm7Length('Payé ✓')).toBeNull();
    expect(gsm7Length(toGsm7('Échéance dépassée\u00a0: 2 jours — merci'))).not.toBeNull();
  });
});

describe('HTML', () => {
  it('escapes markup and keeps paragraphs', () => {
    expect(escapeHtml('<script>"x" & \'y\'</script>')).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
    expect(textToHtml('a\nb\n\nc')).toBe('<p>a<br>b</p>\n<p>c</p>');
  });
});

describe('renderMessage', () => {
  type M = { DAYS_LATE: { days: number } };
  const catalogues = {
    fr: {
      DAYS_LATE: (p: { days: number }) =>
        `${formatCount(p.days, { one: 'jour', other: 'jours' })} de retard`,
    },
    en: { DAYS_LATE: (p: { days: number }) => `${p.days} days late` },
  };
  it('renders a code with its params and copies them', () => {
    const params = { days: 17 };
    const m = renderMessage<M, 'DAYS_LATE'>(catalogues, 'fr', 'DAYS_LATE', params);
    expect(m).toEqual({ code: 'DAYS_LATE', params: { days: 17 }, message: '17 jours de retard' });
    expect(m.params).not.toBe(params);
  });
});
