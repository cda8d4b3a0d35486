/**
 * Checks a 一件事 bundles file against the contract; `--load` then replaces the hall's bundles
 * in its database (HALL_DATA_DIR, or DATABASE_URL), all or nothing, checking every item code
 * against the catalog there:
 *   node --conditions=source --import tsx packages/hall-server/src/bundles/import-cli.ts FILE [--load]
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { connect } from '../db/connect.js';
import { loadBundles, parseBundles } from './import.js';

const USAGE = 'usage: import-cli.ts FILE [--load]\n';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { load: { type: 'boolean', default: false } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length) {
    process.stderr.write(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const { bundles, errors } = parseBundles(text);
  for (const error of errors) process.stderr.write(`${file}: ${error}\n`);
  process.stderr.write(`${file}: ${bundles.length} valid bundles, ${errors.length} problems\n`);
  if (errors.length) return 1;
  if (!parsed.values.load) return 0;
  const database = connect({ dataDir: process.env.HALL_DATA_DIR || './.data', databaseUrl: process.env.DATABASE_URL || undefined });
  try {
    const { replaced } = await loadBundles(database, bundles);
    process.stderr.write(`loaded ${bundles.length} bundles into ${database.description} (replacing ${replaced})\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`not loaded: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
