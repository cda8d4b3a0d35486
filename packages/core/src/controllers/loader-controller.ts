import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_CONFIG } from '../config/config.js';
import { ZwApiError, ZwTimeoutError, failureKind, type FailureKind } from '../api/errors.js';
import { timeoutSignal } from '../api/timeout.js';

/** `idle` (nothing asked), `loading`, `ready`, or what went wrong (see `failureKind`). */
export type LoadStatus = 'idle' | 'loading' | 'ready' | FailureKind;

/** A task the controller runs: it must stop when `signal` aborts (new request, disconnect, timeout). */
export type LoadTask<T> = (signal: AbortSignal) => Promise<T>;

export interface LoaderOptions<T> {
  /** Called with each value loaded, once the host has rendered it. */
  onLoad?: (value: T) => void;
  /**
   * Milliseconds before a request is aborted with `ZwTimeoutError`. By default the host's
   * `config.requestTimeout` (a `ZwElement`) at each start, else 15 s.
   */
  timeout?: number;
  /** Keep the last value while a new request runs and if it fails (e.g. a catalog revalidating). */
  keepValue?: boolean;
}

/**
 * Loads one value for an element and keeps where that stands (`status`, `value`, `error`).
 * A newer request wins over an older one (which is aborted), disconnecting aborts, and every
 * request ends: after the timeout it fails with `ZwTimeoutError` instead of loading forever.
 * The host re-renders on every change.
 *
 * Not `@lit/task`: it has no timeout, does not abort on disconnect, has no way to show
 * injected data, and calls back before the host rendered; wrapping it would be as long as this.
 */
export class LoaderController<T> implements ReactiveController {
  value?: T;
  error?: unknown;
  loading = false;

  private key?: string;
  private task?: LoadTask<T>;
  private generation = 0;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoaderOptions<T> = {},
  ) {
    host.addController(this);
  }

  get status(): LoadStatus {
    if (this.loading && !(this.options.keepValue && this.value !== undefined)) return 'loading';
    if (this.error !== undefined) return failureKind(this.error);
    return this.value === undefined ? (this.loading ? 'loading' : 'idle') : 'ready';
  }

  /** The timeout in effect for the next request, in ms. */
  get timeout(): number {
    return (
      this.options.timeout ??
      (this.host as { config?: { requestTimeout?: number } }).config?.requestTimeout ??
      DEFAULT_CONFIG.requestTimeout
    );
  }

  hostDisconnected(): void {
    this.stop();
    this.key = undefined;
  }

  /** Starts `task` unless the same `key` is already loaded or loading (or `force`); resolves when done. */
  request(key: string, task: LoadTask<T>, force = false): Promise<void> {
    if (key === this.key && !force) return Promise.resolve();
    this.key = key;
    this.task = task;
    return this.run();
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
    const timed = timeoutSignal(this.timeout, controller.signal);
    this.loading = true;
    if (!this.options.keepValue) this.value = undefined;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await task(timed.signal);
      if (generation !== this.generation) return;
      this.value = value;
    } catch (error) {
      if (generation !== this.generation) return;
      // A body read aborted by the timer rejects with an AbortError: the timeout is what happened.
      const reason: unknown = timed.signal.aborted ? timed.signal.reason : undefined;
      this.error = reason instanceof ZwTimeoutError ? reason : (error ?? new Error('unknown'));
      // API errors are expected and shown; anything else is a bug worth a log line.
      if (!(this.error instanceof ZwApiError)) console.warn('[zhengwu-kit] could not load', error);
    } finally {
      timed.clear();
    }
    this.loading = false;
    this.controller = undefined;
    this.host.requestUpdate();
    if (this.value !== undefined && this.error === undefined) await this.announce(generation, this.value);
  }

  private async announce(generation: number, value: T): Promise<void> {
    if (!this.options.onLoad) return;
    await this.host.updateComplete;
    if (generation === this.generation) this.options.onLoad(value);
  }
}
