import { defineConfig } from 'vitest/config';

// The tests StrykerJS runs against mutants of src/report (see stryker.config.json): the domain's own
// tests, without the Word/PDF reader suites (parse-file: 12 s a run; read-batch: reads the corpus by a
// path relative to the work tree, which Stryker's sandbox copy does not have). They check the readers,
// not the rules.
export default defineConfig({
  test: {
    include: ['src/report/**/*.test.ts'],
    exclude: ['src/report/parse-file.test.ts', 'src/report/read-batch.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
