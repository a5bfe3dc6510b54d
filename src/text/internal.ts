// Everything the text module shares with other modules, public or not. Apps import the
// package root; other modules of this library import this file.

export type { Catalogue, Catalogues, Message, MessageParams } from './catalogue.js';
export { renderIn, renderMessage } from './catalogue.js';
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
