import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as v from 'valibot';
import { ZwApiError, ZwInvalidDataError, ZwOfflineError, ZwServerError, getCatalogItem, issuePath } from '@zhengwu/core';
import { Code, ServiceItem } from '@zhengwu/core/contract';

/** Where a guide comes from: a `HallClient`, or anything with the same `catalogItem`. */
export interface ItemSource {
  catalogItem(code: string, signal?: AbortSignal): Promise<ServiceItem>;
}

/** The hall API at `baseUrl` through the standalone endpoint, so a guide ships no other endpoint's schema. */
export const apiItemSource = (baseUrl: string): ItemSource => ({
  catalogItem: (code, signal) => getCatalogItem({ baseUrl }, code, signal),
});

/**
 * `idle` (nothing asked), `loading`, `ready`, `not-found` (the server has no such item),
 * `offline` (the server cannot be reached), `invalid` (data not of the agreed shape) or `error`.
 */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'not-found' | 'offline' | 'invalid' | 'error';

/** What the attribute `item` expects, for the configuration error. */
export const ITEM_EXPECTED = 'an item code (letters, digits, - or _), or the data property';

/** Whether `code` can be a 实施编码 (the contract's `Code`). */
export function isItemCode(code: string): boolean {
  return v.is(Code, code);
}

/** Checks a `data` property against the contract: the item, or the typed error naming every wrong field. */
export function parseItem(data: unknown): ServiceItem | ZwInvalidDataError {
  const result = v.safeParse(ServiceItem, data);
  if (result.success) return result.output;
  return new ZwInvalidDataError(
    'data',
    result.issues.map((issue) => ({ path: issuePath(issue) || '(root)', message: issue.message })),
  );
}

/** The state an error puts a loader in. */
export function statusOf(error: unknown): LoadStatus {
  if (error instanceof ZwServerError && error.status === 404) return 'not-found';
  if (error instanceof ZwOfflineError) return 'offline';
  if (error instanceof ZwInvalidDataError) return 'invalid';
  return 'error';
}

/**
 * Loads one value for an element and keeps where that stands (`status`, `value`, `error`):
 * a newer request wins over an older one, and disconnecting aborts. The host re-renders on
 * every change.
 */
export class Loader<T> implements ReactiveController {
  value?: T;
  error?: unknown;
  loading = false;

  private key?: string;
  private task?: (signal: AbortSignal) => Promise<T>;
  private generation = 0;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called with each value loaded, once the host has rendered it. */
    private readonly onLoad?: (value: T) => void,
  ) {
    host.addController(this);
  }

  get status(): LoadStatus {
    if (this.loading) return 'loading';
    if (this.error !== undefined) return statusOf(this.error);
    return this.value === undefined ? 'idle' : 'ready';
  }

  hostDisconnected(): void {
    this.stop();
    this.key = undefined;
  }

  /** Starts `task` unless the same `key` is already loaded or loading (or `force`). */
  request(key: string, task: (signal: AbortSignal) => Promise<T>, force = false): void {
    if (key === this.key && !force) return;
    this.key = key;
    this.task = task;
    void this.run();
  }

  /** Shows a value (or error) that needs no loading, e.g. a `data` property. */
  set(key: string, value: T | undefined, error?: unknown): void {
    if (key === this.key && value === this.value && error === this.error) return;
    this.stop();
    this.key = key;
    this.task = undefined;
    this.value = value;
    this.error = error;
    this.host.requestUpdate();
    if (value !== undefined) void this.announce(this.generation, value);
  }

  /** Runs the last task again (the retry button). Resolves when done. */
  reload(): Promise<void> {
    return this.task ? this.run() : Promise.resolve();
  }

  /** Forgets everything, e.g. when configuration became invalid. */
  clear(): void {
    this.set('', undefined);
  }

  private stop(): void {
    this.generation += 1;
    this.controller?.abort();
    this.controller = undefined;
    this.loading = false;
  }

  private async run(): Promise<void> {
    const task = this.task;
    if (!task) return;
    this.stop();
    const generation = this.generation;
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    this.value = undefined;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await task(controller.signal);
      if (generation !== this.generation) return;
      this.value = value;
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = error ?? new Error('unknown');
      // API errors are expected and shown; anything else is a bug worth a log line.
      if (!(error instanceof ZwApiError)) console.warn('[zhengwu-kit] could not load the service item', error);
    }
    this.loading = false;
    this.controller = undefined;
    this.host.requestUpdate();
    if (this.value !== undefined) await this.announce(generation, this.value);
  }

  private async announce(generation: number, value: T): Promise<void> {
    if (!this.onLoad) return;
    await this.host.updateComplete;
    if (generation === this.generation) this.onLoad(value);
  }
}
