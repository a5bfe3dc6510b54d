import type { Locale } from './locale.js';

/**
 * The parameters of a message: plain JSON values. Dates are `YYYY-MM-DD` strings and amounts
 * canonical decimal strings (`'1234.50'`); the catalogue formats them for the locale, so an app
 * that renders a code itself gets the raw values.
 *
 * @category Text
 */
export type MessageParams = Readonly<
  Record<string, string | number | boolean | null | ReadonlyArray<string>>
>;

/**
 * A sentence the library produced: a stable `code`, its `params`, and the `message` rendered in
 * the requested locale. Apps that need their own wording render `(code, params)` themselves.
 *
 * @category Text
 */
export interface Message<C extends string = string, P extends MessageParams = MessageParams> {
  /** The stable code, e.g. `'FORMAL_NOTICE_EXPIRED'`. Match on this, never on the text. */
  readonly code: C;
  /** The values the sentence is made of. */
  readonly params: P;
  /** The sentence in the requested locale. */
  readonly message: string;
}

/**
 * One locale's templates for a family of codes: a function per code from its params to text.
 * `M` maps each code to the type of its params.
 *
 * @category Text
 */
export type Catalogue<M extends { [C in keyof M]: MessageParams }> = {
  readonly [C in keyof M]: (params: M[C]) => string;
};

/**
 * The templates of a family of codes in every locale.
 *
 * @category Text
 */
export type Catalogues<M extends { [C in keyof M]: MessageParams }> = Readonly<
  Record<Locale, Catalogue<M>>
>;

/**
 * @internal Renders one code of a catalogue family in a locale. The params object is copied so
 * the result never aliases the engine's or the caller's objects.
 */
export function renderMessage<
  M extends { [C in keyof M]: MessageParams },
  C extends keyof M & string,
>(catalogues: Catalogues<M>, locale: Locale, code: C, params: M[C]): Message<C, M[C]> {
  return renderIn(catalogues[locale], code, params);
}

/**
 * @internal Renders one code with a single catalogue (an engine's French text, which keeps the
 * other locales out of bundles that never ask for them). The params object is copied as above.
 */
export function renderIn<M extends { [C in keyof M]: MessageParams }, C extends keyof M & string>(
  catalogue: Catalogue<M>,
  code: C,
  params: M[C],
): Message<C, M[C]> {
  const copy = { ...params } as M[C];
  return { code, params: copy, message: catalogue[code](copy) };
}
