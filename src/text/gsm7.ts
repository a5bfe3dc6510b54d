import { invalidInput, show } from '../internal/validate.js';

// The GSM 03.38 default alphabet (basic set plus the extension table reached by an escape).
// A text made only of these characters is sent as GSM-7: 160 characters fit in one SMS.
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '^{}\\[~]|€\f';

const BASIC_SET = /* @__PURE__ */ new Set(BASIC);
const EXTENSION_SET = /* @__PURE__ */ new Set(EXTENSION);

/**
 * How many GSM-7 septets `text` takes, or `null` when a character is outside the GSM-7
 * alphabet (the SMS would then be sent as UCS-2, 70 characters per message).
 *
 * @param text - the SMS text
 * @example
 * ```ts
 * gsm7Length('Facture F-1 : 120,00 €'); //=> 23 (the euro sign counts twice)
 * gsm7Length('Payé ✓');                 //=> null
 * ```
 * @category Text
 */
export function gsm7Length(text: string): number | null {
  if (typeof text !== 'string') invalidInput(`expected a string, received ${show(text)}`, ['text']);
  let septets = 0;
  for (const ch of text) {
    if (BASIC_SET.has(ch)) septets += 1;
    else if (EXTENSION_SET.has(ch)) septets += 2;
    else return null;
  }
  return septets;
}

/**
 * @internal Replaces the characters French text uses that GSM-7 lacks. The characters past U+00FF
 * are written as escapes: one such character in a bundled chunk makes V8 keep the whole chunk's
 * source as two bytes per character (cold start, issue 17).
 */
export function toGsm7(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[«»\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[êë]/g, 'e')
    .replace(/[âä]/g, 'a')
    .replace(/[îï]/g, 'i')
    .replace(/[ôö]/g, 'o')
    .replace(/[ûü]/g, 'u')
    .replace(/ç/g, 'c')
    .replace(/[ÈÊË]/g, 'E')
    .replace(/[ÀÂ]/g, 'A')
    .replace(/\u2026/g, '...');
}
