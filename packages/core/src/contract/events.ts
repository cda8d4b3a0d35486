import * as v from 'valibot';
import { Code } from './common.js';
import { RatingTarget, RatingToken, Ticket, TICKET_CHANGES, WaitRange, WindowState } from './queue.js';

/**
 * What `GET /api/events` pushes; the SSE `event:` field is the `type`. The rating events are
 * sent only to a window's pad (`?window=` with its pad token), never on the public stream.
 */
export const HallEvent = v.variant('type', [
  v.object({ type: v.literal('ticket-called'), ticket: Ticket, window: Code, recall: v.boolean() }),
  /** A category's queue grew or shrank; `estimatedWait` is for a ticket taken now. */
  v.object({ type: v.literal('queue-changed'), category: Code, waiting: v.number(), estimatedWait: v.optional(WaitRange) }),
  /** A window paused, resumed, or its clerk signed in or out. */
  v.object({ type: v.literal('window-changed'), window: Code, state: WindowState }),
  /**
   * Only on one ticket's own stream (`/events?ticket=…&secret=…`): the ticket as its holder sees
   * it now (place, estimate, status), whenever any of that changed.
   */
  v.object({ type: v.literal('ticket-changed'), ticket: Ticket, change: v.optional(v.picklist(TICKET_CHANGES)) }),
  v.object({
    type: v.literal('rating-requested'),
    window: Code,
    target: RatingTarget,
    /** Added by the server for the pad: the token to rate `target` with. */
    token: v.optional(RatingToken),
  }),
  v.object({ type: v.literal('rating-received'), window: Code, transactionId: v.string() }),
  /**
   * The server could not replay what this client missed (too far behind, or the log was
   * pruned): refetch the state (queue, pending rating request), then follow live events.
   */
  v.object({ type: v.literal('reset') }),
  /** A year's working-day calendar was imported: open countdowns count again. */
  v.object({ type: v.literal('calendar-changed'), year: v.number(), version: v.number() }),
]);
export type HallEvent = v.InferOutput<typeof HallEvent>;
export type HallEventType = HallEvent['type'];
