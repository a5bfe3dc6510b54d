import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isImpayesError } from '../errors/internal.js';
import { LAW_PARAMETER_IDS, LAW_PARAMETER_ROWS } from './data.js';
import {
  type LawParameterId,
  lawNumber,
  lawNumberOn,
  lawParameterOn,
  lawParameters,
  lawRowOn,
  lawStart,
} from './law-parameters.js';

const json = JSON.parse(
  readFileSync(new URL('../../data/law-parameters.json', import.meta.url), 'utf8'),
) as { parameters: ReadonlyArray<Record<string, string>> };

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('issue 13 item 1: the law parameter data', () => {
  it('compiles data/law-parameters.json exactly (scripts/sync-law.ts)', () => {
    expect(LAW_PARAMETER_ROWS).toEqual(json.parameters);
    expect(LAW_PARAMETER_IDS).toEqual([...new Set(json.parameters.map((p) => p.id))]);
    expect(lawParameters).toEqual(json.parameters);
  });

  it('issue 13 item 7: docs/law.md lists every value with its article, confidence and source', () => {
    const doc = readFileSync(new URL('../../docs/law.md', import.meta.url), 'utf8');
    for (const p of json.parameters) {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${p.id}\` | ${p.from} |`));
      expect(line, `${p.id} ${p.from}`).toBeDefined();
      expect(line).toContain(`| ${p.article} | [${p.confidence}] | <${p.source}> |`);
      expect(line).toContain(`| ${p.value}`);
      expect(doc).toContain(`\`${p.id}\``);
    }
  });

  it('has at least the ids the issue lists', () => {
    const wanted = [
      'b2b-penalty-margin-points',
      'public-interest-margin-points',
      'judgment-uplift-points',
      'contract-rate-floor-multiple',
      'recovery-indemnity-eur',
      'public-recovery-indemnity-eur',
      'small-claims-ceiling-eur',
      'prior-settlement-ceiling-eur',
      'injonction-service-months',
      'consumer-limitation-years',
      'b2b-limitation-years',
      'civil-limitation-years',
      'public-limitation-years',
      'limitation-long-stop-years',
      'enforcement-title-years',
      'einvoicing-issue-large-mid',
      'einvoicing-issue-sme',
      'einvoicing-receive-all',
    ];
    for (const id of wanted) expect(LAW_PARAMETER_IDS).toContain(id);
  });

  it('is well formed: sorted, dated, sourced, no overlap within an id', () => {
    const keys = lawParameters.map((p) => `${p.id} ${p.from}`);
    expect([...keys].sort()).toEqual(keys);
    for (const p of lawParameters) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (p.to !== undefined) expect(p.to >= p.from).toBe(true);
      expect(p.source).toMatch(/^https?:\/\/\S+$/);
      expect(['V', 'S', 'M', '?']).toContain(p.confidence);
      expect(p.article.length).toBeGreaterThan(3);
      if (p.unit === 'date') expect(p.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(p.value).toMatch(/^\d+(\.\d+)?$/);
    }
    for (let i = 1; i < lawParameters.length; i++) {
      const [a, b] = [lawParameters[i - 1]!, lawParameters[i]!];
      if (a.id === b.id) expect(a.to === undefined || a.to < b.from).toBe(true);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(lawParameters)).toBe(true);
    for (const p of lawParameters) expect(Object.isFrozen(p)).toBe(true);
    expect(() => (lawParameters as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});

describe('lawParameterOn', () => {
  it('returns the value in force with its article and source', () => {
    expect(lawParameterOn('recovery-indemnity-eur', '2025-01-01')).toEqual({
      id: 'recovery-indemnity-eur',
      value: '40',
      from: '2013-01-01',
      article: 'C. com. L441-10 II, D441-5 (décret 2012-1115)',
      source: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000026453427',
    });
  });

  it('follows the dates: 6 months for injonction orders made up to 2026-08-31, 3 from 2026-09-01', () => {
    expect(lawParameterOn('injonction-service-months', '2026-08-31')).toMatchObject({
      value: '6',
      from: '1982-01-01',
      article: 'CPC 1411',
    });
    expect(lawParameterOn('injonction-service-months', '2026-09-01')).toMatchObject({
      value: '3',
      from: '2026-09-01',
    });
    expect(lawParameterOn('small-claims-ceiling-eur', '2019-12-31').value).toBe('4000');
    expect(lawParameterOn('small-claims-ceiling-eur', '2020-01-01').value).toBe('5000');
  });

  it('throws INVALID_INPUT for an unknown id or a malformed date', () => {
    expect(
      thrown(() => lawParameterOn('no-such-parameter' as LawParameterId, '2025-01-01')),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['id'],
      message: expect.stringContaining('unknown legal parameter "no-such-parameter"'),
    });
    expect(
      thrown(() => lawParameterOn(42 as unknown as LawParameterId, '2025-01-01')),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['id'],
    });
    expect(thrown(() => lawParameterOn('recovery-indemnity-eur', '2025-02-30'))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['date'],
    });
  });

  it('throws OUT_OF_RANGE before the data, after a `to` and in a gap', () => {
    const before = thrown(() => lawParameterOn('recovery-indemnity-eur', '2012-12-31'));
    expect(isImpayesError(before)).toBe(true);
    expect(before).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['date'],
      details: { id: 'recovery-indemnity-eur', date: '2012-12-31', from: '2013-01-01' },
      message:
        'legal parameter "recovery-indemnity-eur" has no value on 2012-12-31: its data covers 2013-01-01 to open end (before 2013-01-01 the rule was not in force or is not in the data)',
    });
    expect(
      thrown(() => lawParameterOn('prior-settlement-ceiling-eur', '2023-01-15')),
    ).toMatchObject({
      code: 'OUT_OF_RANGE',
      message: expect.stringContaining('2020-01-01 to 2022-09-21, 2023-10-01 to open end'),
    });
    expect(thrown(() => lawParameterOn('einvoicing-issue-sme', '2027-08-31'))).toMatchObject({
      code: 'OUT_OF_RANGE',
    });
    expect(lawParameterOn('einvoicing-issue-sme', '2027-09-01').value).toBe('2027-09-01');
  });

  it('returns a fresh object each time', () => {
    const a = lawParameterOn('b2b-penalty-margin-points', '2025-01-01');
    expect(a).not.toBe(lawParameterOn('b2b-penalty-margin-points', '2025-01-01'));
    expect(a).toEqual({ ...a });
  });
});

describe('engine accessors', () => {
  it('apply the first value before the data for parameters whose earlier law is not modelled', () => {
    expect(lawNumber('b2b-limitation-years', '2000-01-10' as never)).toBe(5);
    expect(lawRowOn('b2b-limitation-years', '2000-01-10' as never)).toBeUndefined();
  });
  it('say when a rule is not in force', () => {
    expect(lawNumberOn('small-claims-ceiling-eur', '2016-05-31' as never)).toBeUndefined();
    expect(lawNumberOn('prior-settlement-ceiling-eur', '2022-09-22' as never)).toBeUndefined();
    expect(lawNumberOn('prior-settlement-ceiling-eur', '2022-09-21' as never)).toBe(5000);
    expect(lawStart('einvoicing-issue-large-mid')).toBe('2026-09-01');
  });
});
