import { describe, expect, it } from 'vitest';
import { ENGLISH_MARKERS } from '../../test/text/catalogue-harness.js';
import {
  type LimitationClaimInput,
  limitationDeadline,
  limitationTextEn,
  limitationTextFr,
} from './index.js';
import type { LimitationMessages, LimitationTrailCode } from './text.js';

// Issue 14: the trail of a limitation result is written in French by default, from (code, params).
const claims: ReadonlyArray<LimitationClaimInput> = [
  {
    debtor: 'professional',
    dueDate: '2021-05-28',
    events: [
      { type: 'debtor_acknowledged', date: '2026-03-03' },
      { type: 'payment_received', date: '2026-04-01' },
      { type: 'formal_notice_sent', date: '2026-05-01' },
      { type: 'public_claim_written', date: '2026-05-02' },
      { type: 'mediation_started', date: '2026-06-01' },
      { type: 'small_claims_accepted', date: '2026-06-02' },
      { type: 'mediation_ended', date: '2026-06-15' },
      { type: 'small_claims_ended', date: '2026-07-01' },
      { type: 'injonction_order_issued', date: '2026-09-10' },
      { type: 'injonction_order_served', date: '2026-10-15' },
      { type: 'legal_action_filed', date: '2026-11-02' },
      { type: 'conservatory_measure', date: '2026-11-03' },
      { type: 'mediation_started', date: '2026-11-04' },
      { type: 'mediation_ended', date: '2026-11-05' },
      { type: 'proceedings_ended', date: '2027-02-01', outcome: 'judgment' },
      { type: 'proceedings_ended', date: '2027-03-01', outcome: 'judgment' },
      { type: 'judgment_served', date: '2027-04-01' },
      { type: 'enforcement_measure', date: '2028-04-01' },
    ],
  },
  {
    debtor: 'public',
    dueDate: '2021-05-28',
    events: [
      { type: 'public_claim_written', date: '2023-03-03' },
      { type: 'formal_notice_sent', date: '2024-03-03' },
      { type: 'legal_action_filed', date: '2025-03-03' },
      { type: 'proceedings_ended', date: '2026-03-01', outcome: 'withdrawn' },
      { type: 'legal_action_filed', date: '2026-04-01' },
      { type: 'proceedings_ended', date: '2027-03-01', outcome: 'judgment' },
      { type: 'judgment_served', date: '2027-04-01' },
      { type: 'conservatory_measure', date: '2026-04-02' },
    ],
  },
  {
    debtor: 'consumer',
    dueDate: '2020-01-10',
    completionDate: '2020-01-10',
    events: [
      { type: 'debtor_acknowledged', date: '2019-12-01' },
      { type: 'payment_received', date: '2023-03-03' },
      { type: 'injonction_order_issued', date: '2023-03-10' },
      { type: 'injonction_order_served', date: '2023-12-10' },
      { type: 'legal_action_filed', date: '2023-12-11' },
      { type: 'proceedings_ended', date: '2024-01-11', outcome: 'judgment' },
    ],
  },
  {
    debtor: 'professional',
    dueDate: '2020-01-10',
    events: [
      { type: 'injonction_order_issued', date: '2021-01-11' },
      { type: 'injonction_order_served', date: '2021-02-01' },
      { type: 'proceedings_ended', date: '2021-06-01', outcome: 'dismissed' },
      { type: 'legal_action_filed', date: '2026-01-11' },
      { type: 'proceedings_ended', date: '2027-01-11', outcome: 'lapsed' },
    ],
  },
];

const trails = claims.map((c) => limitationDeadline(c).trail);
const entries = trails.flat();

describe('issue 14: the limitation trail in French', () => {
  it('reaches every trail code of the catalogue', () => {
    const codes = Object.keys(limitationTextFr).filter((c) => c.startsWith('TRAIL_'));
    expect(new Set(entries.map((e) => e.code))).toEqual(new Set(codes));
  });

  it('renders each entry from its code and params, in French without English words', () => {
    for (const e of entries) {
      const render = limitationTextFr[e.code] as (
        p: LimitationMessages[LimitationTrailCode],
      ) => string;
      expect(e.explanation).toBe(render(e.params));
      for (const word of ENGLISH_MARKERS)
        expect(` ${e.explanation} `.toLowerCase(), `${e.code}: ${word}`).not.toContain(word);
    }
  });

  it('gives the English sentence under locale en, with the same codes and params', () => {
    claims.forEach((claim, i) => {
      const en = limitationDeadline(claim, { locale: 'en' }).trail;
      expect(en.map((e) => [e.code, e.params])).toEqual(trails[i]!.map((e) => [e.code, e.params]));
      for (const e of en) {
        const render = limitationTextEn[e.code] as (
          p: LimitationMessages[LimitationTrailCode],
        ) => string;
        expect(e.explanation).toBe(render(e.params));
      }
    });
  });

  it('writes what a French lawyer would sign', () => {
    const [b2b, pub] = trails;
    expect(b2b![0]!.explanation).toBe(
      'La prescription est interrompue par la reconnaissance de dette du 3 mars 2026 : un nouveau délai de prescription de 5 ans court à compter de cette date.',
    );
    expect(b2b![2]!.explanation).toBe(
      'Une mise en demeure, même par lettre recommandée avec demande d’avis de réception, n’interrompt ni ne suspend la prescription : seuls les actes énumérés par le Code civil ont cet effet (C. civ. 2240, 2241, 2244).',
    );
    expect(b2b!.find((e) => e.code === 'TRAIL_TITLE')!.explanation).toBe(
      'Le jugement signifié constitue un titre exécutoire : son exécution peut être poursuivie pendant 10 ans, jusqu’au 1er avril 2037, même si la créance elle-même se prescrivait par un délai plus court (CPCE L111-4).',
    );
    expect(pub![0]!.explanation).toBe(
      'La déchéance quadriennale est interrompue par la réclamation écrite adressée à l’administration le 3 mars 2023 : un nouveau délai de 4 ans court du 1er janvier 2024 au 31 décembre 2027.',
    );
  });
});
