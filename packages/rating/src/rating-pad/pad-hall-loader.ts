import type { ReactiveControllerHost } from 'lit';
import { LoaderController } from '@zhengwu/core';
import type { Hall } from '@zhengwu/core/contract';
import { sourceKey } from '@zhengwu/core/api/source-key';
import type { RatingPadSource } from './pad-source.js';

export type PadHallState = 'loading' | 'ready' | 'failed';

/**
 * Loads the hall (windows, staff, reasons) for the pad through core's loader: a newer load
 * wins, a hall that never answers ends as "not available", and the last hall stays.
 */
export class PadHallLoader {
  private readonly loader: LoaderController<Hall>;

  constructor(host: ReactiveControllerHost) {
    this.loader = new LoaderController<Hall>(host, { keepValue: true });
  }

  get hall(): Hall | undefined {
    return this.loader.value;
  }

  get state(): PadHallState {
    if (this.loader.value) return 'ready';
    return this.loader.error === undefined ? 'loading' : 'failed';
  }

  /** Loads from `source` unless it already did (or does); `force` loads again. */
  want(source: RatingPadSource, force = false): void {
    void this.loader.request(sourceKey(source), (signal) => source.hall(signal), force);
  }
}
