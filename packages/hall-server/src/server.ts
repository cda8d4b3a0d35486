import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createServer } from 'node:http';
import { getRequestListener, RequestError } from '@hono/node-server';
import { sql, type Kysely } from 'kysely';
import type { Hall } from '@zhengwu/core/contract';
import { createApp } from './app.js';
import { errorBody } from './http/errors.js';
import type { AppServices } from './services.js';
import { connect, type DatabaseKind, type HallDatabase } from './db/connect.js';
import { migrate } from './db/migrations.js';
import { redateApplications, seedIfEmpty, type PinyinFn } from './db/seed.js';
import { MemoryEventBus, type EventBus } from './events/bus.js';
import { pruneEvents } from './events/log.js';
import { PgEventBus } from './events/pg-bus.js';
import { RateLimiter } from './http/rate-limit.js';
import { CatalogCache } from './items/catalog-cache.js';
import { ProgressDesk } from './progress/progress-desk.js';
import { TicketIssuer } from './queue/ticket-issuer.js';
import { WaitEstimator } from './queue/wait-estimator.js';
import { WindowDesk } from './queue/window-desk.js';
import { RatingDesk } from './ratings/rating-desk.js';
import { HallKeys } from './ratings/tokens.js';
import type { SeedData } from './seed/types.js';
import { HallStore } from './store.js';
import { DAY_MS, zonedTimestamp } from '@zhengwu/core/date';
import { systemClock, type Clock } from './clock.js';

export interface ServerOptions {
  /** Written to an empty database on first start. */
  seed: SeedData;
  /** Adds pinyin to a catalog item. */
  withPinyin: PinyinFn;
  /** Bearer token for window actions. */
  staffToken: string;
  /** Secret that pad tokens and rating tokens are derived from (at least 16 characters). */
  padSecret: string;
  /** Hours a rating token (the pad's, the QR link's) stays valid after `complete`. Default 24. */
  ratingTokenHours?: number;
  /** Minutes after `complete` that a pad connecting late still shows the request. Default 10. */
  padRequestMinutes?: number;
  /** 0 picks a free port. Default 8787. */
  port?: number;
  host?: string;
  /** Folder of the SQLite file (default `./.data`); ignored with `databaseUrl`. */
  dataDir?: string;
  /** PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** Origins allowed to call cross-origin (none by default). */
  corsOrigins?: string[];
  clock?: Clock;
  progressRateLimit?: { limit: number; windowMs: number };
  bodyLimitBytes?: number;
  heartbeatMs?: number;
  /** Handling minutes per visitor until real ones are measured. */
  defaultHandlingMinutes?: number;
}

export interface RunningServer {
  url: string;
  hall: Hall;
  database: DatabaseKind;
  databaseDescription: string;
  close(): Promise<void>;
}

const EVENT_RETENTION_DAYS = 7;

/** Connects, migrates, seeds when empty, and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const keys = new HallKeys(options.padSecret);
  const database = connect({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  let bus: EventBus | undefined;
  try {
    const schema = database.kind === 'postgres' ? await currentSchema(database) : undefined;
    await migrate(database.db as unknown as Kysely<unknown>, database.kind, schema);
    // NOTIFY channels span the whole database; one per schema keeps halls (and test runs) apart.
    const channel = schema ? `hall_events_${schema.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63) : undefined;
    bus = await createBus(database, channel);
    const store = new HallStore(database, bus, clock, channel);
    await seedIfEmpty(store, options.seed, options.withPinyin);
    await redateApplications(store, options.seed);
    await pruneEvents(store.db, zonedTimestamp(new Date(clock().getTime() - EVENT_RETENTION_DAYS * DAY_MS)));

    const hallRow = await store.db.selectFrom('hall').select('json').executeTakeFirstOrThrow();
    const hall = JSON.parse(hallRow.json) as Hall;
    const catalog = await CatalogCache.load(store.db);
    const estimator = new WaitEstimator(store.db, hall, options.defaultHandlingMinutes ?? 5);
    const limit = options.progressRateLimit ?? { limit: 10, windowMs: 60_000 };
    const services: AppServices = {
      store,
      hall,
      catalog,
      estimator,
      issuer: new TicketIssuer(store, hall, estimator),
      windows: new WindowDesk(store, hall, catalog),
      ratings: new RatingDesk(store, hall),
      progress: new ProgressDesk(store.db, { keys, tokenMs: (options.ratingTokenHours ?? 24) * 3_600_000, clock }),
      progressLimiter: new RateLimiter(limit.limit, limit.windowMs),
      staffToken: options.staffToken,
      keys,
      ratingTokenMs: (options.ratingTokenHours ?? 24) * 3_600_000,
      padRequestMs: (options.padRequestMinutes ?? 10) * 60_000,
      corsOrigins: options.corsOrigins ?? [],
      bodyLimitBytes: options.bodyLimitBytes ?? 16 * 1024,
      heartbeatMs: options.heartbeatMs ?? 15_000,
      streams: new Set(),
    };
    const app = createApp(services);
    const host = options.host ?? '127.0.0.1';
    const server = createServer(getRequestListener(app.fetch, { errorHandler: unreadableRequest }));
    server.on('clientError', answerClientError);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8787, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address() as AddressInfo;
    const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const openBus = bus;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${urlHost}:${address.port}`,
      hall,
      database: database.kind,
      databaseDescription: database.description,
      close: () =>
        (closing ??= (async () => {
          const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
          for (const finish of [...services.streams]) finish();
          server.closeIdleConnections();
          // Requests in flight get a moment to finish; then every socket goes.
          const force = setTimeout(() => server.closeAllConnections(), 2000);
          await stopped;
          clearTimeout(force);
          await openBus.close();
          await database.close();
        })()),
    };
  } catch (error) {
    await bus?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}

/** Bytes that are not HTTP at all still get a JSON answer before the socket closes. */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, text] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout']
        : [400, 'Bad Request'];
  const body = JSON.stringify(errorBody(status === 400 ? 'bad_request' : 'request_rejected', 'The request could not be read.'));
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** A request the adapter could not turn into a fetch Request (bad host, GET with a body, …). */
function unreadableRequest(error: unknown): Response {
  const known = error instanceof RequestError;
  if (!known) console.error('request failed before routing:', error);
  return Response.json(
    known ? errorBody('bad_request', 'The request could not be read.') : errorBody('internal_error', 'Something went wrong on the server.'),
    { status: known ? 400 : 500 },
  );
}

async function createBus(database: HallDatabase, channel: string | undefined): Promise<EventBus> {
  if (database.kind !== 'postgres' || !database.pgConfig || !channel) return new MemoryEventBus();
  const bus = new PgEventBus(database.pgConfig, channel, database.db);
  await bus.start();
  return bus;
}

async function currentSchema(database: HallDatabase): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(database.db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL: no schema on the search_path to create tables in');
  return schema;
}
