import { invalidInput, show } from '../internal/validate.js';

/** The SIREN of La Poste, whose establishment numbers (SIRET) use a different check. */
const LA_POSTE_SIREN = '356000000';

/** Removes spaces (ordinary, no-break and narrow no-break) from an identifier. */
function compact(value: string): string {
  return value.replace(/[\s\u00a0\u202f]/g, '');
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}

/** Luhn checksum: true when the digit string passes (every second digit from the right doubled). */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Tells whether a text is a well-formed SIREN: 9 digits passing the Luhn check.
 *
 * @remarks The SIREN identifies a French business in the SIRENE register (INSEE); it is one of
 * the mentions the e-invoicing reform requires for the buyer ([law.md §7](../../docs/law.md)). Spaces are stripped
 * first (`'732 829 320'` is accepted); any other character makes it invalid. The check proves
 * the number is well formed, not that it is registered.
 * @param value - the candidate SIREN; anything but a string gives `false`
 * @returns `true` for 9 digits with a valid Luhn key
 * @example
 * ```ts
 * isValidSiren('732829320'); //=> true
 * isValidSiren('732 829 320'); //=> true
 * isValidSiren('732829321'); //=> false
 * ```
 * @category Parties
 */
export function isValidSiren(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const s = compact(value);
  return /^\d{9}$/.test(s) && luhn(s);
}

/**
 * Tells whether a text is a well-formed SIRET: 14 digits (SIREN + 5-digit establishment number,
 * NIC) passing the Luhn check over all 14 digits.
 *
 * @remarks La Poste's establishments (SIREN 356000000) are numbered outside the Luhn rule: their
 * SIRET is also valid when the sum of its 14 digits is a multiple of 5 (INSEE; its head office,
 * 356 000 000 00048, passes the Luhn check). Spaces are stripped
 * first. The check proves the number is well formed, not that it is registered.
 * @param value - the candidate SIRET; anything but a string gives `false`
 * @returns `true` for 14 digits with a valid key
 * @example
 * ```ts
 * isValidSiret('73282932000074'); //=> true
 * isValidSiret('356 000 000 00048'); //=> true (La Poste head office, Luhn)
 * isValidSiret('35600000012346'); //=> true (La Poste: digit sum 30)
 * isValidSiret('73282932000075'); //=> false
 * ```
 * @category Parties
 */
export function isValidSiret(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const s = compact(value);
  if (!/^\d{14}$/.test(s)) return false;
  return luhn(s) || (s.startsWith(LA_POSTE_SIREN) && digitSum(s) % 5 === 0);
}

/**
 * Builds the French intra-EU VAT number of a business from its SIREN: `'FR'` + a two-digit key +
 * the SIREN, with key = (12 + 3 × (SIREN mod 97)) mod 97.
 *
 * @remarks CGI art. 286 ter and 289 (VAT number on invoices; [law.md §7](../../docs/law.md)). The result is the
 * number the SIREN implies; whether the business is actually registered for VAT is a VIES check.
 * Spaces in the input are stripped.
 * @param siren - a valid SIREN (see {@link isValidSiren})
 * @returns the VAT number, e.g. `'FR44732829320'`
 * @throws {@link ImpayesError} `INVALID_INPUT` (path `['siren']`) when `siren` is not a valid
 * SIREN.
 * @example
 * ```ts
 * frenchVatNumber('732829320'); //=> 'FR44732829320'
 * frenchVatNumber('404 833 048'); //=> 'FR83404833048'
 * ```
 * @category Parties
 */
export function frenchVatNumber(siren: string): string {
  if (!isValidSiren(siren))
    invalidInput(`must be a valid SIREN (9 digits with a Luhn key), received ${show(siren)}`, [
      'siren',
    ]);
  const s = compact(siren);
  return `FR${vatKey(s)}${s}`;
}

function vatKey(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return key < 10 ? `0${key}` : String(key);
}

/**
 * Tells whether a text is a French intra-EU VAT number with a numeric key matching its SIREN.
 *
 * @remarks Format `FR` + 2-digit key + 9-digit SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97 and
 * a SIREN passing the Luhn check ([law.md §7](../../docs/law.md)). Spaces are stripped and the prefix may be in lower
 * case. Numbers with a letter in the key (issued to some businesses without a SIREN) are not
 * checked and give `false`.
 * @param value - the candidate VAT number; anything but a string gives `false`
 * @returns `true` when the format, the SIREN and the key are right
 * @example
 * ```ts
 * isValidFrenchVatNumber('FR44732829320'); //=> true
 * isValidFrenchVatNumber('FR 44 732 829 320'); //=> true
 * isValidFrenchVatNumber('FR45732829320'); //=> false
 * ```
 * @category Parties
 */
export function isValidFrenchVatNumber(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^FR(\d{2})(\d{9})$/.exec(compact(value).toUpperCase());
  if (m === null) return false;
  const siren = m[2]!;
  return luhn(siren) && vatKey(siren) === m[1];
}
