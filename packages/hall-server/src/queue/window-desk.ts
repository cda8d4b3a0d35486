import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  CompleteRequest,
  Hall,
  HallEvent,
  NoShowRule,
  RatingTarget,
  ServiceWindow,
  Staff,
  TransferRequest,
  WindowActionResult,
  WindowState,
} from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import { isUniqueViolation } from '../db/transaction.js';
import { ApiError } from '../http/errors.js';
import type { CatalogCache } from '../items/catalog-cache.js';
import type { Emit, HallStore } from '../store.js';
import { answerForKey, answerForTransaction, completeHash, completeKey } from './complete-replay.js';
import type { HallZone } from './hall-zone.js';
import { orderKey, requeueKey, takenKey, targetedFirst } from './order.js';
import { logTicketEvents, type TicketLogEntry } from './ticket-log.js';
import { toTicket, type TicketRow } from './tickets.js';
import type { Estimates, WaitEstimator } from './wait-estimator.js';
import { isPaused, type WindowStaffSource, type WindowStates } from './window-states.js';

// A conditional update loses only to another window taking the same ticket at that instant.
const CLAIM_ATTEMPTS = 8;

/** 过号 when the hall says nothing: back in the queue three tickets later, once; then void. */
export const DEFAULT_NO_SHOW: Required<NoShowRule> = { action: 'requeue', after: 3, times: 1 };

const NO_WAIT = { min: 0, max: 0 };

interface Context {
  trx: Kysely<Database>;
  emit: Emit;
  day: string;
  at: string;
  estimates: Estimates;
  /** Categories whose queue or tickets changed: each gets a queue-changed event. */
  touched: Set<string>;
  log: TicketLogEntry[];
}

/**
 * A window's actions. Every change of a ticket is a row in `ticket_events` and an event: the
 * board hears `ticket-called` and `queue-changed`, the ticket's holder (its own stream) hears
 * what changed through them. Calls are claimed with a conditional update, so two clerks
 * calling at once never get the same ticket, in one process or several.
 */
export class WindowDesk {
  readonly #noShow: Required<NoShowRule>;

  constructor(
    private readonly store: HallStore,
    private readonly hall: Hall,
    private readonly catalog: CatalogCache,
    private readonly estimator: WaitEstimator,
    private readonly windowStates: WindowStates,
    private readonly staff: WindowStaffSource,
    private readonly zone: HallZone,
  ) {
    this.#noShow = { ...DEFAULT_NO_SHOW, ...hall.noShow };
  }

  window(id: string): ServiceWindow {
    const found = this.hall.windows.find((w) => w.id === id);
    if (!found) throw new ApiError(404, 'unknown_window', `There is no window ${id}.`);
    return found;
  }

  #prefixOf(category: string): string {
    return this.hall.categories.find((item) => item.code === category)?.prefix ?? category;
  }

  /** A write with what every action needs; queue-changed for the touched categories and the log at the end. */
  async #act(
    window: ServiceWindow,
    fn: (ctx: Context, staff: Staff | undefined) => Promise<Omit<WindowActionResult, 'state'> & { paused?: boolean }>,
    options: { paused?: ReadonlyMap<string, boolean>; state?: boolean } = {},
  ): Promise<WindowActionResult> {
    const { paused } = options;
    // Read outside the transaction (SQLite holds its one connection until commit).
    const staff = await this.staff.staffAt(window.id);
    const estimates = await this.estimator.prepare(
      this.hall.categories.map((category) => category.code),
      paused,
    );
    const now = this.store.clock();
    return this.store.write(async (trx, emit) => {
      const ctx: Context = { trx, emit, day: this.zone.day(now), at: this.zone.timestamp(now), estimates, touched: new Set(), log: [] };
      const { paused: pausedNow, ...result } = await fn(ctx, staff);
      for (const category of ctx.touched) emit(await this.#queueChanged(ctx, category));
      await logTicketEvents(trx, ctx.log);
      // `complete` answers as it first did (a retry gets that answer again): without a state.
      if (options.state === false) return result;
      return { ...result, state: await this.#state(trx, window.id, staff, pausedNow) };
    });
  }

  async #queueChanged(ctx: Context, category: string): Promise<HallEvent> {
    const counter = await ctx.trx
      .selectFrom('ticket_counters')
      .select(['waiting', 'priority_waiting'])
      .where('day', '=', ctx.day)
      .where('prefix', '=', this.#prefixOf(category))
      .executeTakeFirst();
    const waiting = Number(counter?.waiting ?? 0);
    const priority = this.hall.categories.find((item) => item.code === category)?.priority ?? false;
    const ahead = priority ? Number(counter?.priority_waiting ?? 0) : waiting;
    return { type: 'queue-changed', category, waiting, estimatedWait: ctx.estimates.range(category, ahead) };
  }

  /** Adds to (or takes from) a category's waiting counters. */
  async #count(ctx: Context, category: string, priority: number, delta: 1 | -1): Promise<void> {
    const prefix = this.#prefixOf(category);
    await ctx.trx
      .insertInto('ticket_counters')
      .values({ day: ctx.day, prefix, last_number: 0, waiting: Math.max(0, delta), priority_waiting: priority && delta > 0 ? 1 : 0 })
      .onConflict((oc) =>
        oc.columns(['day', 'prefix']).doUpdateSet((eb) => ({
          waiting: eb('ticket_counters.waiting', '+', delta),
          priority_waiting: eb('ticket_counters.priority_waiting', '+', priority * delta),
        })),
      )
      .execute();
    ctx.touched.add(category);
  }

  async #state(trx: Kysely<Database>, windowId: string, staff: Staff | undefined, paused?: boolean): Promise<WindowState> {
    const serving = await servingAt(trx, windowId);
    const state: WindowState = { id: windowId, paused: paused ?? (await isPaused(trx, windowId)) };
    if (serving) state.serving = { number: toTicket(serving, this.hall, 0, NO_WAIT).number, category: serving.category };
    if (staff) state.staff = publicStaff(staff);
    return state;
  }

  #ticket(row: TicketRow) {
    return toTicket(row, this.hall, 0, NO_WAIT);
  }

  /**
   * The next ticket: first those transferred to this window, then, from its categories,
   * priority, then checked-in appointments, then queue order. The window's previous ticket,
   * if still open, counts as not shown up (skipped). A paused window cannot call (409).
   */
  async callNext(windowId: string): Promise<WindowActionResult> {
    const window = this.window(windowId);
    return this.#act(window, async (ctx) => {
      const { trx } = ctx;
      if (await isPaused(trx, window.id)) {
        throw new ApiError(409, 'window_paused', `Window ${window.id} is paused (暂停服务); resume it to call.`);
      }
      const previous = await servingAt(trx, window.id);
      if (previous) {
        await trx
          .updateTable('tickets')
          .set({ status: 'skipped', done_at: ctx.at, last_change: 'skipped' })
          .where('id', '=', previous.id)
          .where('status', '=', 'called')
          .execute();
        ctx.log.push({ ticket: previous.id, kind: 'skipped', window: window.id, at: ctx.at });
        ctx.touched.add(previous.category);
      }
      for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
        const candidate = await trx
          .selectFrom('tickets')
          .selectAll()
          .where('day', '=', ctx.day)
          .where('status', '=', 'waiting')
          .where((eb) =>
            window.categories.length > 0
              ? eb.or([
                  eb('target_window', '=', window.id),
                  eb.and([eb('category', 'in', window.categories), eb('target_window', 'is', null)]),
                ])
              : eb('target_window', '=', window.id),
          )
          .orderBy(targetedFirst(window.id))
          .orderBy('priority', 'desc')
          .orderBy('appointment', 'desc')
          .orderBy('order_key')
          .orderBy('number')
          .orderBy('id')
          .limit(1)
          .executeTakeFirst();
        if (!candidate) return { window: window.id, ticket: null };
        const claimed = await trx
          .updateTable('tickets')
          .set({ status: 'called', window_id: window.id, called_at: ctx.at, target_window: null, last_change: 'called' })
          .where('id', '=', candidate.id)
          .where('status', '=', 'waiting')
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) continue;
        const row: TicketRow = {
          ...candidate,
          status: 'called',
          window_id: window.id,
          called_at: ctx.at,
          target_window: null,
          last_change: 'called',
        };
        const ticket = this.#ticket(row);
        ctx.emit({ type: 'ticket-called', ticket, window: window.id, recall: false });
        await this.#count(ctx, row.category, row.priority, -1);
        ctx.log.push({ ticket: row.id, kind: 'called', window: window.id, at: ctx.at });
        return { window: window.id, ticket };
      }
      throw new ApiError(503, 'busy', 'The queue is busy; try again.');
    });
  }

  /** Calls the window's current ticket again: `ticket-called` with `recall: true`. */
  async recall(windowId: string): Promise<WindowActionResult> {
    const window = this.window(windowId);
    return this.#act(window, async (ctx) => {
      const current = await servingAt(ctx.trx, window.id);
      if (!current) return { window: window.id, ticket: null };
      await ctx.trx
        .updateTable('tickets')
        .set((eb) => ({ recalls: eb('recalls', '+', 1), last_change: 'recalled' }))
        .where('id', '=', current.id)
        .execute();
      const ticket = this.#ticket({ ...current, recalls: current.recalls + 1, last_change: 'recalled' });
      ctx.emit({ type: 'ticket-called', ticket, window: window.id, recall: true });
      ctx.log.push({ ticket: current.id, kind: 'recalled', window: window.id, at: ctx.at });
      return { window: window.id, ticket };
    });
  }

  /**
   * 过号: the hall's no-show rule. `requeue` puts the ticket back after the next `after`
   * waiting tickets of its category, at most `times` times, then voids it (`skipped`).
   */
  async noShow(windowId: string): Promise<WindowActionResult> {
    const window = this.window(windowId);
    const rule = this.#noShow;
    return this.#act(window, async (ctx) => {
      const { trx } = ctx;
      const current = await servingAt(trx, window.id);
      if (!current) return { window: window.id, ticket: null };
      if (rule.action === 'requeue' && current.requeues < rule.times) {
        const queue = await trx
          .selectFrom('tickets')
          .select(['id', 'priority', 'appointment', 'order_key', 'number'])
          .where('day', '=', current.day)
          .where('status', '=', 'waiting')
          .where('category', '=', current.category)
          .where('target_window', 'is', null)
          .orderBy('priority', 'desc')
          .orderBy('appointment', 'desc')
          .orderBy('order_key')
          .orderBy('number')
          .orderBy('id')
          .execute();
        const key = requeueKey(current, queue, rule.after, orderKey(current.day, Date.parse(ctx.at)));
        const row: TicketRow = {
          ...current,
          status: 'waiting',
          window_id: null,
          called_at: null,
          order_key: key,
          requeues: current.requeues + 1,
          last_change: 'requeued',
        };
        await trx
          .updateTable('tickets')
          .set({ status: 'waiting', window_id: null, called_at: null, order_key: key, requeues: row.requeues, last_change: 'requeued' })
          .where('id', '=', current.id)
          .execute();
        await this.#count(ctx, row.category, row.priority, 1);
        ctx.log.push({ ticket: row.id, kind: 'requeued', window: window.id, at: ctx.at });
        return { window: window.id, ticket: this.#ticket(row) };
      }
      const row: TicketRow = { ...current, status: 'skipped', done_at: ctx.at, last_change: 'skipped' };
      await trx
        .updateTable('tickets')
        .set({ status: 'skipped', done_at: ctx.at, last_change: 'skipped' })
        .where('id', '=', current.id)
        .execute();
      ctx.touched.add(row.category);
      ctx.log.push({ ticket: row.id, kind: 'skipped', window: window.id, at: ctx.at });
      return { window: window.id, ticket: this.#ticket(row) };
    });
  }

  /**
   * 转办: the ticket being served goes to another category's queue, keeping its number and
   * its original place there (by the time it was taken), or to one window, which calls it
   * before its own queue.
   */
  async transfer(windowId: string, request: TransferRequest): Promise<WindowActionResult> {
    const window = this.window(windowId);
    const category = request.category === undefined ? undefined : this.hall.categories.find((item) => item.code === request.category);
    if (request.category !== undefined && !category) {
      throw new ApiError(422, 'unknown_category', 'There is no queue category with this code.', [
        { path: 'category', message: 'not a category of this hall' },
      ]);
    }
    const target = request.window === undefined ? undefined : this.hall.windows.find((item) => item.id === request.window);
    if (request.window !== undefined && !target) {
      throw new ApiError(422, 'unknown_window', `There is no window ${request.window}.`, [
        { path: 'window', message: 'not a window of this hall' },
      ]);
    }
    if (target?.id === window.id) {
      throw new ApiError(422, 'same_window', 'A ticket is transferred to another window.', [{ path: 'window', message: 'this window' }]);
    }
    return this.#act(window, async (ctx) => {
      const { trx } = ctx;
      const current = await servingAt(trx, window.id);
      if (!current) throw new ApiError(409, 'no_current_ticket', `Window ${window.id} is serving no ticket to transfer.`);
      if (category && category.code === current.category) {
        throw new ApiError(422, 'same_category', 'The ticket is in this category already.', [
          { path: 'category', message: "the ticket's category" },
        ]);
      }
      const row: TicketRow = category
        ? {
            ...current,
            category: category.code,
            priority: current.priority || (category.priority ? 1 : 0),
            transferred_from: current.category,
            order_key: takenKey(current.day, current.taken_at),
            target_window: null,
          }
        : { ...current, target_window: target!.id };
      Object.assign(row, { status: 'waiting', window_id: null, called_at: null, last_change: 'transferred' });
      await trx
        .updateTable('tickets')
        .set({
          category: row.category,
          priority: row.priority,
          transferred_from: row.transferred_from,
          order_key: row.order_key,
          target_window: row.target_window,
          status: 'waiting',
          window_id: null,
          called_at: null,
          last_change: 'transferred',
        })
        .where('id', '=', current.id)
        .execute();
      await this.#count(ctx, row.category, row.priority, 1);
      ctx.touched.add(current.category);
      ctx.log.push({ ticket: row.id, kind: 'transferred', window: window.id, at: ctx.at });
      return { window: window.id, ticket: this.#ticket(row) };
    });
  }

  /** 暂停服务 (`true`) or back (`false`): a paused window calls nothing and opens no category. */
  async setPaused(windowId: string, paused: boolean): Promise<WindowActionResult> {
    const window = this.window(windowId);
    try {
      return await this.#act(
        window,
        async (ctx, staff) => {
          const { trx } = ctx;
          const was = await isPaused(trx, window.id);
          const current = await servingAt(trx, window.id);
          const ticket = current ? this.#ticket(current) : null;
          if (was === paused) return { window: window.id, ticket, paused };
          await trx
            .insertInto('window_states')
            .values({ window_id: window.id, paused: paused ? 1 : 0, changed_at: ctx.at })
            .onConflict((oc) => oc.column('window_id').doUpdateSet({ paused: paused ? 1 : 0, changed_at: ctx.at }))
            .execute();
          const state = await this.#state(trx, window.id, staff, paused);
          ctx.emit({ type: 'window-changed', window: window.id, state });
          for (const category of window.categories) ctx.touched.add(category);
          ctx.log.push({ ticket: null, kind: paused ? 'paused' : 'resumed', window: window.id, at: ctx.at });
          return { window: window.id, ticket, paused };
        },
        { paused: new Map([[window.id, paused]]) },
      );
    } finally {
      this.windowStates.invalidate();
    }
  }

  /**
   * Closes the transaction at this window: the ticket being served is done, and a RatingTarget
   * bound to the window's staff, department, item and ticket is recorded for the pad to rate.
   */
  async complete(windowId: string, request: CompleteRequest, idempotencyKey?: string): Promise<WindowActionResult> {
    const window = this.window(windowId);
    const itemName = request.serviceItemCode ? this.catalog.nameOf(request.serviceItemCode) : undefined;
    if (request.serviceItemCode && !itemName) {
      throw new ApiError(422, 'unknown_service_item', 'The service item is not in the catalog.', [
        { path: 'serviceItemCode', message: 'not in the catalog' },
      ]);
    }
    const now = this.store.clock();
    const transactionId = request.transactionId ?? generateTransactionId(this.zone.day(now));
    const key = idempotencyKey === undefined ? undefined : completeKey(window.id, idempotencyKey);
    const hash = completeHash(request);
    const replay = async (db: Kysely<Database>) =>
      request.transactionId
        ? answerForTransaction(db, request.transactionId, window.id, request)
        : key
          ? answerForKey(db, key, hash)
          : undefined;
    let category: string | undefined;
    try {
      return await this.#act(
        window,
        async (ctx, staff) => {
          const { trx, at } = ctx;
          const first = await replay(trx);
          if (first) return first;
          const row = await servingAt(trx, window.id);
          if (row) {
            await trx.updateTable('tickets').set({ status: 'done', done_at: at, last_change: 'done' }).where('id', '=', row.id).execute();
            ctx.touched.add(row.category);
            ctx.log.push({ ticket: row.id, kind: 'done', window: window.id, at });
            category = row.category;
          }
          const target: RatingTarget = {
            transactionId,
            windowId: window.id,
            windowName: window.name,
            department: window.department,
            completedAt: at,
          };
          if (staff) {
            target.staffId = staff.id;
            target.staffName = staff.name;
            target.staffNumber = staff.number;
          }
          if (request.serviceItemCode && itemName) {
            target.serviceItemCode = request.serviceItemCode;
            target.serviceItemName = itemName;
          }
          const ticket = row ? this.#ticket({ ...row, status: 'done', done_at: at, last_change: 'done' }) : null;
          if (ticket) target.ticketNumber = ticket.number;
          const answer: WindowActionResult = { window: window.id, ticket, rating: target };
          await trx
            .insertInto('transactions')
            .values({
              id: transactionId,
              window_id: window.id,
              window_name: window.name,
              staff_id: target.staffId ?? null,
              staff_name: target.staffName ?? null,
              staff_number: target.staffNumber ?? null,
              department: window.department,
              service_item_code: target.serviceItemCode ?? null,
              service_item_name: target.serviceItemName ?? null,
              ticket_id: row?.id ?? null,
              ticket_number: target.ticketNumber ?? null,
              completed_at: at,
              answer: JSON.stringify(answer),
            })
            .execute();
          if (key) {
            await trx
              .insertInto('idempotency_keys')
              .values({ key, request_hash: hash, status_code: 200, response: JSON.stringify(answer), created_at: at })
              .execute();
          }
          ctx.emit({ type: 'rating-requested', window: window.id, target });
          return answer;
        },
        { state: false },
      );
    } catch (error) {
      // PostgreSQL: the same retry committed in another request at the same instant.
      if (isUniqueViolation(error)) {
        const first = await replay(this.store.db);
        if (first) return first;
      }
      throw error;
    } finally {
      if (category) this.estimator.invalidate(category);
    }
  }
}

/** The ticket a window is serving now (called, not yet done). */
export async function servingAt(trx: Kysely<Database>, windowId: string): Promise<TicketRow | undefined> {
  return trx
    .selectFrom('tickets')
    .selectAll()
    .where('window_id', '=', windowId)
    .where('status', '=', 'called')
    .orderBy('called_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** What the board shows of a clerk: the window's staff card. */
export function publicStaff(staff: Staff): NonNullable<WindowState['staff']> {
  return { id: staff.id, name: staff.name, number: staff.number, ...(staff.photoUrl ? { photoUrl: staff.photoUrl } : {}) };
}

/** `T20261122-1a2b3c4d5e6f`: day plus 48 random bits, within the 50-character limit. */
function generateTransactionId(day: string): string {
  return `T${day.replaceAll('-', '')}-${randomBytes(6).toString('hex')}`;
}
