/**
 * Writes a generated catalog as JSON, one item per line (or indented with --pretty):
 *   node --conditions=source --import tsx packages/hall-server/src/catalog/generate-cli.ts --count 10000 --out catalog.json
 */
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { generateCatalog, serialiseCatalog } from './generate.js';

const USAGE = 'usage: generate-cli.ts [--count 10000] [--seed 1] [--out catalog.json] [--pretty]\n';

function wholeNumber(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`--${option} must be a whole number ≥ 0, got "${text}"\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        count: { type: 'string', default: '10000' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const count = wholeNumber(values.count, 'count');
  const seed = wholeNumber(values.seed, 'seed');
  const started = performance.now();
  const text = serialiseCatalog(generateCatalog(count, seed), values.pretty);
  if (values.out) {
    writeFileSync(values.out, text);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const megabytes = (Buffer.byteLength(text) / 1e6).toFixed(1);
    process.stderr.write(`wrote ${count} items to ${values.out} (${megabytes} MB) in ${seconds} s\n`);
  } else {
    process.stdout.write(text);
  }
}

main();
