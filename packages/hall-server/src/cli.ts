import { randomBytes } from 'node:crypto';
import type { PinyinFn } from './db/seed.js';
import { MIN_SECRET_LENGTH, padToken } from './ratings/tokens.js';
import type { SeedData } from './seed/types.js';
import { startServer } from './server.js';

/** A whole number from the environment within bounds, or the default when unset. */
export function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}

const list = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Settings from the environment, as documented in the README. */
export function optionsFromEnv(env: NodeJS.ProcessEnv) {
  const port = env.PORT === undefined || env.PORT === '' ? 8787 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0 to 65535, got "${env.PORT}"`);
  const padSecret = env.HALL_PAD_SECRET || undefined;
  if (padSecret !== undefined && padSecret.length < MIN_SECRET_LENGTH) {
    throw new Error(`HALL_PAD_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  const hours = env.HALL_RATING_TOKEN_HOURS ? Number(env.HALL_RATING_TOKEN_HOURS) : 24;
  if (!(hours > 0 && hours <= 24 * 30)) {
    throw new Error(`HALL_RATING_TOKEN_HOURS must be more than 0 and at most 720, got "${env.HALL_RATING_TOKEN_HOURS}"`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: env.HALL_DATA_DIR || './.data',
    databaseUrl: env.DATABASE_URL || undefined,
    staffToken: env.HALL_STAFF_TOKEN || undefined,
    padSecret,
    ratingTokenHours: hours,
    corsOrigins: list(env.HALL_CORS_ORIGINS),
    trustedProxies: list(env.HALL_TRUSTED_PROXIES),
    anonymousTickets: {
      enabled: !/^(?:off|false|0|no)$/i.test(env.HALL_ANONYMOUS_TICKETS ?? ''),
      perClientHour: intFromEnv(env, 'HALL_ANONYMOUS_TICKETS_PER_HOUR', 30, 1, 10_000),
    },
    idempotencyDays: intFromEnv(env, 'HALL_IDEMPOTENCY_DAYS', 30, 1, 3650),
    guessLimit: {
      perNumber: intFromEnv(env, 'HALL_PROGRESS_FAILURES', 10, 1, 1000),
      lockMs: intFromEnv(env, 'HALL_PROGRESS_LOCK_MINUTES', 15, 1, 24 * 60) * 60_000,
    },
  };
}

/** The command-line server: start, print where, stop cleanly on SIGINT or SIGTERM. */
export async function runMain(seed: SeedData, withPinyin: PinyinFn): Promise<void> {
  const env = optionsFromEnv(process.env);
  let staffToken = env.staffToken;
  if (!staffToken) {
    staffToken = randomBytes(18).toString('base64url');
    console.log(`HALL_STAFF_TOKEN not set; window actions use this token for now: ${staffToken}`);
  }
  const padSecret = env.padSecret ?? randomBytes(24).toString('base64url');
  const server = await startServer({ ...env, staffToken, padSecret, seed, withPinyin });
  if (!env.padSecret) {
    // Pads need tokens that survive a restart: this only serves a first try.
    console.log('HALL_PAD_SECRET not set; until the next start the pads use these tokens:');
    for (const window of server.hall.windows) {
      console.log(`  window ${window.id}: /pad?window=${encodeURIComponent(window.id)}&token=${padToken(padSecret, window.id)}`);
    }
  }
  console.log(`hall server listening on ${server.url} (database: ${server.databaseDescription})`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.log(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
