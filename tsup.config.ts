import { defineConfig } from 'tsup';

// One entry per domain so that bundlers keep only what an import needs (STYLE.md §7.3 point 5).
export const domains = [
  'errors',
  'parties',
  'money',
  'dates',
  'rates',
  'terms',
  'invoice',
  'penalties',
  'deposit',
  'limitation',
  'dunning',
  'portfolio',
  'einvoicing',
  'collections',
] as const;

export default defineConfig({
  // `impayes-core/testing` is its own entry point (package.json `exports`), not part of the root.
  entry: ['src/index.ts', ...domains.map((d) => `src/${d}/index.ts`), 'src/testing/index.ts'],
  format: ['esm', 'cjs'],
  // Types only for the public entries: the per-domain entries exist for code splitting, not as subpaths.
  dts: { entry: ['src/index.ts', 'src/testing/index.ts'] },
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
});
