import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { createServer, type Server } from 'node:http';
import { getRequestListener, RequestError } from '@hono/node-server';
import { sql, type Kysely } from 'kysely';
import type { Hall } from '@zhengwu/core/contract';
import { createApp } from './app.js';
import { errorBody } from './http/errors.js';
import type { AppServices } from './services.js';
import { connect, type DatabaseKind, type HallDatabase } from './db/connect.js';
import { migrate } from './db/migrations.js';
import { redateApplications, seedIfEmpty, type PinyinFn } from './db/seed.js';
import { seedBundlesOnce } from './bundles/bundle-store.js';
import { MemoryEventBus, type EventBus } from './events/bus.js';
import { DEFAULT_RETENTION, startRetention } from './db/retention.js';
import { DEFAULT_STREAM_LIMITS, StreamLimits, type StreamLimitOptions } from './events/stream-limits.js';
import { PgEventBus } from './events/pg-bus.js';
import { TrustedProxies } from './http/client-address.js';
import { RateLimiter } from './http/rate-limit.js';
import { SharedCounter } from './http/shared-counter.js';
import { DEFAULT_GUESS_LIMIT, GuessLimit, type GuessLimitOptions } from './progress/guess-limit.js';
import { CatalogCache } from './items/catalog-cache.js';
import { ProgressDesk } from './progress/progress-desk.js';
import { TicketWatch } from './events/ticket-watch.js';
import { redateAppointments } from './queue/appointments.js';
import { ClaimLimit, DEFAULT_CLAIM_LIMIT, type ClaimLimitOptions } from './queue/claim-limit.js';
import { HallZone } from './queue/hall-zone.js';
import { QueueStateCache } from './queue/queue-state.js';
import { TicketIssuer } from './queue/ticket-issuer.js';
import { ReceiptKeys } from './queue/ticket-secrets.js';
import { WaitEstimator } from './queue/wait-estimator.js';
import { WindowDesk } from './queue/window-desk.js';
import { ConfiguredStaff, WindowStates, type WindowStaffSource } from './queue/window-states.js';
import { RatingDesk } from './ratings/rating-desk.js';
import { HallKeys } from './ratings/tokens.js';
import { DEFAULT_SIGN_IN_LIMIT, SignInLimit, type SignInLimitOptions } from './staff/sign-in-limit.js';
import { StaffDesk } from './staff/staff-desk.js';
import type { SeedData } from './seed/types.js';
import { HallStore } from './store.js';
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
  /** Lookups per address and minute in one process, a flood guard (default 120). */
  progressRateLimit?: { limit: number; windowMs: number };
  /** Failure budgets for progress secrets (per application number and per address). */
  guessLimit?: Partial<GuessLimitOptions>;
  /** Tickets without a kiosk token: on or off, per client address and category per hour (default on, 30). */
  anonymousTickets?: { enabled?: boolean; perClientHour?: number };
  /** Share of a category's daily numbers that anonymous issuing may take (default 0.5). */
  anonymousShare?: number;
  /** Reverse proxies whose X-Forwarded-For names the client (addresses or CIDR ranges). */
  trustedProxies?: string[];
  bodyLimitBytes?: number;
  heartbeatMs?: number;
  http?: Partial<HttpLimits>;
  /** How long a 429 answer waits before it is sent (ms, default 1000). */
  tarpitMs?: number;
  /** Statistics requests per address and minute (default 60). */
  statsPerMinute?: number;
  /** Days an Idempotency-Key is remembered (default 30). */
  idempotencyDays?: number;
  /** Caps on event streams: per address, in total, replay length, buffers. */
  streamLimits?: Partial<StreamLimitOptions>;
  /** Failure budgets for staff sign-in (per staff id and per address). */
  signInLimit?: Partial<SignInLimitOptions>;
  /** Handling minutes per visitor until real ones are measured (a category's `defaultServiceMinutes` first). */
  defaultHandlingMinutes?: number;
  /** Failure budgets for appointment codes (per address) and printed short codes (per number and address). */
  ticketGuessLimit?: Partial<ClaimLimitOptions>;
  /** Who serves at each window; the hall's configured staff by default. */
  staffSource?: WindowStaffSource;
  /** How long ticket streams wait to answer a burst of events once (ms, default 50). */
  ticketStreamCoalesceMs?: number;
}

/** Limits of the HTTP layer, before any route runs. */
export interface HttpLimits {
  /** Time to receive the request headers. */
  headersTimeoutMs: number;
  /** Time to receive the whole request, body included. */
  requestTimeoutMs: number;
  /** Open connections; more are refused by closing them. */
  maxConnections: number;
  /** Open connections from one address (above the event-stream cap; trusted proxies exempt). */
  maxConnectionsPerAddress: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxConnections: 5000,
  maxConnectionsPerAddress: 500,
};

export interface RunningServer {
  url: string;
  hall: Hall;
  database: DatabaseKind;
  databaseDescription: string;
  close(): Promise<void>;
}

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
    await seedBundlesOnce(store, options.seed.bundles ?? []);
    await redateApplications(store, options.seed);

    const hallRow = await store.db.selectFrom('hall').select('json').executeTakeFirstOrThrow();
    const hall = JSON.parse(hallRow.json) as Hall;
    const zone = HallZone.of(hall);
    await redateAppointments(store, options.seed, zone);
    const catalog = await CatalogCache.load(store.db);
    const windowStates = new WindowStates(store.db);
    const estimator = new WaitEstimator(store.db, hall, options.defaultHandlingMinutes ?? 5, windowStates);
    const counter = new SharedCounter(store);
    const staff = new StaffDesk(store, hall, new SignInLimit(counter, { ...DEFAULT_SIGN_IN_LIMIT, ...options.signInLimit }));
    // 被评价人 and the board's clerk: whoever signed in at the window, else its configured staff.
    const configured = new ConfiguredStaff(hall);
    const staffSource: WindowStaffSource = options.staffSource ?? {
      staffAt: async (windowId) => (await staff.staffAt(windowId)) ?? configured.staffAt(windowId),
    };
    const queueState = new QueueStateCache(store, hall, estimator, staffSource, zone);
    const ticketWatch = new TicketWatch(store.db, hall, estimator, zone, clock, options.ticketStreamCoalesceMs);
    const following = [
      windowStates.follow(bus),
      queueState.follow(bus),
      ticketWatch.follow(bus),
      // A service ended in some process: that window's categories have a new duration.
      bus.subscribe((item) => {
        if (item.event.type !== 'rating-requested') return;
        const window = hall.windows.find((w) => w.id === (item.event as { window: string }).window);
        for (const category of window?.categories ?? []) estimator.invalidate(category);
      }),
    ];
    const guesses = { ...DEFAULT_CLAIM_LIMIT, ...options.ticketGuessLimit };
    const limit = options.progressRateLimit ?? { limit: 120, windowMs: 60_000 };
    const services: AppServices = {
      store,
      hall,
      catalog,
      estimator,
      issuer: new TicketIssuer(store, hall, estimator, zone, options.anonymousShare ?? 0.5),
      windows: new WindowDesk(store, hall, catalog, estimator, windowStates, staffSource, zone),
      zone,
      windowStates,
      staffSource,
      staff,
      queueState,
      ticketWatch,
      receiptKeys: new ReceiptKeys(options.padSecret),
      appointmentLimit: new ClaimLimit(counter, 'appointment', guesses),
      shortCodeLimit: new ClaimLimit(counter, 'short-code', guesses),
      ratings: new RatingDesk(store, hall),
      progress: new ProgressDesk(store.db, { keys, tokenMs: (options.ratingTokenHours ?? 24) * 3_600_000, clock }),
      progressLimiter: new RateLimiter(limit.limit, limit.windowMs),
      guessLimit: new GuessLimit(counter, { ...DEFAULT_GUESS_LIMIT, ...options.guessLimit }),
      counter,
      anonymousTickets: {
        enabled: options.anonymousTickets?.enabled ?? true,
        perClientHour: options.anonymousTickets?.perClientHour ?? 30,
      },
      proxies: new TrustedProxies(options.trustedProxies ?? []),
      staffToken: options.staffToken,
      keys,
      ratingTokenMs: (options.ratingTokenHours ?? 24) * 3_600_000,
      padRequestMs: (options.padRequestMinutes ?? 10) * 60_000,
      corsOrigins: options.corsOrigins ?? [],
      tarpitMs: options.tarpitMs ?? 1000,
      statsLimiter: new RateLimiter(options.statsPerMinute ?? 60, 60_000),
      bodyLimitBytes: options.bodyLimitBytes ?? 16 * 1024,
      heartbeatMs: options.heartbeatMs ?? 15_000,
      streamLimits: new StreamLimits({ ...DEFAULT_STREAM_LIMITS, ...options.streamLimits }),
      streams: new Set(),
    };
    const stopRetention = await startRetention(store, counter, {
      ...DEFAULT_RETENTION,
      ...(options.idempotencyDays ? { idempotencyDays: options.idempotencyDays } : {}),
    });
    const app = createApp(services);
    const host = options.host ?? '127.0.0.1';
    const http = { ...DEFAULT_HTTP_LIMITS, ...options.http };
    const server = createServer(
      {
        // A missing Host is answered by the adapter (JSON 400), not by Node's empty 400.
        requireHostHeader: false,
        headersTimeout: http.headersTimeoutMs,
        // The whole request, body included: a slowly sent body cannot hold a connection for long.
        requestTimeout: http.requestTimeoutMs,
        // How often Node checks those timeouts (its default of 30 s would let them run late).
        connectionsCheckingInterval: Math.min(1000, http.headersTimeoutMs),
        keepAliveTimeout: 5000,
      },
      getRequestListener(app.fetch, { errorHandler: unreadableRequest }),
    );
    server.maxConnections = http.maxConnections;
    capConnectionsPerAddress(server, http.maxConnectionsPerAddress, services.proxies);
    server.on('clientError', answerClientError);
    server.on('checkExpectation', (_request, response) => {
      const body = JSON.stringify(errorBody('expectation_failed', 'Only "Expect: 100-continue" is understood.'));
      response.writeHead(417, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
      response.end(body);
    });
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
          stopRetention();
          for (const stop of following) stop();
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

/** One address cannot hold every connection the server takes. */
function capConnectionsPerAddress(server: Server, cap: number, proxies: TrustedProxies): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (proxies.trusts(address)) return;
    const count = (open.get(address) ?? 0) + 1;
    if (count > cap) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
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
