import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Loading compromise per language costs ~0.5 s; forks keep workers isolated
    // while the generous timeout covers the first load on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
