/**
 * Human text in French and English: the message types every module's sentences share, and the
 * French formatting helpers (dates in words, plurals, lists, SMS length).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/messages.md
 * @module text
 */

export type {
  Catalogue,
  Catalogues,
  Finding,
  FindingSeverity,
  Locale,
  Message,
  MessageParams,
  PluralForms,
} from './internal.js';
export {
  defaultLocale,
  formatCount,
  formatFrenchDate,
  formatList,
  formatLongDate,
  gsm7Length,
  LocaleSchema,
} from './internal.js';
