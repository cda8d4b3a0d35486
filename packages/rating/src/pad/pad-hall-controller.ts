import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Hall } from '@zhengwu/core/contract';
import type { RatingPadSource } from './pad-source.js';

export type PadHallState = 'loading' | 'ready' | 'failed';

/** Loads the hall (windows, staff, reasons) for the pad; a newer load wins, the last hall stays. */
export class PadHallController implements ReactiveController {
  hall?: Hall;
  state: PadHallState = 'loading';

  private loadedFrom?: RatingPadSource;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.loadedFrom = undefined;
  }

  /** Loads from `source` unless it already did (or does). */
  want(source: RatingPadSource): void {
    if (this.loadedFrom !== source) void this.load(source);
  }

  async load(source: RatingPadSource): Promise<void> {
    this.loadedFrom = source;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    if (!this.hall) this.state = 'loading';
    try {
      const hall = await source.hall(abort.signal);
      if (abort.signal.aborted) return;
      this.hall = hall;
      this.state = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      // Shown as "not available"; loaded again when the event stream is back.
      console.warn('[zhengwu-kit] <zw-rating-pad> could not load the hall', error);
      if (!this.hall) this.state = 'failed';
    }
    this.host.requestUpdate();
  }
}
