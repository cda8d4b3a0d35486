// `npm test`: element manifest, type check, lint, the docs tests (manifest, README imports), the
// locale files, the hall server's suites (node:test; on the embedded database, and on PostgreSQL
// when HALL_TEST_DATABASE_URL is set), the system tests (the kiosk in Chromium against the real
// server), then every browser test. Fails when a step fails, a test was skipped, or no test ran.
// Prints "N passed, N failed" last. Without a Chromium that runs, it stops at once and says how
// to get one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { checkChromium } from './chromium.mjs';

const chromium = checkChromium();
if (!chromium.ok) {
  console.error(`✖ ${chromium.message}`);
  process.exit(1);
}
console.log(`Chromium: ${chromium.version} (${chromium.path})`);

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;
const fail = (message) => {
  console.error(`✖ ${message}`);
  ok = false;
};

const checks = [
  // Storybook's preview imports the manifest, so it must exist before type checking.
  ['element manifest', 'npm', ['run', '-s', 'build:manifest']],
  ['type check (browser packages)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['type check (hall server)', 'npx', ['tsc', '-p', 'packages/hall-server/tsconfig.json']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format check (Prettier; `npm run format` fixes)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
];
for (const [label, command, args] of checks) {
  if (!run(label, command, args)) fail(`${label} failed`);
}

// node:test writes TAP to a file for counting while the spec reporter shows progress.
mkdirSync('.cache', { recursive: true });
const testFiles = (folder, ending) =>
  readdirSync(folder)
    .filter((file) => file.endsWith(ending))
    .sort()
    .map((file) => `${folder}/${file}`);
function nodeTests(label, files, env) {
  const tap = `.cache/node-tests-${label.replace(/\W+/g, '-')}.tap`;
  rmSync(tap, { force: true });
  const passed = run(
    label,
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    env,
  );
  if (!passed) fail(`${label} failed`);
  try {
    const text = readFileSync(tap, 'utf8');
    const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
    totals.passed += count('pass');
    totals.failed += count('fail') + count('cancelled');
    totals.skipped += count('skipped') + count('todo');
  } catch {
    fail(`${label} wrote no report`);
  }
}

// The docs tell the truth: every element's API is documented in the manifest, and every import
// in the README bundles against the built packages.
nodeTests('docs (element manifest, README imports)', testFiles('test/docs', '.test.mjs'), {});
// Every namespace's locale files: the same keys, plural forms and placeholders in each locale.
nodeTests('locale files', testFiles('test/i18n', '.test.mjs'));

const serverFiles = testFiles('packages/hall-server/test', '.test.ts');
nodeTests('hall server tests (embedded SQLite)', serverFiles, { DATABASE_URL: '' });
if (process.env.HALL_TEST_DATABASE_URL) {
  nodeTests('hall server tests (PostgreSQL)', serverFiles, { DATABASE_URL: process.env.HALL_TEST_DATABASE_URL });
}
// The real kiosk in Chromium against the real hall server.
nodeTests('system tests (kiosk + hall server)', testFiles('test/system', '.test.mjs'), { DATABASE_URL: '' });

const summaryFile = '.cache/wtr-summary.json';
rmSync(summaryFile, { force: true });
if (!run('browser tests (Chromium)', 'npx', ['wtr', ...process.argv.slice(2)], { ZW_TEST_SUMMARY: summaryFile })) {
  fail('browser tests failed');
}
try {
  const browser = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += browser.passed;
  totals.failed += browser.failed;
  totals.skipped += browser.skipped;
  if (browser.passed === 0) fail('no browser test ran');
} catch {
  fail('the browser test runner wrote no summary');
}

if (totals.passed === 0) fail('no test ran');
if (totals.skipped > 0) fail(`${totals.skipped} test(s) skipped: a skipped test is a defect`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok ? 0 : 1);
