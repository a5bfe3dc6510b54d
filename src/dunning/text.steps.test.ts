// Issue 14 review: a step line names its channel only when the step's name does not already say it.
import { describe, expect, it } from 'vitest';
import { b2bInvoice, sent } from './dunning.fixtures.js';
import { nextDunningStep } from './next-step.js';
import { dunningTextEn } from './text.en.js';
import { dunningTextFr } from './text.fr.js';

const action = (kind: 'phone_call' | 'registered_letter', channel: 'phone' | 'registered_letter') =>
  ({ stepId: 's', kind, channel, late: false, dueOn: '2026-03-09' }) as const;

describe('issue 14: step lines do not repeat their channel', () => {
  it('says « appel téléphonique », not « appel téléphonique par téléphone »', () => {
    expect(dunningTextFr.ACTION(action('phone_call', 'phone'))).toBe(
      "À faire aujourd'hui : appel téléphonique (s).",
    );
    expect(dunningTextEn.ACTION(action('phone_call', 'phone'))).toBe('Do today: phone call (s).');
  });

  it('says the registered reminder goes with acknowledgement of receipt, once', () => {
    const p = { ...action('registered_letter', 'registered_letter'), dueOn: '2026-03-23' };
    expect(dunningTextFr.WAIT_NEXT_STEP(p)).toBe(
      'Prochaine étape : lettre recommandée de relance (avec accusé de réception) (s) le 23 mars 2026.',
    );
    expect(dunningTextEn.WAIT_NEXT_STEP(p)).toBe(
      'Next step: registered reminder (with acknowledgement of receipt) (s) on 23 March 2026.',
    );
  });

  it('keeps the channel where it adds something (a formal notice by registered letter)', () => {
    const p = {
      stepId: 'n',
      kind: 'formal_notice',
      channel: 'registered_letter',
      late: false,
      dueOn: '2026-04-02',
    } as const;
    expect(dunningTextFr.ACTION(p)).toContain(
      'mise en demeure par lettre recommandée avec accusé de réception',
    );
  });

  it('nextDunningStep of the default ladder on the day of the call', () => {
    const d = nextDunningStep(
      b2bInvoice,
      [sent('courtesy-notice', '2026-02-27'), sent('friendly-email', '2026-03-04')],
      { today: '2026-03-09' },
    );
    expect(d.explanation).toBe("À faire aujourd'hui : appel téléphonique (phone-call).");
  });
});
