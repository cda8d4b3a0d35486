// One ticket in memory for the phone page's stories and tests.
import { ZwOfflineError, ZwServerError, type ConnectionState, type HallEventSubscription, type SubscribeOptions } from '@zhengwu/core';
import type { HallEvent, RatingRequest, Ticket } from '@zhengwu/core/contract';
import type { TicketStatusSource } from '../status-source.js';

export const STORY_ID = '3f1c2a4e-0000-4000-8000-000000000013';
export const STORY_SECRET = 'Zk3pQ9xY2mLw8vB1nR5tCa';

export const waitingTicket: Ticket = {
  id: STORY_ID,
  number: 'A013',
  category: 'general',
  categoryName: '综合业务',
  priority: false,
  status: 'waiting',
  ahead: 3,
  estimatedWait: { min: 5, max: 15 },
  takenAt: '2026-11-22T09:41:00+08:00',
  hallName: '市民服务中心',
  day: '2026-11-22',
};

export const calledTicket: Ticket = {
  ...waitingTicket,
  status: 'called',
  ahead: 0,
  estimatedWait: { min: 0, max: 0 },
  calledAt: '2026-11-22T09:58:00+08:00',
  window: 'W3',
  windowName: '3 号窗口',
  lastChange: 'called',
};

export const recalledTicket: Ticket = { ...calledTicket, recalls: 1, lastChange: 'recalled' };
export const requeuedTicket: Ticket = { ...waitingTicket, ahead: 2, requeues: 1, lastChange: 'requeued' };
export const transferredTicket: Ticket = {
  ...waitingTicket,
  category: 'social',
  categoryName: '社保医保',
  transferredFrom: 'general',
  ahead: 1,
  lastChange: 'transferred',
};
export const skippedTicket: Ticket = {
  ...waitingTicket,
  status: 'skipped',
  ahead: 0,
  estimatedWait: { min: 0, max: 0 },
  lastChange: 'skipped',
};
export const doneTicket: Ticket = { ...calledTicket, status: 'done', lastChange: 'done' };

export const sampleRatingRequest: RatingRequest = {
  target: {
    transactionId: 'T20261122-0013',
    windowId: 'W3',
    windowName: '3 号窗口',
    department: '市政务服务中心',
    ticketNumber: 'A013',
    completedAt: '2026-11-22T10:10:00+08:00',
  },
  token: `${btoa(JSON.stringify({ t: 'T20261122-0013' })).replace(/=+$/, '')}.${'a'.repeat(43)}`,
  expiresAt: '2026-11-29T10:10:00+08:00',
};

export interface StatusScript {
  /** What `getTicket` answers (an error: e.g. not found for a wrong secret; `never`: no answer). */
  ticket?: Ticket | Error | 'never';
  /** The stream once connected: `open`, or `reconnecting` (down: the page polls). */
  stream?: ConnectionState;
  /** Sent once the stream opens. */
  events?: HallEvent[];
  claim?: RatingRequest | Error;
}

export interface FakeStatusSource extends TicketStatusSource {
  /** How many times the ticket was fetched. */
  readonly fetches: number;
  /** The stream options of the last subscription. */
  readonly subscribed?: SubscribeOptions;
  /** What the next fetches answer. */
  next: Ticket | Error;
  emit(event: HallEvent): void;
  /** Moves every open stream to `state`. */
  setStream(state: ConnectionState): void;
}

export function fakeStatusSource(script: StatusScript = {}): FakeStatusSource {
  const streams = new Set<SubscribeOptions>();
  // As fetch does: `never` ends only when the caller aborts (the loader's timeout).
  const answer = <T>(value: T | Error | 'never', signal?: AbortSignal): Promise<T> =>
    value === 'never'
      ? new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }))
      : value instanceof Error
        ? Promise.reject(value)
        : Promise.resolve(structuredClone(value));
  const source: FakeStatusSource = {
    fetches: 0,
    subscribed: undefined,
    next: script.ticket === 'never' || script.ticket === undefined ? waitingTicket : script.ticket,
    ticket(_id, _secret, signal) {
      (source as { fetches: number }).fetches += 1;
      return script.ticket === 'never' ? answer<Ticket>('never', signal) : answer(source.next);
    },
    claimRating: () => answer(script.claim ?? sampleRatingRequest),
    emit: (event) => streams.forEach((options) => options.onEvent(event, undefined)),
    setStream: (state) => streams.forEach((options) => options.onState?.(state)),
    events(options): HallEventSubscription {
      (source as { subscribed?: SubscribeOptions }).subscribed = options;
      let state: ConnectionState = 'connecting';
      let closed = false;
      options.onState?.(state);
      queueMicrotask(() => {
        if (closed) return;
        state = script.stream ?? 'open';
        streams.add(options);
        options.onState?.(state);
        if (state === 'open') for (const event of script.events ?? []) options.onEvent(event, undefined);
      });
      return {
        close: () => {
          closed = true;
          streams.delete(options);
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
  return source;
}

export const notFound = () => new ZwServerError(404, 'ticket_not_found', 'No ticket has this id and secret.');
export const notCompleted = () => new ZwServerError(409, 'not_completed', 'The ticket has not been completed.');
export const alreadyRated = () => new ZwServerError(409, 'already_rated', 'This transaction has been rated.');
export const offline = () => new ZwOfflineError('/api/tickets');
