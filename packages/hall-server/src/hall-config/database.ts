import { resolve } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { connect, type HallDatabase } from '../db/connect.js';
import { migrate } from '../db/migrations.js';

/**
 * The database the server uses (DATABASE_URL, else HALL_DATA_DIR), brought to the current
 * schema: a command run after an upgrade but before the server's next start still finds its tables.
 */
export async function openHallDatabase(env: NodeJS.ProcessEnv = process.env): Promise<HallDatabase> {
  // `npm run -w` runs in the package folder: a relative folder means the one the command was typed in.
  const dataDir = resolve(env.INIT_CWD || process.cwd(), env.HALL_DATA_DIR || './.data');
  const database = connect({ dataDir, databaseUrl: env.DATABASE_URL || undefined });
  try {
    let schema: string | undefined;
    if (database.kind === 'postgres') {
      const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(database.db);
      schema = rows[0]?.schema ?? undefined;
    }
    await migrate(database.db as unknown as Kysely<unknown>, database.kind, schema);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Stops with a plain message when the server has never set this database up. */
export async function requireSetUp(database: HallDatabase): Promise<void> {
  const seeded = await database.db.selectFrom('meta').select('value').where('key', '=', 'seeded').executeTakeFirst();
  if (!seeded) throw new Error('this database has not been set up by the hall server yet: start it once, then import');
}
