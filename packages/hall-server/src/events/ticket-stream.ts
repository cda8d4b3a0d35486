import type { SSEStreamingApi } from 'hono/streaming';
import type { TicketRow } from '../queue/tickets.js';
import type { AppServices } from '../services.js';
import { sseWriter } from './sse-writer.js';

/**
 * One ticket's own stream (`/events?ticket=`, its holder only): `ticket-changed` events and
 * nothing else, the ticket as it is first, then whenever its place, estimate or status changed.
 * No event ids: a phone that reconnects gets the ticket as it is then.
 */
export async function pipeTicket(s: AppServices, stream: SSEStreamingApi, row: TicketRow, drop?: () => void): Promise<void> {
  const out = sseWriter(s, stream, drop);
  let unwatch: (() => void) | undefined;
  try {
    out.write('retry: 3000\n: connected\n\n');
    unwatch = await s.ticketWatch.watch(row, (event) => out.write(`event: ticket-changed\ndata: ${JSON.stringify(event)}\n\n`));
    await out.finished;
  } finally {
    out.release();
    unwatch?.();
  }
}
