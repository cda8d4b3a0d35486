import { sql, type Kysely } from 'kysely';
import type { HallDatabase } from './connect.js';
import type { Database } from './schema.js';

/**
 * Runs `fn` in a write transaction. SQLite: `BEGIN IMMEDIATE` takes the write lock up front,
 * so a read-then-write (e.g. the next ticket number) cannot interleave with another process.
 * PostgreSQL: read committed; race-prone steps use row locks or conditional updates.
 * Inside `fn`, use only `trx`: the SQLite connection is held until the end.
 */
export async function inWriteTransaction<T>(database: HallDatabase, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (database.kind === 'postgres') return database.db.transaction().execute(fn);
  return database.db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      try {
        await sql`rollback`.execute(conn);
      } catch {
        // SQLite may have rolled back already (e.g. on SQLITE_FULL).
      }
      throw error;
    }
  });
}

/** A unique or primary-key constraint failed (either database). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
