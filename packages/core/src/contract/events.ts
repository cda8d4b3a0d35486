import * as v from 'valibot';
import { Code } from './common.js';
import { RatingTarget, RatingToken, Ticket } from './queue.js';

/**
 * What `GET /api/events` pushes; the SSE `event:` field is the `type`. The rating events are
 * sent only to a window's pad (`?window=` with its pad token), never on the public stream.
 */
export const HallEvent = v.variant('type', [
  v.object({ type: v.literal('ticket-called'), ticket: Ticket, window: Code, recall: v.boolean() }),
  v.object({ type: v.literal('queue-changed'), category: Code, waiting: v.number() }),
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
