import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { hallToday } from '@zhengwu/core/date';
import { kioskToken, padToken } from '../src/ratings/tokens.js';
import { startServer, type RunningServer, type ServerOptions } from '../src/server.js';
import { fixturePinyin, fixtureSeed } from './fixtures.js';

/** Set DATABASE_URL to run the whole suite against PostgreSQL instead of SQLite. */
export const DATABASE_URL = process.env.DATABASE_URL || undefined;
export const DB_KIND = DATABASE_URL ? 'postgres' : 'sqlite';
export const STAFF_TOKEN = 'test-staff-token-0123456789';
export const PAD_SECRET = 'test-pad-secret-0123456789';
/** `Authorization` of the pad at `window`. */
export const padAuth = (window: string) => ({ authorization: `Bearer ${padToken(PAD_SECRET, window)}` });
/** `Authorization` of a self-service kiosk: issues tickets without the anonymous limits. */
export const kioskAuth = (kiosk = 'test-kiosk') => ({ authorization: `Bearer ${kioskToken(PAD_SECRET, kiosk)}` });
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface TestDatabase {
  dataDir?: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}

/** A fresh place for data: a temp folder, or a PostgreSQL schema of its own (dropped after). */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!DATABASE_URL) {
    const dataDir = mkdtempSync(join(tmpdir(), 'hall-test-'));
    return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const url = new URL(DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    databaseUrl: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestServer extends RunningServer {
  database: RunningServer['database'];
  place: TestDatabase;
}

/** A real server on a free port with the fixture hall; `close` also drops its data. */
export async function startTestServer(options: Partial<ServerOptions> = {}, place?: TestDatabase): Promise<TestServer> {
  const where = place ?? (await createTestDatabase());
  try {
    const server = await startServer({
      seed: fixtureSeed,
      withPinyin: fixturePinyin,
      staffToken: STAFF_TOKEN,
      padSecret: PAD_SECRET,
      port: 0,
      dataDir: where.dataDir,
      databaseUrl: where.databaseUrl,
      ...options,
    });
    return {
      ...server,
      place: where,
      close: async () => {
        await server.close();
        if (!place) await where.drop();
      },
    };
  } catch (error) {
    if (!place) await where.drop();
    throw error;
  }
}

export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export async function request<T = any>(base: string, path: string, init: RequestInit = {}): Promise<JsonResponse<T>> {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

export function postJson<T = any>(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse<T>> {
  return request<T>(base, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export const staff = { authorization: `Bearer ${STAFF_TOKEN}` };

/** A window action as the clerk's system sends it; `complete` gets a fresh Idempotency-Key. */
export function windowAction(base: string, window: string, action: 'call-next' | 'recall' | 'complete', body?: unknown) {
  const headers: Record<string, string> = action === 'complete' ? { ...staff, 'idempotency-key': randomBytes(12).toString('hex') } : staff;
  return body === undefined
    ? request(base, `/api/windows/${window}/${action}`, { method: 'POST', headers })
    : postJson(base, `/api/windows/${window}/${action}`, body, headers);
}

export interface SseMessage {
  event: string;
  id?: string;
  data: any;
}

/** Reads a server-sent event stream with fetch, as a browser's EventSource would. */
export class SseClient {
  readonly messages: SseMessage[] = [];
  comments = 0;
  readonly #controller = new AbortController();
  #waiters: Array<() => void> = [];
  #done: Promise<void> = Promise.resolve();

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const client = new SseClient();
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: client.#controller.signal });
    if (response.status !== 200 || !response.body) throw new Error(`event stream answered ${response.status}`);
    client.#done = client.#read(response.body);
    return client;
  }

  async #read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          this.#parse(block);
        }
      }
    } catch {
      // Aborted by close().
    }
  }

  #parse(block: string): void {
    const message: Partial<SseMessage> & { dataLines: string[] } = { dataLines: [] };
    let comment = false;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) comment = true;
      else if (line.startsWith('event: ')) message.event = line.slice(7);
      else if (line.startsWith('id: ')) message.id = line.slice(4);
      else if (line.startsWith('data: ')) message.dataLines.push(line.slice(6));
    }
    if (message.dataLines.length === 0) {
      if (comment) this.comments += 1;
      return;
    }
    this.messages.push({ event: message.event ?? 'message', id: message.id, data: JSON.parse(message.dataLines.join('\n')) });
    for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Waits (bounded) for a message that matches. */
  async waitFor(match: (message: SseMessage) => boolean, timeoutMs = 5000): Promise<SseMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(this.messages.map((m) => m.event))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    this.#controller.abort();
    await this.#done;
  }
}

export interface ChildServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The server as its own process (the command-line entry, with the fixture hall). */
export async function spawnServer(env: Record<string, string>, timeoutMs = 30_000): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(REPO_ROOT, 'packages/hall-server/test/fixture-main.ts')],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', HALL_STAFF_TOKEN: STAFF_TOKEN, HALL_PAD_SECRET: PAD_SECRET, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url,
    process: child,
    output: () => output,
    exited,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Today in Beijing, as the server counts days. */
export function beijingToday(): string {
  return hallToday();
}
