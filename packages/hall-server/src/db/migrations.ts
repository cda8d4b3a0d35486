import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseKind } from './connect.js';

/** Migrations live in code so that the server needs no migration folder at run time. */
function migrations(kind: DatabaseKind): Record<string, Migration> {
  const double = kind === 'postgres' ? 'double precision' : 'real';
  return {
    '0001_initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('meta')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('hall')
          .addColumn('code', 'text', (c) => c.primaryKey())
          .addColumn('json', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('catalog_items')
          .addColumn('code', 'text', (c) => c.primaryKey())
          .addColumn('basic_code', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('department', 'text', (c) => c.notNull())
          .addColumn('high_frequency', 'integer', (c) => c.notNull())
          .addColumn('popularity', double, (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('pinyin_full', 'text', (c) => c.notNull())
          .addColumn('pinyin_initials', 'text', (c) => c.notNull())
          .addColumn('summary', 'text', (c) => c.notNull())
          .addColumn('item', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('catalog_items_position').on('catalog_items').column('position').execute();
        await db.schema
          .createTable('calendar_years')
          .addColumn('year', 'integer', (c) => c.primaryKey())
          .addColumn('json', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('ticket_counters')
          .addColumn('day', 'text', (c) => c.notNull())
          .addColumn('prefix', 'text', (c) => c.notNull())
          .addColumn('last_number', 'integer', (c) => c.notNull())
          .addColumn('waiting', 'integer', (c) => c.notNull())
          .addColumn('priority_waiting', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('ticket_counters_pk', ['day', 'prefix'])
          .execute();
        await db.schema
          .createTable('tickets')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('day', 'text', (c) => c.notNull())
          .addColumn('prefix', 'text', (c) => c.notNull())
          .addColumn('number', 'integer', (c) => c.notNull())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('priority', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('taken_at', 'text', (c) => c.notNull())
          .addColumn('called_at', 'text')
          .addColumn('done_at', 'text')
          .addColumn('window_id', 'text')
          .addColumn('appointment_code', 'text')
          .addUniqueConstraint('tickets_day_prefix_number', ['day', 'prefix', 'number'])
          .execute();
        await db.schema.createIndex('tickets_waiting').on('tickets').columns(['day', 'status', 'category', 'priority', 'number']).execute();
        await db.schema.createIndex('tickets_window').on('tickets').columns(['window_id', 'status']).execute();
        await db.schema.createIndex('tickets_done').on('tickets').columns(['category', 'status', 'done_at']).execute();
        await db.schema
          .createTable('transactions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('window_id', 'text', (c) => c.notNull())
          .addColumn('window_name', 'text', (c) => c.notNull())
          .addColumn('staff_id', 'text')
          .addColumn('staff_name', 'text')
          .addColumn('staff_number', 'text')
          .addColumn('department', 'text', (c) => c.notNull())
          .addColumn('service_item_code', 'text')
          .addColumn('service_item_name', 'text')
          .addColumn('ticket_id', 'text')
          .addColumn('ticket_number', 'text')
          .addColumn('completed_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('ratings')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('transaction_id', 'text', (c) => c.notNull().unique().references('transactions.id'))
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('reasons', 'text', (c) => c.notNull())
          .addColumn('comment', 'text')
          .addColumn('phone', 'text')
          .addColumn('rated_at', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addColumn('day', 'text', (c) => c.notNull())
          .addColumn('region_code', 'text', (c) => c.notNull())
          .addColumn('window_id', 'text', (c) => c.notNull())
          .addColumn('window_name', 'text', (c) => c.notNull())
          .addColumn('department', 'text', (c) => c.notNull())
          .addColumn('staff_id', 'text')
          .execute();
        await db.schema.createIndex('ratings_day').on('ratings').columns(['day', 'window_id']).execute();
        await db.schema
          .createTable('idempotency_keys')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('request_hash', 'text', (c) => c.notNull())
          .addColumn('status_code', 'integer', (c) => c.notNull())
          .addColumn('response', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('applications')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('secret_hash', 'text', (c) => c.notNull())
          .addColumn('applicant_name', 'text', (c) => c.notNull())
          .addColumn('applicant_id_number', 'text', (c) => c.notNull())
          .addColumn('json', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('events')
          .addColumn('id', kind === 'postgres' ? 'bigserial' : 'integer', (c) =>
            kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('window_id', 'text')
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('events_created_at').on('events').column('created_at').execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of [
          'events',
          'applications',
          'idempotency_keys',
          'ratings',
          'transactions',
          'tickets',
          'ticket_counters',
          'calendar_years',
          'catalog_items',
          'hall',
          'meta',
        ]) {
          await sql`drop table if exists ${sql.table(table)}`.execute(db);
        }
      },
    },
    '0002_limits': {
      async up(db: Kysely<unknown>) {
        // Daily roll-ups of ratings: statistics read at most one row per day and window.
        await db.schema
          .createTable('rating_days')
          .addColumn('day', 'text', (c) => c.notNull())
          .addColumn('window_id', 'text', (c) => c.notNull())
          .addColumn('window_name', 'text', (c) => c.notNull())
          .addColumn('department', 'text', (c) => c.notNull())
          .addColumn('total', 'integer', (c) => c.notNull())
          .addColumn('satisfied', 'integer', (c) => c.notNull())
          .addColumn('very_satisfied', 'integer', (c) => c.notNull())
          .addColumn('satisfied_level', 'integer', (c) => c.notNull())
          .addColumn('basic', 'integer', (c) => c.notNull())
          .addColumn('dissatisfied', 'integer', (c) => c.notNull())
          .addColumn('very_dissatisfied', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('rating_days_pk', ['day', 'window_id', 'window_name', 'department'])
          .execute();
        await sql`
          insert into rating_days (day, window_id, window_name, department, total, satisfied,
            very_satisfied, satisfied_level, basic, dissatisfied, very_dissatisfied)
          select day, window_id, window_name, department, count(*),
            sum(case when level in ('very-satisfied', 'satisfied', 'basic') then 1 else 0 end),
            sum(case when level = 'very-satisfied' then 1 else 0 end),
            sum(case when level = 'satisfied' then 1 else 0 end),
            sum(case when level = 'basic' then 1 else 0 end),
            sum(case when level = 'dissatisfied' then 1 else 0 end),
            sum(case when level = 'very-dissatisfied' then 1 else 0 end)
          from ratings group by day, window_id, window_name, department`.execute(db);
        // Fixed-window counters shared by every process (rate limits, failure budgets).
        await db.schema
          .createTable('limit_counters')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('window_ends', 'bigint', (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('limit_counters_window_ends').on('limit_counters').column('window_ends').execute();
        // Anonymous tickets per category and day, against their own share of the numbers.
        await db.schema
          .alterTable('ticket_counters')
          .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        // The first answer to `complete`, replayed to a retry.
        await db.schema.alterTable('transactions').addColumn('answer', 'text').execute();
        await db.schema.createIndex('idempotency_keys_created_at').on('idempotency_keys').column('created_at').execute();
      },
      async down(db: Kysely<unknown>) {
        await sql`drop table if exists rating_days`.execute(db);
        await sql`drop table if exists limit_counters`.execute(db);
      },
    },
    '0003_application_ratings_calendar_versions': {
      async up(db: Kysely<unknown>) {
        // 一事一评 of an application found by the progress lookup: no window, one rating each.
        await db.schema
          .createTable('application_ratings')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('application_id', 'text', (c) => c.notNull().unique().references('applications.id'))
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('reasons', 'text', (c) => c.notNull())
          .addColumn('comment', 'text')
          .addColumn('phone', 'text')
          .addColumn('rated_at', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addColumn('day', 'text', (c) => c.notNull())
          .addColumn('region_code', 'text', (c) => c.notNull())
          .addColumn('department', 'text', (c) => c.notNull())
          .addColumn('service_item_code', 'text', (c) => c.notNull())
          .addColumn('service_item_name', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('application_ratings_day').on('application_ratings').column('day').execute();
        // Every calendar a hall has held, newest version last; calendar_years keeps the current one.
        await db.schema
          .createTable('calendar_versions')
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('json', 'text', (c) => c.notNull())
          .addColumn('imported_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('calendar_versions_pk', ['year', 'version'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await sql`drop table if exists ${sql.table('calendar_versions')}`.execute(db);
        await sql`drop table if exists ${sql.table('application_ratings')}`.execute(db);
      },
    },
    '0005_staff': {
      async up(db: Kysely<unknown>) {
        // A clerk's sign-in credential, hashed; a new one replaces the old.
        await db.schema
          .createTable('staff_credentials')
          .addColumn('staff_id', 'text', (c) => c.primaryKey())
          .addColumn('hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        // One session per window and one per clerk: the unique columns make a second one impossible.
        await db.schema
          .createTable('staff_sessions')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('window_id', 'text', (c) => c.notNull().unique())
          .addColumn('staff_id', 'text', (c) => c.notNull().unique())
          .addColumn('started_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'bigint', (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await sql`drop table if exists ${sql.table('staff_sessions')}`.execute(db);
        await sql`drop table if exists ${sql.table('staff_credentials')}`.execute(db);
      },
    },
    '0007_bundles': {
      async up(db: Kysely<unknown>) {
        // 一件事: a bundle's record (items by code) as JSON, in the catalog's order.
        await db.schema
          .createTable('catalog_bundles')
          .addColumn('code', 'text', (c) => c.primaryKey())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('json', 'text', (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await sql`drop table if exists ${sql.table('catalog_bundles')}`.execute(db);
      },
    },
    '0004_queue': {
      async up(db: Kysely<unknown>) {
        // The ticket's follow secret and printed short code (hashed), its place and history.
        const columns: Array<[string, 'text' | 'integer' | 'bigint', boolean]> = [
          ['secret_hash', 'text', false],
          ['short_code_hash', 'text', false],
          ['order_key', 'bigint', true],
          ['appointment', 'integer', true],
          ['recalls', 'integer', true],
          ['requeues', 'integer', true],
          ['transferred_from', 'text', false],
          ['target_window', 'text', false],
          ['last_change', 'text', false],
        ];
        for (const [name, type, counted] of columns) {
          await db.schema
            .alterTable('tickets')
            .addColumn(name, type, (c) => (counted ? c.notNull().defaultTo(0) : c))
            .execute();
        }
        await db.schema.createIndex('tickets_order').on('tickets').columns(['day', 'status', 'category', 'order_key']).execute();
        await db.schema.createIndex('tickets_target').on('tickets').columns(['target_window', 'status']).execute();
        await db.schema.createIndex('transactions_ticket').on('transactions').column('ticket_id').execute();
        await db.schema
          .createTable('appointments')
          .addColumn('code', 'text', (c) => c.primaryKey())
          .addColumn('day', 'text', (c) => c.notNull())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('ticket_id', 'text')
          .addColumn('checked_in_at', 'text')
          .execute();
        await db.schema
          .createTable('ticket_events')
          .addColumn('id', kind === 'postgres' ? 'bigserial' : 'integer', (c) =>
            kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('ticket_id', 'text')
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('window_id', 'text')
          .addColumn('at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('ticket_events_ticket').on('ticket_events').column('ticket_id').execute();
        await db.schema
          .createTable('window_states')
          .addColumn('window_id', 'text', (c) => c.primaryKey())
          .addColumn('paused', 'integer', (c) => c.notNull())
          .addColumn('changed_at', 'text', (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of ['window_states', 'ticket_events', 'appointments']) {
          await sql`drop table if exists ${sql.table(table)}`.execute(db);
        }
        await sql`drop index if exists transactions_ticket`.execute(db);
        await sql`drop index if exists tickets_target`.execute(db);
        await sql`drop index if exists tickets_order`.execute(db);
        for (const column of [
          'secret_hash',
          'short_code_hash',
          'order_key',
          'appointment',
          'recalls',
          'requeues',
          'transferred_from',
          'target_window',
          'last_change',
        ]) {
          await db.schema.alterTable('tickets').dropColumn(column).execute();
        }
      },
    },
  };
}

/**
 * `schema` (PostgreSQL): where the migration bookkeeping lives. Without it Kysely would take
 * another schema's bookkeeping tables in the same database for its own.
 */
export async function migrate(db: Kysely<unknown>, kind: DatabaseKind, schema?: string): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(kind) };
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === 'Error') console.error(`migration ${result.migrationName} failed`);
  }
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
