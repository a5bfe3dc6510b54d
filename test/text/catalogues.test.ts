/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { type CatalogueFamily, catalogueProblems } from './catalogue-harness.js';

// Every module's catalogue family: `src/<module>/text.samples.ts` exports `{ catalogues, samples }`.
const families = import.meta.glob<CatalogueFamily>('../../src/**/text.samples.ts', {
  eager: true,
});

describe('issue 14: every message code renders in French and English', () => {
  it('finds the catalogue families', () => {
    expect(Object.keys(families).length).toBeGreaterThanOrEqual(1);
  });

  for (const [path, family] of Object.entries(families)) {
    const name = path.replace('../../src/', '').replace('/text.samples.ts', '');
    it(`${name}: both locales and samples cover every code, output is clean French and English`, () => {
      expect(catalogueProblems(name, family)).toEqual([]);
    });
  }
});

describe('the catalogue harness itself', () => {
  const sound: CatalogueFamily = {
    catalogues: {
      fr: { LATE: (p) => `Échéance dépassée de ${String(p.n)} jours.` },
      en: { LATE: (p) => `Overdue by ${String(p.n)} days.` },
    },
    samples: { LATE: [{ n: 3 }] },
  };

  it('accepts a sound family', () => {
    expect(catalogueProblems('sound', sound)).toEqual([]);
  });

  it('reports a code missing in one locale', () => {
    const family: CatalogueFamily = {
      ...sound,
      catalogues: { fr: sound.catalogues.fr, en: {} },
    };
    expect(catalogueProblems('broken', family)).toEqual(['broken LATE: missing in locale en']);
  });

  it('reports a code without samples, a leftover parameter and English in French', () => {
    const family: CatalogueFamily = {
      catalogues: {
        fr: { A: (p) => `Reste ${String(p.missing)}.`, B: () => 'La facture is paid.' },
        en: { A: () => 'Left.', B: () => 'Paid.' },
      },
      samples: { A: [{}] },
    };
    const problems = catalogueProblems('broken', family);
    expect(problems).toContain("broken A (fr): contains 'undefined': Reste undefined.");
    expect(problems).toContain('broken B: no sample params');
  });

  it('reports English marker words in French output', () => {
    const family: CatalogueFamily = {
      catalogues: { fr: { A: () => 'Le paiement is late.' }, en: { A: () => 'Late.' } },
      samples: { A: [{}] },
    };
    expect(catalogueProblems('broken', family)).toEqual([
      "broken A (fr): English word 'is': Le paiement is late.",
    ]);
  });

  it('reports French forms that should be elided or contracted', () => {
    const family: CatalogueFamily = {
      catalogues: {
        fr: {
          A: () => 'Exigible de un acheteur.',
          B: () => "Exigible d'un acheteur, à l'échéance, qu'il paie.",
          C: () => 'Le montant de les pénalités.',
        },
        en: { A: () => 'A.', B: () => 'B.', C: () => 'C.' },
      },
      samples: { A: [{}], B: [{}], C: [{}] },
    };
    expect(catalogueProblems('broken', family)).toEqual([
      "broken A (fr): not elided 'de un': Exigible de un acheteur.",
      "broken C (fr): not elided 'de les': Le montant de les pénalités.",
    ]);
  });

  it('reports a plural left as (s) in either locale', () => {
    const family: CatalogueFamily = {
      catalogues: { fr: { A: () => 'Reste 2 jours.' }, en: { A: () => '2 day(s) left.' } },
      samples: { A: [{}] },
    };
    expect(catalogueProblems('broken', family)).toEqual([
      "broken A (en): plural left as '(s)': 2 day(s) left.",
    ]);
  });
});
