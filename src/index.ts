/**
 * impayes-core: French unpaid-invoice rules as pure functions.
 *
 * @packageDocumentation
 */

// Public API only: each module's index.ts lists its public names; internals stay in internal.ts.
export * from './collections/index.js';
export * from './dates/index.js';
export * from './deposit/index.js';
export * from './dunning/index.js';
export * from './einvoicing/index.js';
export * from './errors/index.js';
export * from './invoice/index.js';
export * from './law/index.js';
export * from './limitation/index.js';
export * from './money/index.js';
export * from './parties/index.js';
export * from './penalties/index.js';
export * from './portfolio/index.js';
export * from './rates/index.js';
export * from './terms/index.js';
export * from './text/index.js';
