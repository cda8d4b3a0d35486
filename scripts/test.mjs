// `npm test`: type check, lint, then every browser test; fails when any step fails, when a
// test was skipped, or when no test ran at all. Prints "N passed, N failed" last.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const summaryFile = '.cache/wtr-summary.json';
const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

const steps = [
  // Storybook's preview imports the manifest, so it must exist before type checking.
  ['element manifest', 'npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']],
  ['type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
];
let ok = true;
for (const [label, command, args] of steps) {
  if (!run(label, command, args)) {
    console.error(`✖ ${label} failed`);
    ok = false;
  }
}

rmSync(summaryFile, { force: true });
const browserOk = run('browser tests (Chromium)', 'npx', ['wtr', ...process.argv.slice(2)], {
  ZW_TEST_SUMMARY: summaryFile,
});
let totals = { passed: 0, failed: 0, skipped: 0 };
try {
  totals = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {
  console.error('✖ the test runner wrote no summary');
  ok = false;
}
if (!browserOk) ok = false;
if (totals.passed === 0) {
  console.error('✖ no test ran');
  ok = false;
}
if (totals.skipped > 0) {
  console.error(`✖ ${totals.skipped} test(s) skipped: a skipped test is a defect`);
  ok = false;
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok ? 0 : 1);
