import { defineConfig } from 'vitest/config';

// The tests StrykerJS runs against mutants of src/report (see stryker.config.json): the domain's own
// tests, without the Word/PDF reader suite (12 s a run, and it checks the readers, not the rules).
export default defineConfig({
  test: {
    include: ['src/report/**/*.test.ts'],
    exclude: ['src/report/parse-file.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
