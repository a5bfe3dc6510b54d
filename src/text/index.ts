/**
 * Human text in French and English: the message types every module's sentences share, and the
 * French formatting helpers (dates in words, plurals, lists, SMS length).
 *
 * Import every name from the package root: `import { … } from 'impayes-core'`.
 *
 * @document ../../docs/messages.md
 * @module text
 */
export type { Catalogue, Catalogues, Message, MessageParams } from './catalogue.js';
export { renderMessage } from './catalogue.js';
export type { Finding, FindingSeverity } from './finding.js';
export { formatFrenchDate, formatLongDate, longDateValid } from './format-date.js';
export { gsm7Length, toGsm7 } from './gsm7.js';
export { escapeHtml, textToHtml } from './html.js';
export { formatList, listValid } from './list.js';
export type { Locale } from './locale.js';
export { defaultLocale, LocaleSchema } from './locale.js';
export { moneyText } from './money-text.js';
export type { PluralForms } from './plural.js';
export { countValid, formatCount, pluralFormValid } from './plural.js';
