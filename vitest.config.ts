import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { 'impayes-core': new URL('./src/index.ts', import.meta.url).pathname } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup-fast-check.ts'],
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
});
