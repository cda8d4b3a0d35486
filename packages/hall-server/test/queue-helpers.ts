import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { SeedData } from '../src/seed/types.js';
import { fixtureSeed } from './fixtures.js';
import { postJson, request, staff, type JsonResponse, type TestServer } from './helpers.js';

/** The fixture hall with what the queue tests need: service minutes, an appointment category, demo codes. */
export const queueSeed: SeedData = {
  ...fixtureSeed,
  hall: {
    ...fixtureSeed.hall,
    categories: [
      { code: 'general', name: '综合业务', prefix: 'A', priority: false, defaultServiceMinutes: 6 },
      { code: 'priority', name: '绿色通道', prefix: 'B', priority: true, defaultServiceMinutes: 6 },
      { code: 'booked', name: '预约签到', prefix: 'Y', priority: false, appointment: true, defaultServiceMinutes: 10 },
      { code: 'property', name: '不动产', prefix: 'D', priority: false, defaultServiceMinutes: 15 },
    ],
    windows: [
      ...fixtureSeed.hall.windows.slice(0, 2),
      { ...fixtureSeed.hall.windows[2], categories: ['general', 'priority', 'booked'] },
      {
        id: '4',
        name: '4号窗口',
        department: '市不动产登记中心',
        categories: ['property'],
        staff: { id: 's004', name: '赵敏', number: 'BDC004' },
      },
    ],
  },
  datedAppointments: () => [
    { code: 'BOOK0001', category: 'booked' },
    { code: 'BOOK0002', category: 'booked' },
    { code: 'GEN00001', category: 'general' },
    { code: 'GEN00002', category: 'general' },
  ],
};

export type Action = 'call-next' | 'recall' | 'no-show' | 'transfer' | 'pause' | 'resume' | 'complete';

/** A window action with the staff token; `complete` gets a fresh Idempotency-Key. */
export function act(base: string, window: string, action: Action, body?: unknown): Promise<JsonResponse> {
  const headers: Record<string, string> = action === 'complete' ? { ...staff, 'idempotency-key': randomBytes(12).toString('hex') } : staff;
  return body === undefined
    ? request(base, `/api/windows/${window}/${action}`, { method: 'POST', headers })
    : postJson(base, `/api/windows/${window}/${action}`, body, headers);
}

export async function take(base: string, body: unknown, headers: Record<string, string> = {}): Promise<any> {
  const res = await postJson(base, '/api/tickets', body, headers);
  if (res.status !== 201) throw new Error(`POST /api/tickets answered ${res.status}: ${res.text}`);
  return res.body;
}

/** GET /api/tickets/{id} as its holder. */
export function follow(base: string, ticket: { id: string; secret: string }): Promise<JsonResponse> {
  return request(base, `/api/tickets/${ticket.id}`, { headers: { authorization: `Bearer ${ticket.secret}` } });
}

/** Rows of a read-only query on the server's database, beside the server (SQLite or PostgreSQL). */
export async function queryRows(server: TestServer, text: string): Promise<Record<string, unknown>[]> {
  if (server.place.dataDir) {
    const db = new SqliteDatabase(join(server.place.dataDir, 'hall.db'), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(text).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: server.place.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}
