import { describe, expect, it } from 'vitest';
import { limitationDeadline, limitationWarning } from './index.js';

describe('issue 14: limitation sentences in French by default, English on request', () => {
  const claim = {
    debtor: 'professional',
    dueDate: '2009-05-28',
    events: [
      { type: 'payment_received', date: '2011-03-10' },
      { type: 'formal_notice_sent', date: '2012-01-05' },
    ],
  } as const;

  it('writes the start, status, long-stop and warnings in French, with code and params', () => {
    const r = limitationDeadline(claim, { asOf: '2016-02-01' });
    expect(r.start.explanation).toBe(
      'La prescription court à compter du jour où la créance est devenue exigible (28 mai 2009).',
    );
    expect(r.start.explanationMessage).toEqual({
      code: 'START_DUE_DATE',
      params: { dueDate: '2009-05-28' },
      message: r.start.explanation,
    });
    expect(r.statusExplanation).toBe(
      'La prescription court : le dernier jour pour agir est le 10 mars 2016 (jamais reporté au jour ouvrable suivant, C. civ. 2229).',
    );
    expect(r.statusMessage.code).toBe('STATUS_RUNNING');
    expect(r.longStop.explanationMessage).toMatchObject({
      code: 'LONG_STOP',
      params: { years: 20, birth: '2009-05-28' },
    });
    const soon = r.warnings.find((w) => w.code === 'LIMITATION_SOON');
    expect(soon).toMatchObject({
      severity: 'warning',
      params: { debtor: 'professional', deadline: '2016-03-10', asOf: '2016-02-01', daysLeft: 38 },
    });
    expect(soon?.message).toContain('(38 jours restants au 1er février 2016)');
    expect(soon?.message).toContain('Une mise en demeure, même par lettre recommandée');
    const notice = r.warnings.find((w) => w.code === 'FORMAL_NOTICE_NO_EFFECT');
    expect(notice?.message).toMatch(/^Une mise en demeure n’interrompt PAS la prescription/);
  });

  it('gives the same codes and params in English', () => {
    const fr = limitationDeadline(claim, { asOf: '2016-02-01' });
    const en = limitationDeadline(claim, { asOf: '2016-02-01', locale: 'en' });
    expect(en.warnings.map((w) => [w.code, w.params])).toEqual(
      fr.warnings.map((w) => [w.code, w.params]),
    );
    expect(en.statusExplanation).toBe(
      'Limitation is running: the last day to act is 2016-03-10 (never moved to a working day, C. civ. 2229).',
    );
    const noText = (t: (typeof fr.trail)[number]) => ({ ...t, explanation: '' });
    expect(en.trail.map(noText)).toEqual(fr.trail.map(noText));
    expect({
      ...en,
      warnings: [],
      start: null,
      longStop: null,
      statusExplanation: '',
      statusMessage: null,
      trail: [],
    }).toEqual({
      ...fr,
      warnings: [],
      start: null,
      longStop: null,
      statusExplanation: '',
      statusMessage: null,
      trail: [],
    });
  });

  it('writes a single day left in the singular and checks the locale', () => {
    const w = limitationWarning(
      { debtor: 'public', deadline: '2026-12-31', status: 'running' },
      '2026-12-30',
    );
    expect(w?.message).toContain('(1 jour restant au 30 décembre 2026)');
    expect(
      limitationWarning(
        { debtor: 'public', deadline: '2026-12-31', status: 'running' },
        '2026-12-30',
        {
          locale: 'en',
        },
      )?.message,
    ).toContain('(1 day left on 2026-12-30)');
    expect(() => limitationDeadline(claim, { locale: 'de' as 'fr' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
