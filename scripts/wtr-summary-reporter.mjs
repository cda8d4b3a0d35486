import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Counts passed, failed and skipped tests of a run and writes them for scripts/test.mjs. */
export function summaryReporter(file = process.env.ZW_TEST_SUMMARY || '.cache/wtr-summary.json') {
  const count = (suite, totals) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites ?? []) count(child, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: 0, sessionErrors: 0 };
      for (const session of sessions) {
        totals.files += 1;
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.sessionErrors += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
