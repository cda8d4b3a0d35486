import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface HallDatabase {
  kind: DatabaseKind;
  db: Kysely<Database>;
  /** Where the data lives, without credentials. */
  description: string;
  /** PostgreSQL only: connection settings for a dedicated LISTEN client. */
  pgConfig?: pg.ClientConfig;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Folder of the embedded database file (SQLite). */
  dataDir?: string;
  /** `postgres://…`: use PostgreSQL instead. */
  databaseUrl?: string;
  /** PostgreSQL pool size per process. */
  poolSize?: number;
}

// bigint (count, bigserial) and numeric (avg) arrive as strings by default; every value
// here stays far below 2^53.
const INT8 = 20;
const NUMERIC = 1700;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function connect(options: ConnectOptions): HallDatabase {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.poolSize ?? 10);
  return connectSqlite(options.dataDir ?? './.data');
}

function connectPostgres(databaseUrl: string, poolSize: number): HallDatabase {
  const pgConfig: pg.ClientConfig = { connectionString: databaseUrl, types: pgTypes };
  const pool = new pg.Pool({ ...pgConfig, max: poolSize });
  // An idle client losing its connection must not crash the process.
  pool.on('error', (error) => console.error('postgres pool error:', error.message));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    description: `postgres ${redactUrl(databaseUrl)}`,
    pgConfig,
    close: () => db.destroy(),
  };
}

function connectSqlite(dataDir: string): HallDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = resolve(join(dataDir, 'hall.db'));
  // `timeout` is SQLite's busy_timeout: another process holding the write lock is waited for.
  const raw = new SqliteDatabase(file, { timeout: 5000 });
  raw.pragma('journal_mode = WAL');
  // FULL syncs the WAL on every commit: an acknowledged write survives a power cut.
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachedStatements(raw) }) });
  return {
    kind: 'sqlite',
    db,
    description: `sqlite ${file}`,
    close: () => db.destroy(),
  };
}

/** Kysely prepares every query anew; reuse prepared statements by their SQL text. */
function cachedStatements(raw: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      cache.clear();
      raw.close();
    },
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        // Multi-row inserts vary in length; keep the cache bounded.
        if (cache.size >= 500) cache.clear();
        statement = raw.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    url.search = '';
    return url.toString();
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}
