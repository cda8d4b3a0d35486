import {
  getHall,
  getQueue,
  postSignIn,
  postSignOut,
  postWindowAction,
  subscribeEvents,
  type HallEventSubscription,
  type SubscribeOptions,
  type WindowAction,
} from '@zhengwu/core';
import type { Hall, QueueState, SignInRequest, StaffSession, TransferRequest, WindowActionResult } from '@zhengwu/core/contract';

/**
 * What the clerk's console needs of the hall: sign-in and out, the window's actions with the
 * session token, the queue and its events, the hall's lists. By default the hall API at
 * `api-base`; stories and tests give a fake.
 */
export interface QueueCounterSource {
  hall(signal?: AbortSignal): Promise<Hall>;
  queue(signal?: AbortSignal): Promise<QueueState>;
  events(options: SubscribeOptions): HallEventSubscription;
  signIn(window: string, request: SignInRequest, signal?: AbortSignal): Promise<StaffSession>;
  signOut(window: string, token: string): Promise<void>;
  action(window: string, action: WindowAction, token: string, request?: TransferRequest): Promise<WindowActionResult>;
}

export function hallCounterSource(apiBase: string): QueueCounterSource {
  const target = { baseUrl: apiBase };
  return {
    hall: (signal) => getHall(target, signal),
    queue: (signal) => getQueue(target, signal),
    events: (options) => subscribeEvents(target, options),
    signIn: (window, request, signal) => postSignIn(target, window, request, signal),
    signOut: (window, token) => postSignOut({ ...target, staffToken: token }, window),
    action: (window, action, token, request) => postWindowAction({ ...target, staffToken: token }, window, action, request ?? {}),
  };
}
