import { describe, expect, it } from 'vitest';
import { limitationDeadline, limitationWarning } from './english.fixture.js';

describe('limitationWarning', () => {
  const running = { debtor: 'professional', deadline: '2014-05-28', status: 'running' } as const;

  it('warns within 60 days by default, naming what really interrupts', () => {
    const w = limitationWarning(running, '2014-03-29');
    expect(w).toMatchObject({ code: 'LIMITATION_SOON' });
    expect(w!.message).toContain('60 days left');
    expect(w!.message).toContain('formal notice, even by registered letter, does NOT interrupt');
    expect(limitationWarning(running, '2014-03-28')).toBeNull();
  });

  it('warns on the last day, not after it (0 ≤ days left)', () => {
    expect(limitationWarning(running, '2014-05-28')?.code).toBe('LIMITATION_SOON');
    expect(limitationWarning(running, '2014-05-29')).toBeNull();
  });

  it('takes a custom threshold', () => {
    expect(limitationWarning(running, '2014-01-28', { withinDays: 120 })?.code).toBe(
      'LIMITATION_SOON',
    );
  });

  it('names the written claim for a public debtor (loi 68-1250 art. 2)', () => {
    const w = limitationWarning({ ...running, debtor: 'public' }, '2014-05-01');
    expect(w!.message).toContain('written payment request');
    expect(w!.article).toBe('Loi 68-1250 art. 1-2');
    expect(w!.message).not.toContain('does NOT interrupt');
  });

  it('returns null when limitation is not running', () => {
    expect(limitationWarning({ ...running, status: 'suspended' }, '2014-05-01')).toBeNull();
    expect(
      limitationWarning({ ...running, status: 'suspended', deadline: null }, '2014-05-01'),
    ).toBeNull();
  });

  it('reads a limitationDeadline result', () => {
    const r = limitationDeadline({
      debtor: 'consumer',
      dueDate: '2024-06-01',
      completionDate: '2024-05-15',
    });
    expect(limitationWarning(r, '2026-04-15')?.message).toContain('2026-05-15');
  });

  it('rejects a bad asOf or threshold with paths', () => {
    expect(() => limitationWarning(running, '2014-13-01')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['asOf'] })],
      }),
    );
    expect(() => limitationWarning({ ...running, deadline: '2014-5-28' }, '2014-05-01')).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['result', 'deadline'] })],
      }),
    );
    expect(() => limitationWarning(running, '2014-05-01', { withinDays: -5 })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['withinDays'] })] }),
    );
  });
});
