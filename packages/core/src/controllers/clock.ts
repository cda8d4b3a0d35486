/**
 * Where controllers and elements read the time and set their timers. The default is the
 * browser's; stories and tests pass a `ManualClock` to show a moment without waiting for it.
 */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

/** The browser's timers, looked up on each call (so test fakes of the globals still apply). */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id as number),
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (id) => clearInterval(id as number),
};

interface Timer {
  at: number;
  run: () => void;
  every?: number;
}

/** A clock that moves only when told to (`advance`), running due timers in order. */
export class ManualClock implements Clock {
  private time: number;
  private next = 1;
  private readonly timers = new Map<number, Timer>();

  constructor(start = Date.parse('2026-11-22T02:00:00Z')) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): number {
    this.timers.set(this.next, { at: this.time + Math.max(0, ms), run });
    return this.next++;
  }

  setInterval(run: () => void, ms: number): number {
    const every = Math.max(1, ms);
    this.timers.set(this.next, { at: this.time + every, run, every });
    return this.next++;
  }

  clearTimeout(id: unknown): void {
    this.timers.delete(id as number);
  }

  clearInterval(id: unknown): void {
    this.timers.delete(id as number);
  }

  /** Moves time on by `ms`, running every timer that falls due on the way. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let due: [number, Timer] | undefined;
      for (const entry of this.timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      const [id, timer] = due;
      this.time = timer.at;
      if (timer.every) timer.at += timer.every;
      else this.timers.delete(id);
      timer.run();
    }
    this.time = end;
  }
}
