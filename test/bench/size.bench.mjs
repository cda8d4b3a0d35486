// Size of each standalone entry point as a portal page would load it: one element's define
// module with everything it needs (lit, i18next, core), built by the production bundler,
// minified, gzip level 9. "gzip_kb" is what loads up front; "lazy_gzip_kb" what loads only when
// needed (locale strings, the QR encoder). Shoelace's rating + button, built the same way in
// the same run, is printed beside them for reference.
//
// Fails (exit 1) when an entry's file is missing (a renamed folder must be renamed here too) or
// an entry's up-front gzip size is over its budget in size-budgets.json (KB, today's figures:
// raise a budget only on purpose, in the same commit as the reason). The JSON is printed last.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';

const entries = {
  rating: 'packages/rating/src/rating/zw-rating.define.ts',
  'rating-stats': 'packages/rating/src/rating-stats/zw-rating-stats.define.ts',
  provider: 'packages/core/src/provider/zw-provider.define.ts',
  button: 'packages/ui/src/button/zw-button.define.ts',
  keypad: 'packages/ui/src/keypad/zw-keypad.define.ts',
  'letter-keyboard': 'packages/ui/src/letter-keyboard/zw-letter-keyboard.define.ts',
  'qr-code': 'packages/ui/src/qr-code/zw-qr-code.define.ts',
  steps: 'packages/ui/src/steps/zw-steps.define.ts',
  'timeout-dialog': 'packages/ui/src/timeout-dialog/zw-timeout-dialog.define.ts',
  'read-aloud': 'packages/ui/src/read-aloud/zw-read-aloud.define.ts',
  'service-catalog': 'packages/service-guide/src/service-catalog/zw-service-catalog.define.ts',
  'service-guide': 'packages/service-guide/src/service-guide/zw-service-guide.define.ts',
  'service-checklist': 'packages/service-guide/src/service-checklist/zw-service-checklist.define.ts',
  deadline: 'packages/progress/src/deadline/zw-deadline.define.ts',
  'progress-timeline': 'packages/progress/src/progress-timeline/zw-progress-timeline.define.ts',
  'progress-lookup': 'packages/progress/src/progress-lookup/zw-progress-lookup.define.ts',
};
const reference = {
  'shoelace rating+button': [
    '@shoelace-style/shoelace/dist/components/rating/rating.js',
    '@shoelace-style/shoelace/dist/components/button/button.js',
  ],
};

const VIRTUAL = '\0size-entry';
async function measure(imports) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    plugins: [
      {
        name: 'size-entry',
        resolveId: (id) => (id === 'size-entry' ? VIRTUAL : undefined),
        load: (id) => (id === VIRTUAL ? imports.map((path) => `import ${JSON.stringify(path)};`).join('\n') : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2021',
      modulePreload: false,
      rollupOptions: { input: 'size-entry', preserveEntrySignatures: 'allow-extension' },
    },
  });
  const chunks = (Array.isArray(output) ? output[0] : output).output.filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const upfront = new Set();
  const visit = (chunk) => {
    if (upfront.has(chunk.fileName)) return;
    upfront.add(chunk.fileName);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
  let min = 0;
  let gzip = 0;
  let lazy = 0;
  for (const chunk of chunks) {
    const size = gzipSync(chunk.code, { level: 9 }).length;
    if (upfront.has(chunk.fileName)) {
      min += Buffer.byteLength(chunk.code);
      gzip += size;
    } else {
      lazy += size;
    }
  }
  return { min_kb: kb(min), gzip_kb: kb(gzip), lazy_gzip_kb: kb(lazy), chunks: chunks.length };
}

const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));
const problems = [];
for (const name of Object.keys(budgets)) {
  if (!(name in entries)) problems.push(`size-budgets.json has a budget for ${name}, which is not an entry here`);
}

const result = { entries: {}, reference: {} };
for (const [name, path] of Object.entries(entries)) {
  if (!existsSync(path)) {
    problems.push(`entry ${name}: ${path} does not exist (renamed or moved? update the entries in test/bench/size.bench.mjs)`);
    continue;
  }
  result.entries[name] = await measure([`/${path}`]);
  console.log(
    `${name.padEnd(16)} ${String(result.entries[name].gzip_kb).padStart(6)} KB gzip up front, ${result.entries[name].lazy_gzip_kb} KB lazy`,
  );
}
for (const [name, imports] of Object.entries(reference)) {
  result.reference[name] = await measure(imports);
  console.log(`${name.padEnd(16)} ${String(result.reference[name].gzip_kb).padStart(6)} KB gzip up front (reference)`);
}
if (result.entries.rating) {
  result.goal = { rating_gzip_kb: 35, met: result.entries.rating.gzip_kb <= 35 };
  result.rating_vs_shoelace = Math.round((result.entries.rating.gzip_kb / result.reference['shoelace rating+button'].gzip_kb) * 100) / 100;
}
result.budgets = {};
for (const [name, budget] of Object.entries(budgets)) {
  const measured = result.entries[name]?.gzip_kb;
  if (measured === undefined) continue;
  result.budgets[name] = { budget_kb: budget, gzip_kb: measured, met: measured <= budget };
  if (measured > budget) problems.push(`entry ${name}: ${measured} KB gzip up front, over its budget of ${budget} KB`);
}
for (const name of Object.keys(entries)) {
  if (!(name in budgets)) problems.push(`entry ${name} has no budget in test/bench/size-budgets.json`);
}
result.ok = problems.length === 0;
for (const problem of problems) console.error(`✖ ${problem}`);
console.log(JSON.stringify(result));
if (problems.length > 0) process.exitCode = 1;
