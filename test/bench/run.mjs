// `npm run bench [name]`: runs every test/bench/*.bench.mjs (or the one named), one after the
// other, each printing its figures as JSON on its last line.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const benches = readdirSync(here)
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => !only || file === `${only}.bench.mjs`)
  .sort();

if (benches.length === 0) {
  console.error(only ? `no benchmark named "${only}" in test/bench` : 'no benchmarks in test/bench yet');
  process.exit(only ? 1 : 0);
}
let failed = 0;
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  const { status } = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  if (status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
