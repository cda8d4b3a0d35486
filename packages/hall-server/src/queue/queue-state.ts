import type { CategoryState, Hall, HallEvent, QueueCall, QueueState, WindowState } from '@zhengwu/core/contract';
import type { EventBus } from '../events/bus.js';
import type { HallStore } from '../store.js';
import type { HallZone } from './hall-zone.js';
import { dailyCapacity, withinIssuingHours } from './issuing-rules.js';
import { lastTicketNumber, toTicket } from './tickets.js';
import type { WaitEstimator } from './wait-estimator.js';
import { publicStaff } from './window-desk.js';
import type { WindowStaffSource } from './window-states.js';

const RECENT_CALLS = 10;
/** Longest an answer is reused without an event saying it changed. */
const MAX_AGE_MS = 5_000;
const NO_WAIT = { min: 0, max: 0 };

/** Events after which `GET /queue` is read again. */
const CHANGES = new Set<HallEvent['type']>(['queue-changed', 'ticket-called', 'window-changed']);

/**
 * `GET /queue`: built from a few small reads (the day's counters, the windows' states and
 * tickets being served, the last calls in the event log), kept as JSON text and answered from
 * memory until an event from any process changes it (or 5 s pass, or the hall's clock reaches
 * another minute: issuing hours open and close on the minute). Requests that arrive while
 * it is being built share that build.
 */
export class QueueStateCache {
  #text: string | undefined;
  #builtAt = 0;
  /** The hall-clock minute it was built for: issuing hours open and close on the minute. */
  #minute = '';
  #building: Promise<string> | undefined;
  #generation = 0;

  constructor(
    private readonly store: HallStore,
    private readonly hall: Hall,
    private readonly estimator: WaitEstimator,
    private readonly staff: WindowStaffSource,
    private readonly zone: HallZone,
  ) {}

  follow(bus: EventBus): () => void {
    return bus.subscribe((item) => {
      if (CHANGES.has(item.event.type)) this.invalidate();
    });
  }

  invalidate(): void {
    this.#generation += 1;
    this.#text = undefined;
  }

  async json(): Promise<string> {
    const minute = this.zone.timestamp(this.store.clock()).slice(0, 16);
    if (this.#text !== undefined && minute === this.#minute && Date.now() - this.#builtAt < MAX_AGE_MS) return this.#text;
    if (this.#building) return this.#building;
    const generation = this.#generation;
    this.#building = this.build()
      .then((state) => {
        const text = JSON.stringify(state);
        // An event during the build: answer this one, but do not keep it.
        if (generation === this.#generation) {
          this.#text = text;
          this.#builtAt = Date.now();
          this.#minute = minute;
        }
        return text;
      })
      .finally(() => {
        this.#building = undefined;
      });
    return this.#building;
  }

  async build(): Promise<QueueState> {
    const now = this.store.clock();
    const day = this.zone.day(now);
    const db = this.store.db;
    const counters = await db.selectFrom('ticket_counters').selectAll().where('day', '=', day).execute();
    const paused = await db.selectFrom('window_states').select('window_id').where('paused', '=', 1).execute();
    const pausedIds = new Set(paused.map((row) => row.window_id));
    const estimates = await this.estimator.prepare(
      this.hall.categories.map((category) => category.code),
      new Map(this.hall.windows.map((window) => [window.id, pausedIds.has(window.id)])),
    );
    const serving = await db.selectFrom('tickets').selectAll().where('status', '=', 'called').where('day', '=', day).execute();
    const calls = await db
      .selectFrom('events')
      .select(['payload', 'created_at'])
      .where('type', '=', 'ticket-called')
      .orderBy('id', 'desc')
      .limit(RECENT_CALLS)
      .execute();

    const categories = this.hall.categories.map((category): CategoryState => {
      const counter = counters.find((row) => row.prefix === category.prefix);
      const issued = Number(counter?.last_number ?? 0);
      const waiting = Number(counter?.waiting ?? 0);
      const ahead = category.priority ? Number(counter?.priority_waiting ?? 0) : waiting;
      const state: CategoryState = { code: category.code, waiting, estimatedWait: estimates.range(category.code, ahead), open: true };
      const reason = !withinIssuingHours(category, now, this.zone)
        ? 'outside_issuing_hours'
        : category.dailyQuota !== undefined && issued >= category.dailyQuota
          ? 'daily_quota_reached'
          : issued >= Math.min(lastTicketNumber(category), dailyCapacity(category))
            ? 'numbers_exhausted'
            : estimates.openWindows(category.code) === 0
              ? 'no_open_window'
              : undefined;
      if (reason) {
        state.open = false;
        state.closedReason = reason;
      }
      if (category.dailyQuota !== undefined) state.left = Math.max(0, category.dailyQuota - issued);
      return state;
    });

    const windows: WindowState[] = [];
    for (const window of this.hall.windows) {
      const state: WindowState = { id: window.id, paused: pausedIds.has(window.id) };
      const current = serving
        .filter((row) => row.window_id === window.id)
        .sort((a, b) => ((a.called_at ?? '') < (b.called_at ?? '') ? 1 : -1))[0];
      if (current) state.serving = { number: toTicket(current, this.hall, 0, NO_WAIT).number, category: current.category };
      const staff = await this.staff.staffAt(window.id);
      if (staff) state.staff = publicStaff(staff);
      windows.push(state);
    }

    const recentCalls: QueueCall[] = [];
    for (const row of calls) {
      const event = JSON.parse(row.payload) as HallEvent;
      if (event.type !== 'ticket-called' || event.ticket.day !== day) continue;
      recentCalls.push({
        number: event.ticket.number,
        category: event.ticket.category,
        window: event.window,
        windowName: this.hall.windows.find((window) => window.id === event.window)?.name ?? event.window,
        at: this.zone.timestamp(Date.parse(row.created_at)),
        recall: event.recall,
      });
    }
    return { day, at: this.zone.timestamp(now), categories, windows, recentCalls };
  }
}
