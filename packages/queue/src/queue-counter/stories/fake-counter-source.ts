// A window's hall in memory for the console's stories and tests: it records every call.
import { ZwServerError, type WindowAction } from '@zhengwu/core';
import type { SignInRequest, StaffSession, Ticket, TransferRequest, WindowActionResult } from '@zhengwu/core/contract';
import { FakeStream, SAMPLE_HALL, calledTicket, sampleQueue } from '../../queue-board/stories/fake-board-source.js';
import type { QueueCounterSource } from '../counter-source.js';

/** The credential the fake hall accepts for every clerk. */
export const GOOD_CREDENTIAL = 'correct-horse-battery-staple';

export interface FakeCounter extends QueueCounterSource {
  stream: FakeStream;
  calls: { action: WindowAction; window: string; token: string; request?: TransferRequest }[];
  signIns: SignInRequest[];
  signOuts: string[];
  /** Tickets `call-next` hands out, in order; none left → `ticket: null`. */
  tickets: string[];
  /** The next action fails with this. */
  failNext?: Error;
  /** Actions wait for this before answering (to see them in flight). */
  hold?: Promise<void>;
}

export function fakeCounterSource(options: { serving?: string; paused?: boolean; tickets?: string[] } = {}): FakeCounter {
  const at = new Date().toISOString();
  let serving: Ticket | undefined = options.serving ? calledTicket(options.serving, '3', at) : undefined;
  let paused = options.paused ?? false;
  const state = () => ({
    id: '3',
    paused,
    ...(serving ? { serving: { number: serving.number, category: serving.category } } : {}),
  });
  const source: FakeCounter = {
    stream: new FakeStream(),
    calls: [],
    signIns: [],
    signOuts: [],
    tickets: options.tickets ?? ['B015', 'B016'],
    hall: async () => SAMPLE_HALL,
    queue: async () => {
      const queue = sampleQueue(at, []);
      queue.windows = queue.windows.map((window) => (window.id === '3' ? state() : window));
      return queue;
    },
    events: (subscribe) => source.stream.subscribe(subscribe),
    async signIn(window, request): Promise<StaffSession> {
      source.signIns.push(request);
      const staff = SAMPLE_HALL.staff!.find((candidate) => candidate.id === request.staffId);
      if (!staff || request.credential !== GOOD_CREDENTIAL)
        throw new ZwServerError(401, 'invalid_credential', 'wrong staff id or credential');
      return { window, staff, token: `session-${staff.id}-0123456789`, expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString() };
    },
    async signOut(_window, token) {
      source.signOuts.push(token);
    },
    async action(window, action, token, request): Promise<WindowActionResult> {
      source.calls.push({ action, window, token, ...(request ? { request } : {}) });
      await source.hold;
      const failure = source.failNext;
      source.failNext = undefined;
      if (failure) throw failure;
      let ticket: Ticket | null = serving ?? null;
      if (action === 'call-next') {
        const number = source.tickets.shift();
        serving = number ? calledTicket(number, window, new Date().toISOString()) : undefined;
        ticket = serving ?? null;
      } else if (action === 'pause' || action === 'resume') {
        paused = action === 'pause';
      } else if (action !== 'recall') {
        serving = undefined;
      }
      return { window, ticket, state: state() };
    },
  };
  return source;
}
