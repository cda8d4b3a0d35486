/**
 * Checks a catalog file against the contract and adds pinyin; `--load` then replaces the
 * catalog in the hall's database (HALL_DATA_DIR, or DATABASE_URL), all or nothing:
 *   node --conditions=source --import tsx packages/hall-server/src/catalog/import-cli.ts FILE [--out normalised.json] [--load]
 * Problems go to stderr as `FILE:LINE item INDEX (CODE): PATH: MESSAGE`; exits 1 when there are any.
 * The normalised file (valid items with pinyin) is written only when the whole file is valid.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { connect } from '../db/connect.js';
import { formatCatalogError, parseCatalog } from './import.js';
import { loadCatalog } from './load.js';

const USAGE = 'usage: import-cli.ts FILE [--out normalised.json] [--load] [--max-errors 200]\n';
const BAR_WIDTH = 30;

function progressBar(done: number, total: number): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${done}/${total} items`;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        load: { type: 'boolean', default: false },
        'max-errors': { type: 'string', default: '200' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = positionals[0];
  const maxErrors = Number(values['max-errors']);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: ${(error as Error).message}\n`);
    return 2;
  }

  const started = performance.now();
  // Redraw the bar in place only on a terminal; logs get the final summary line alone.
  const live = process.stderr.isTTY === true;
  const { items, errors } = parseCatalog(text, (done, total) => {
    if (live) process.stderr.write(`\r${progressBar(done, total)}`);
  });
  if (live) process.stderr.write('\n');

  const shown = Number.isInteger(maxErrors) && maxErrors >= 0 ? errors.slice(0, maxErrors) : errors;
  for (const error of shown) process.stderr.write(`${formatCatalogError(file, error)}\n`);
  if (shown.length < errors.length) process.stderr.write(`… and ${errors.length - shown.length} more problems\n`);

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  // A syntax error or a wrong top-level shape stops before any item is checked.
  const unreadable = items.length === 0 && errors.length === 1 && (errors[0].index < 0 || errors[0].message.startsWith('Invalid JSON'));
  if (unreadable) {
    process.stderr.write(`${file}: not a readable catalog (${seconds} s)\n`);
  } else {
    const failed = new Set(errors.map((error) => error.index)).size;
    process.stderr.write(
      `${file}: checked ${items.length + failed} items in ${seconds} s: ${items.length} valid, ${failed} with problems (${errors.length} problems)\n`,
    );
  }

  if (errors.length > 0) {
    if (values.out) process.stderr.write(`${values.out} not written: fix the problems above first\n`);
    if (values.load) process.stderr.write('nothing loaded: fix the problems above first\n');
    return 1;
  }
  if (values.out) {
    writeFileSync(values.out, `${JSON.stringify(items, null, 2)}\n`);
    process.stderr.write(`wrote ${items.length} items with pinyin to ${values.out}\n`);
  }
  if (values.load) {
    const database = connect({ dataDir: process.env.HALL_DATA_DIR || './.data', databaseUrl: process.env.DATABASE_URL || undefined });
    try {
      const { replaced } = await loadCatalog(database, items);
      process.stderr.write(
        `loaded ${items.length} items into ${database.description} (replacing ${replaced}); restart the hall server to serve them\n`,
      );
    } catch (error) {
      process.stderr.write(`not loaded: ${(error as Error).message}\n`);
      return 1;
    } finally {
      await database.close();
    }
  }
  return 0;
}

process.exitCode = await main();
