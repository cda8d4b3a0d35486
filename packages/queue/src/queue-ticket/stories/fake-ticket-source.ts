// A hall in memory for the ticket screen's stories and tests.
import { ZwOfflineError, ZwServerError, type ConnectionState, type HallEventSubscription } from '@zhengwu/core';
import type { CategoryState, Hall, HallEvent, QueueState, TicketReceipt, TicketRequest } from '@zhengwu/core/contract';
import type { QueueTicketSource } from '../ticket-source.js';

const category = (code: string, name: string, prefix: string, extra: Partial<Hall['categories'][number]> = {}) => ({
  code,
  name,
  prefix,
  priority: false,
  ...extra,
});

export const sampleHall: Hall = {
  code: 'demo-hall',
  name: '市民服务中心',
  regionCode: '110105',
  timeZone: 'Asia/Shanghai',
  windows: [],
  ratingReasons: [],
  categories: [
    category('general', '综合业务', 'A', { description: '企业开办、证照办理等' }),
    category('social', '社保医保', 'B', { description: '参保登记、待遇申领' }),
    category('estate', '不动产登记', 'C', { issuingHours: { from: '08:30', to: '11:30' } }),
    category('household', '户籍业务', 'D', { dailyQuota: 80 }),
    category('exit', '出入境', 'E'),
    category('booked', '预约签到', 'Y', { appointment: true, description: '网上或电话预约的办事人' }),
    category('green', '绿色通道', 'V', { priority: true, description: '老年人、残疾人、孕妇' }),
  ],
};

const open = (code: string, waiting: number, min: number, max: number): CategoryState => ({
  code,
  waiting,
  estimatedWait: { min, max },
  open: true,
});

export const sampleQueue: QueueState = {
  day: '2026-11-22',
  at: '2026-11-22T09:40:00+08:00',
  windows: [],
  recentCalls: [],
  categories: [
    open('general', 12, 10, 25),
    open('social', 3, 5, 10),
    { ...open('estate', 0, 0, 0), open: false, closedReason: 'outside_issuing_hours' },
    { ...open('household', 0, 0, 0), open: false, closedReason: 'daily_quota_reached', left: 0 },
    { ...open('exit', 4, 0, 0), open: false, closedReason: 'no_open_window' },
    open('booked', 1, 0, 5),
    open('green', 0, 0, 0),
  ],
};

/** A receipt the fake hall issues for `request` (the `n`th ticket of the day). */
export function sampleReceipt(request: TicketRequest, n = 13): TicketReceipt {
  const found = sampleHall.categories.find((each) => each.code === request.category)!;
  const state = sampleQueue.categories.find((each) => each.code === request.category)!;
  return {
    id: `3f1c2a4e-0000-4000-8000-${String(n).padStart(12, '0')}`,
    number: `${found.prefix}${String(n).padStart(3, '0')}`,
    category: found.code,
    categoryName: found.name,
    priority: found.priority,
    status: 'waiting',
    ahead: state.waiting,
    estimatedWait: state.estimatedWait,
    takenAt: '2026-11-22T09:41:00+08:00',
    hallName: sampleHall.name,
    day: '2026-11-22',
    secret: 'Zk3pQ9xY2mLw8vB1nR5tCa',
    shortCode: '482915',
    ...(request.appointmentCode ? { appointment: true } : {}),
  };
}

export interface TicketScript {
  /** How `GET /hall` answers: the hall, an error or never. */
  hall?: Hall | Error | 'never';
  queue?: QueueState;
  /** How each take answers, in turn (the last repeats): a receipt, an error, or `never`. */
  takes?: (Error | 'ok' | 'slow' | 'never')[];
  /** The stream once connected; default `open`. */
  stream?: ConnectionState;
  /** Sent once the stream opens. */
  events?: HallEvent[];
}

export interface FakeTicketSource extends QueueTicketSource {
  /** Every take as asked: the request and its idempotency key. */
  readonly taken: { request: TicketRequest; key: string }[];
  /** Sends an event on every open stream. */
  emit(event: HallEvent): void;
}

export function fakeTicketSource(script: TicketScript = {}): FakeTicketSource {
  const taken: { request: TicketRequest; key: string }[] = [];
  const listeners = new Set<(event: HallEvent) => void>();
  // As fetch does: `never` ends only when the caller aborts (the loader's timeout).
  const answer = <T>(value: T | Error | 'never', signal?: AbortSignal): Promise<T> =>
    value === 'never'
      ? new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }))
      : value instanceof Error
        ? Promise.reject(value)
        : Promise.resolve(structuredClone(value));
  return {
    taken,
    emit: (event) => listeners.forEach((listener) => listener(event)),
    hall: (signal) => answer(script.hall ?? sampleHall, signal),
    queue: (signal) => answer(script.queue ?? sampleQueue, signal),
    take(request, signal, key) {
      taken.push({ request, key });
      const takes = script.takes ?? ['ok'];
      const next = takes[Math.min(taken.length - 1, takes.length - 1)];
      // The hall answers a repeated key with the first ticket again.
      const first = taken.findIndex((each) => each.key === key) + 1;
      if (next === 'slow') return new Promise((resolve) => setTimeout(() => resolve(sampleReceipt(request, 12 + first)), 150));
      return next === 'ok' ? answer(sampleReceipt(request, 12 + first)) : answer<TicketReceipt>(next, signal);
    },
    events(options): HallEventSubscription {
      let state: ConnectionState = 'connecting';
      let closed = false;
      const listener = (event: HallEvent) => !closed && options.onEvent(event, undefined);
      options.onState?.(state);
      queueMicrotask(() => {
        if (closed) return;
        state = script.stream ?? 'open';
        options.onState?.(state);
        if (state === 'open') {
          listeners.add(listener);
          for (const event of script.events ?? []) options.onEvent(event, undefined);
        }
      });
      return {
        close: () => {
          closed = true;
          listeners.delete(listener);
        },
        reconnectNow: () => undefined,
        lastEventId: undefined,
        get state() {
          return state;
        },
        attempt: 0,
        nextAttemptAt: undefined,
      };
    },
  };
}

export const offline = () => new ZwOfflineError('/api/tickets');
export const unknownAppointment = () => new ZwServerError(404, 'unknown_appointment', 'No appointment has this code today.');
export const appointmentUsed = () => new ZwServerError(409, 'appointment_used', 'This appointment has been checked in.');
export const serverError = () => new ZwServerError(500, 'internal', 'The hall could not issue a ticket.');
