/**
 * Checks a hall file (YAML or JSON) and writes it into the hall's database (DATABASE_URL, else
 * HALL_DATA_DIR), all or nothing; `--check` only checks:
 *   node --conditions=source --import tsx packages/hall-server/src/hall-config/import-cli.ts FILE [--check]
 * Problems go to stderr as `FILE:LINE PATH: MESSAGE`; exits 1 when there are any.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { openHallDatabase } from './database.js';
import { importHall } from './import.js';
import { formatHallError, parseHall } from './parse.js';

const USAGE = 'usage: hall:import -- FILE [--check]\n';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = parsed.positionals[0];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const { hall, errors } = parseHall(text);
  for (const error of errors) process.stderr.write(`${formatHallError(file, error)}\n`);
  if (!hall) {
    process.stderr.write(`${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing imported\n`);
    return 1;
  }
  const summary = `${hall.name} (${hall.code}): ${hall.windows.length} windows, ${hall.categories.length} categories, ${hall.staff?.length ?? 0} staff`;
  if (parsed.values.check) {
    process.stderr.write(`${file}: valid: ${summary}\n`);
    return 0;
  }
  let database;
  try {
    database = await openHallDatabase();
    const { replaced } = await importHall(database, hall);
    process.stderr.write(
      `imported ${summary} into ${database.description}${replaced ? ` (replacing ${replaced})` : ''}; restart the hall server to serve it\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`not imported: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await database?.close();
  }
}

process.exitCode = await main();
