import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => ({
  resolve: {
    alias: [
      { find: 'impayes-core', replacement: here('./src/index.ts') },
      // `npm run bench:micro` builds bench/lib.ts into .bench/lib.js (see bench/lib.ts): benchmarks time
      // the bundled code, loaded natively by Node.
      ...(mode === 'benchmark'
        ? [{ find: /^\.\/lib\.js$/, replacement: here('./.bench/lib.js') }]
        : []),
    ],
  },
  test: {
    // The bundled benchmark library is loaded by Node itself, not transformed by vite.
    server: { deps: { external: [/\/\.bench\//] } },
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup-fast-check.ts'],
    // Property tests run thousands of cases: 1–3 s alone, over vitest's 5 s default when CI shares a
    // loaded machine. Speed is checked by the CPU-time bounds of the fuzz and timeline tests instead.
    testTimeout: 20_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    benchmark: { include: ['bench/**/*.bench.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        'src/**/*.test.ts',
        'src/**/*.test-d.ts',
        'src/**/index.ts',
        'src/**/*.fixtures.ts',
      ],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95, statements: 95, branches: 90, functions: 100 },
    },
  },
}));
