/**
 * Prints a new sign-in credential for a clerk of the hall, replacing the previous one:
 *   npm run -s staff-credential -w @zhengwu/hall-server -- S1001
 * The database is the server's (DATABASE_URL, else HALL_DATA_DIR); only a hash is stored.
 */
import process from 'node:process';
import { openHallDatabase } from '../hall-config/database.js';
import { issueCredential } from './credentials.js';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || !/^[A-Za-z0-9_-]{1,64}$/.test(args[0])) {
    process.stderr.write('usage: staff-credential STAFF_ID\n');
    return 2;
  }
  let database;
  try {
    database = await openHallDatabase();
    process.stdout.write(`${await issueCredential(database, args[0])}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`no credential: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await database?.close();
  }
}

process.exitCode = await main();
