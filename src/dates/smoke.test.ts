import { describe, expect, it } from 'vitest';
import { addMonths, procedureDeadline } from '../index.js';

describe('smoke', () => {
  it('works', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(procedureDeadline('2026-01-14', { months: 6 }).deadline).toBe('2026-07-15');
  });
});
