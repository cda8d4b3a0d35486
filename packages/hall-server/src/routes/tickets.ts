import { Hono, type Context } from 'hono';
import { TicketRatingClaim, TicketRequest, type TicketReceipt } from '@zhengwu/core/contract';
import { bearer } from '../http/auth.js';
import { readJson, validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { IdempotencyKey } from '../http/schemas.js';
import { appointmentRequired } from '../queue/appointments.js';
import { claimTicketRating } from '../queue/rating-claim.js';
import { keyReused, type TicketReplay } from '../queue/ticket-issuer.js';
import { currentTicket, heldTicket } from '../queue/ticket-holder.js';
import { requestHash } from '../ratings/canonical.js';
import type { AppServices } from '../services.js';

/** One answer for an unknown id and a wrong secret: ids (public in `ticket-called`) cannot be probed. */
const NOT_FOUND = () => new ApiError(404, 'unknown_ticket', 'There is no ticket with this id and secret.');

/**
 * `/api/tickets`: visitors take a ticket and follow it. A kiosk (`Authorization: Bearer <kiosk
 * token>`) issues at full speed; anonymous issuing (a phone, a portal) is limited per client
 * address and category, takes at most its share of a category's numbers, and can be off.
 * The answer is a receipt: the ticket, its follow secret and its printed short code, which
 * nothing else ever answers. An `Idempotency-Key` (per kiosk, or per client address) makes a
 * repeat answer the same receipt: a double tap or a retried request never takes two numbers.
 */
export function ticketRoutes(s: AppServices): Hono {
  const routes = new Hono();
  // Requests under the same key at the same time wait for the first (before any counting).
  const inFlight = new Map<string, { hash: string; receipt: Promise<TicketReceipt> }>();

  const answer = (c: Context, receipt: TicketReceipt) => {
    c.header('Location', `/api/tickets/${receipt.id}`);
    c.header('Cache-Control', 'no-store');
    return c.json(receipt, 201);
  };

  routes.post('/', async (c) => {
    const header = c.req.header('authorization');
    const token = bearer(header);
    const kiosk = token ? s.keys.kioskOf(token) : undefined;
    if (header !== undefined && !kiosk) {
      throw new ApiError(401, 'unauthorized', 'The kiosk token is not valid.', undefined, { 'WWW-Authenticate': 'Bearer realm="kiosk"' });
    }
    if (!kiosk && !s.anonymousTickets.enabled) {
      throw new ApiError(403, 'anonymous_tickets_disabled', 'Tickets are issued at the hall’s kiosks only.');
    }
    const keyHeader = c.req.header('idempotency-key');
    const key = keyHeader === undefined ? undefined : validate(IdempotencyKey, keyHeader, 400);
    const { value, raw } = await readJson(c, TicketRequest, s.bodyLimitBytes);
    const category = s.hall.categories.find((item) => item.code === value.category);
    if (!category) {
      throw new ApiError(422, 'unknown_category', 'There is no queue category with this code.', [
        { path: 'category', message: 'not a category of this hall' },
      ]);
    }
    if (category.appointment && !value.appointmentCode) throw appointmentRequired(category.code);
    const client = s.proxies.clientOf(c);

    let replay: TicketReplay | undefined;
    if (key !== undefined) {
      const scope = kiosk ? `kiosk:${kiosk}` : `address:${client}`;
      const rowKey = s.receiptKeys.rowKey(scope, key);
      const hash = requestHash(raw);
      const running = inFlight.get(rowKey);
      if (running) {
        if (running.hash !== hash) throw keyReused();
        return answer(c, await running.receipt);
      }
      replay = {
        rowKey,
        hash,
        seal: (receipt) => s.receiptKeys.seal(scope, key, receipt),
        open: (stored) => s.receiptKeys.open(scope, key, stored),
      };
      const stored = await s.store.db
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'response', 'status_code'])
        .where('key', '=', rowKey)
        .executeTakeFirst();
      if (stored && stored.status_code === 201) {
        if (stored.request_hash !== hash) throw keyReused();
        const first = replay.open(stored.response);
        if (!first) throw keyReused();
        return answer(c, first);
      }
    }

    if (!kiosk) {
      const limitKey = `tickets:${client}:${category.code}`;
      const tooMany = (windowEnds: number) =>
        new ApiError(429, 'too_many_tickets', 'Too many tickets from this device; take one at a kiosk in the hall.', undefined, {
          'Retry-After': String(s.counter.retryAfter(windowEnds)),
        });
      const blocked = s.counter.blockedUntil(limitKey);
      if (blocked !== undefined) throw tooMany(blocked);
      const used = await s.counter.add(limitKey, 3_600_000);
      if (used.count > s.anonymousTickets.perClientHour) {
        s.counter.block(limitKey, used.windowEnds);
        throw tooMany(used.windowEnds);
      }
    }

    // Appointment codes are guessable: wrong ones are counted per client address.
    const giveBack = value.appointmentCode ? await s.appointmentLimit.reserve(client) : undefined;
    const issuing = s.issuer.issue({
      category,
      priority: value.priority ?? false,
      appointmentCode: value.appointmentCode,
      anonymous: !kiosk,
      replay,
    });
    if (replay) {
      const entry = { hash: replay.hash, receipt: issuing };
      inFlight.set(replay.rowKey, entry);
      void issuing.then(
        () => inFlight.get(replay.rowKey) === entry && inFlight.delete(replay.rowKey),
        () => inFlight.get(replay.rowKey) === entry && inFlight.delete(replay.rowKey),
      );
    }
    let receipt: TicketReceipt;
    try {
      receipt = await issuing;
    } catch (error) {
      if (giveBack && !(error instanceof ApiError && error.code === 'unknown_appointment')) await giveBack();
      throw error;
    }
    if (giveBack) await giveBack();
    s.queueState.invalidate();
    return answer(c, receipt);
  });

  // The holder's claim to rate the business the ticket ended in (after `complete`).
  routes.post('/rating-token', async (c) => {
    const { value } = await readJson(c, TicketRatingClaim, s.bodyLimitBytes);
    const request = await claimTicketRating(s, value, s.proxies.clientOf(c));
    c.header('Cache-Control', 'no-store');
    return c.json(request);
  });

  // Only the holder follows a ticket: `Authorization: Bearer <secret>` from the receipt.
  routes.get('/:id', async (c) => {
    const row = await heldTicket(s.store.db, c.req.param('id'), bearer(c.req.header('authorization')));
    if (!row) throw NOT_FOUND();
    c.header('Cache-Control', 'no-store');
    return c.json(await currentTicket(s.store.db, s.hall, s.estimator, row));
  });
  return routes;
}
