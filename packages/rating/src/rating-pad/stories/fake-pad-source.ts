// A hall in memory for the pad's stories and tests: its event stream plays a short script.
import { ZwServerError, type ConnectionState } from '@zhengwu/core';
import type { Hall, HallEvent, RatingTarget } from '@zhengwu/core/contract';
import { sampleToken } from '../../rating/stories/zw-rating.stories.js';
import type { RatingPadSource } from '../pad-source.js';

/** What the fake hall does once the pad connects. */
export interface PadScript {
  hall: Hall;
  /** The stream's state once connected (`reconnecting`: the network is down). Default `open`. */
  state?: ConnectionState;
  /** The clerk completes a transaction at the pad's window. */
  request?: boolean;
  /** …and the visitor rates it on the phone. */
  ratedOnPhone?: boolean;
  /** The hall refuses the pad token. */
  refuse?: boolean;
}

/** The transaction a clerk completes at `window` of `hall` (a made-up one). */
export function sampleRequest(hall: Hall, windowId: string): { target: RatingTarget; token: string } {
  const window = hall.windows.find((candidate) => candidate.id === windowId);
  const transactionId = `STORY-${windowId}-0001`;
  const target: RatingTarget = {
    transactionId,
    windowId,
    windowName: window?.name ?? windowId,
    department: window?.department ?? '—',
    completedAt: '2026-11-22T10:15:00+08:00',
  };
  if (window?.staff) {
    target.staffId = window.staff.id;
    target.staffName = window.staff.name;
    target.staffNumber = window.staff.number;
  }
  return { target, token: sampleToken(transactionId, windowId) };
}

export function fakePadSource(script: PadScript): RatingPadSource {
  return {
    events(options) {
      let state: ConnectionState = 'connecting';
      let closed = false;
      const windowId = options.window ?? '';
      const set = (next: ConnectionState) => {
        state = next;
        options.onState?.(next);
      };
      options.onState?.(state);
      queueMicrotask(() => {
        if (closed) return;
        if (script.refuse) {
          options.onRefused?.(new ZwServerError(401, 'unauthorized', 'the pad token was refused'));
          set('closed');
          return;
        }
        set(script.state ?? 'open');
        const { target, token } = sampleRequest(script.hall, windowId);
        const events: HallEvent[] = [];
        if (script.request) events.push({ type: 'rating-requested', window: windowId, target, token });
        if (script.ratedOnPhone) events.push({ type: 'rating-received', window: windowId, transactionId: target.transactionId });
        events.forEach((event, index) => options.onEvent(event, String(index + 1)));
      });
      return {
        close: () => {
          closed = true;
        },
        reconnectNow: () => undefined,
        attempt: 0,
        nextAttemptAt: undefined,
        get lastEventId() {
          return undefined;
        },
        get state() {
          return closed ? 'closed' : state;
        },
      };
    },
    pendingRatingRequest: async () => null,
    hall: async () => script.hall,
  };
}
