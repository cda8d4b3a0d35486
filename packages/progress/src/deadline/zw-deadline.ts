import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  EventStreamController,
  LoaderController,
  ZwConfigError,
  ZwElement,
  baseStyles,
  addDays,
  hallToday,
  startOfDate,
  isIsoDate,
  loadStateStyles,
  renderLoadState,
  type LoadStatus,
  type ZwConfig,
} from '@zhengwu/core';
// The clock helper alone: the contract's schemas load with the hall API.
import { clockInput } from '@zhengwu/core/contract/progress-clock';
import type { Application, CalendarYear } from '@zhengwu/core/contract';
import { applicationClock, type ClockInput, type ClockRules, type ClockState, type IsoDate } from '@zhengwu/core/date';
import { apiCalendarSource, forgetCalendars, type CalendarSource } from '../calendars/calendar-source.js';
import { lazySubscription } from '../calendars/hall-api-loader.js';
import { PROGRESS_NS } from '../locales/namespace.js';
import { deadlineMessage, yearsNeeded, type DeadlineTone } from './deadline-message.js';
import { ZwDeadlineLoadEvent } from './zw-deadline-events.js';
import { deadlineStyles } from './zw-deadline.styles.js';

const UNITS = ['workday', 'day'] as const;
const HANDLINGS = ['promised', 'immediate'] as const;
/** Drawn, not emoji (kiosks often lack an emoji font); decoration only, the sentence says it. */
const ICONS: Record<DeadlineTone, SVGTemplateResult> = {
  normal: svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`,
  soon: svg`<circle cx="12" cy="13" r="8" /><path d="M12 9v4l2.5 1.5M9 3h6" />`,
  overdue: svg`<path d="M12 3 2 21h20L12 3Z" /><path d="M12 10v5M12 18v.5" />`,
  paused: svg`<circle cx="12" cy="12" r="9" /><path d="M10 8v8M14 8v8" />`,
  done: svg`<circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" />`,
};

const DATE_EXPECTED = { text: 'a date written YYYY-MM-DD', key: 'progress:deadline.expected.date' };

/**
 * The count follows 行政许可法 Art. 82: from the day after acceptance, weekends and statutory
 * holidays excluded, 调休 make-up days counted, on the hall's calendars (`GET /calendar/{year}`,
 * or `.calendars`). The whole state is one sentence in one paragraph, so a screen reader reads
 * "还剩 3 个工作日（12月4日截止）" at once; overdue adds a warning sign and a heavy frame, so
 * colour is never the only cue. A year whose holidays are not yet published is counted on
 * weekends alone and says so. With `live`, a `calendar-changed` event from the hall recounts.
 *
 * On a portal's own case page it needs no application record: `accepted-on`, `limit` and `unit`.
 *
 * @tag zw-deadline
 * @summary 承诺时限 as a countdown in working days: days left and the due date, overdue, paused
 * during 特别程序 or 补正, 即办件, provisional when the calendar is not yet published.
 *
 * @csspart base - The box (also `normal`, `soon`, `overdue`, `paused` or `done`).
 * @csspart sentence - The countdown sentence.
 * @csspart limit - "承诺时限 5 个工作日，自受理次日起算".
 * @csspart provisional - The note that a year's holidays are not yet published.
 * @csspart status - The loading line.
 * @csspart error - The failure box with its retry button.
 * @cssprop --zw-deadline-border-color - Frame of the box.
 * @cssprop --zw-deadline-overdue-background - Fill when overdue.
 * @cssprop --zw-deadline-overdue-color - Text and frame when overdue.
 * @cssprop --zw-deadline-paused-background - Fill while the clock is paused.
 * @cssprop --zw-deadline-paused-color - Text and frame while the clock is paused.
 * @fires zw-deadline-load - The calendars are in and the countdown is shown; `detail.clock`.
 */
export class ZwDeadline extends ZwElement {
  static override i18nNamespaces = [PROGRESS_NS];
  static override styles = [baseStyles, loadStateStyles, deadlineStyles];

  /** The application to count for, as `GET /api/progress` answers it; wins over the attributes. */
  @property({ attribute: false }) application?: Application;

  /** 受理 date `YYYY-MM-DD`, when there is no `.application`: counting starts the day after. */
  @property({ attribute: 'accepted-on' }) acceptedOn?: string;

  /** The promised limit in `unit`s (承诺办结时限). */
  @property({ type: Number }) limit = 0;

  /** `workday` (工作日) or `day` (自然日). */
  @property() unit: (typeof UNITS)[number] = 'workday';

  /** `promised` (承诺件) or `immediate` (即办件: no countdown). */
  @property() handling: (typeof HANDLINGS)[number] = 'promised';

  /** 办结 date `YYYY-MM-DD`, when finished: the clock stops there. */
  @property({ attribute: 'finished-on' }) finishedOn?: string;

  /** The day to count to, `YYYY-MM-DD`; default today in the hall's zone (UTC+8). */
  @property() today?: string;

  /** The hall's calendars; when not given, the years needed are loaded from the hall. */
  @property({ attribute: false }) calendars?: CalendarYear[];

  /** Where calendars are loaded from; default the hall API at `api-base` (stories pass a fake). */
  @property({ attribute: false }) client?: CalendarSource;

  /** The hall's rules for 补正 and pauses (`Hall.progressRules`); the documented defaults otherwise. */
  @property({ attribute: false }) rules?: Partial<ClockRules>;

  /** Listen to the hall's events and count again when a calendar is imported (`calendar-changed`). */
  @property({ type: Boolean }) live = false;

  private readonly loader = new LoaderController<CalendarYear[]>(this, {
    onLoad: () => {
      const clock = this.clock;
      if (clock) this.dispatchEvent(new ZwDeadlineLoadEvent(clock));
    },
  });

  private readonly stream = new EventStreamController(this, (onState) => {
    // Injected calendars or a fake source: there is no hall to listen to.
    if (!this.live || this.configError || this.calendars || this.client) return undefined;
    const apiBase = this.config.apiBase;
    return lazySubscription(apiBase, {
      onState,
      onEvent: (event) => {
        // A `reset` means events were missed, an import among them perhaps: count again too.
        const missed = event.type === 'reset';
        if (!missed && (event.type !== 'calendar-changed' || !this.years.includes(event.year))) return;
        for (const year of missed ? this.years : [event.year]) forgetCalendars(apiBase, year);
        void this.loader.request(this.loadKey(), (signal) => this.activeSource().calendars(this.years, signal), true);
      },
    });
  });

  private input?: ClockInput;
  private day: IsoDate = hallToday();
  private years: number[] = [];
  private streamKey?: string;

  /** `loading`, `ready`, or what went wrong loading the calendars. */
  get status(): LoadStatus {
    return this.calendars ? 'ready' : this.loader.status;
  }

  /** The clock as counted now; undefined until the calendars are in. */
  get clock(): ClockState | undefined {
    const calendars = this.calendars ?? this.loader.value;
    if (!this.input || !calendars) return undefined;
    try {
      return applicationClock(calendars, this.input, this.day, this.rules);
    } catch (error) {
      // Dates further apart than any limit runs: say so rather than count for ever.
      if (error instanceof RangeError) return undefined;
      throw error;
    }
  }

  private midnight?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheduleMidnight();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.midnight);
  }

  /** A page left open overnight counts from the new day without `today` set. */
  private scheduleMidnight(): void {
    clearTimeout(this.midnight);
    const next = startOfDate(addDays(hallToday(), 1));
    this.midnight = setTimeout(
      () => {
        if (this.today == null) this.requestUpdate();
        this.scheduleMidnight();
      },
      Math.max(1000, next - Date.now() + 1000),
    );
  }

  /** Loads the calendars again (what the retry button does). */
  reload(): Promise<void> {
    return this.loader.reload();
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    const today = this.today ?? hallToday();
    if (!isIsoDate(today)) throw new ZwConfigError('today', DATE_EXPECTED, today);
    if (this.application) {
      this.input = clockInput(this.application);
    } else {
      const acceptedOn = this.acceptedOn ?? '';
      if (!acceptedOn) {
        throw new ZwConfigError(
          'accepted-on',
          { text: 'an application (.application), or accepted-on', key: 'progress:deadline.expected.application' },
          '',
        );
      }
      if (!isIsoDate(acceptedOn)) throw new ZwConfigError('accepted-on', DATE_EXPECTED, acceptedOn);
      if (this.finishedOn != null && !isIsoDate(this.finishedOn)) throw new ZwConfigError('finished-on', DATE_EXPECTED, this.finishedOn);
      if (!Number.isInteger(this.limit) || this.limit < 0) {
        throw new ZwConfigError(
          'limit',
          { text: 'a whole number of days, 0 or more', key: 'progress:deadline.expected.limit' },
          String(this.limit),
        );
      }
      if (!(UNITS as readonly string[]).includes(this.unit)) throw new ZwConfigError('unit', UNITS.join(' | '), this.unit);
      if (!(HANDLINGS as readonly string[]).includes(this.handling))
        throw new ZwConfigError('handling', HANDLINGS.join(' | '), this.handling);
      this.input = {
        handling: this.handling,
        acceptedOn,
        limit: { value: this.limit, unit: this.unit },
        pauses: [],
        corrections: [],
        ...(this.finishedOn ? { finishedOn: this.finishedOn } : {}),
      };
    }
    this.day = today;
    this.years = yearsNeeded(this.input.acceptedOn, this.input.finishedOn ?? today);
    return config;
  }

  private activeSource(): CalendarSource {
    return this.client ?? apiCalendarSource(this.config.apiBase);
  }

  private loadKey(): string {
    return `${this.config.apiBase}\n${this.years.join(',')}`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.configError) {
      this.loader.clear();
      return;
    }
    if (this.calendars) return;
    void this.loader.request(this.loadKey(), (signal) => this.activeSource().calendars(this.years, signal), changed.has('client'));
    // The provider may change the API base too: restart when what the stream depends on changed.
    const streamKey = `${this.live}\n${this.config.apiBase}\n${Boolean(this.client)}`;
    if (streamKey !== this.streamKey) {
      this.streamKey = streamKey;
      this.stream.restart();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Injected calendars need no loading: the countdown is there as soon as it renders.
    if (this.calendars && (changed.has('calendars') || changed.has('application') || changed.has('acceptedOn'))) {
      const clock = this.clock;
      if (clock) this.dispatchEvent(new ZwDeadlineLoadEvent(clock));
    }
  }

  private formatDay(date: IsoDate): string {
    const [year, month, day] = date.split('-').map(Number);
    const sameYear = year === Number(this.day.slice(0, 4));
    return this.localize.date(Date.UTC(year, month - 1, day), {
      ...(sameYear ? {} : { year: 'numeric' }),
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
  }

  /** Years counted on weekends alone: unpublished, or not answered by the hall. */
  private provisionalYears(clock: ClockState, calendars: CalendarYear[]): number[] {
    if (clock.kind === 'immediate' || !clock.provisional) return [];
    const last = Number((clock.due ?? this.day).slice(0, 4));
    return this.years.filter((year) => year <= last && !calendars.some((entry) => entry.year === year && !entry.provisional));
  }

  protected renderContent(): TemplateResult {
    const calendars = this.calendars ?? this.loader.value;
    const clock = this.clock;
    if (calendars && !clock) return html`<p class="deadline" part="base">${this.t('deadline.unknown')}</p>`;
    if (!clock || !calendars) {
      const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
      return html`${renderLoadState({
        status: this.status,
        error: this.loader.error,
        t,
        loading: t('deadline.loading'),
        onRetry: () => void this.loader.reload(),
      })}`;
    }
    const message = deadlineMessage(clock, this.rules?.correction ?? 'restart');
    const sentence = this.t(`deadline.${message.key}`, {
      ...(message.count !== undefined ? { count: message.count } : {}),
      ...(message.date ? { date: this.formatDay(message.date) } : {}),
    });
    const years = this.provisionalYears(clock, calendars);
    return html`<div class="deadline ${message.tone}" part="base ${message.tone}">
      <svg class="icon" data-tone=${message.tone} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[message.tone]}</svg>
      <p class="label">${this.t('deadline.label')}</p>
      <p class="sentence" part="sentence">${sentence}</p>
      ${
        clock.kind === 'immediate'
          ? nothing
          : html`<p class="limit" part="limit">${this.t(`deadline.limit_${clock.unit}`, { count: clock.limit })}</p>`
      }
      ${
        years.length
          ? html`<p class="provisional" part="provisional">
              ${this.t('deadline.provisional', { years: this.localize.list(years.map(String)) })}
            </p>`
          : nothing
      }
    </div>`;
  }
}
