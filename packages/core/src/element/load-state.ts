import { html, nothing, type TemplateResult } from 'lit';
import { ZwInvalidDataError, ZwServerError, isRetryable, type FailureKind } from '../api/errors.js';
import type { LoadStatus } from '../controllers/loader-controller.js';

export interface LoadStateView {
  status: LoadStatus;
  error: unknown;
  /** The element's `t()`; core's strings are read as `core:load.…`. */
  t: (key: string, options?: Record<string, unknown>) => string;
  /** The element's own loading line (core's "正在加载…" otherwise). */
  loading?: string;
  /** The element's own words for some kinds (the guide's "no item 123"); the rest are core's. */
  messages?: Partial<Record<FailureKind, string>>;
  /** A second line under the message, per kind. */
  hints?: Partial<Record<FailureKind, string>>;
  /** Whether to offer a retry (by default for every kind but `not-found`). */
  retry?: boolean;
  onRetry: () => void;
  /** The part name of the failure box (`error`). */
  errorPart?: string;
}

/**
 * The loading line (`[role=status]`) or the failure box (`[role=alert]`: what happened, an error
 * code for server trouble, the wrong fields of invalid data, and a retry button). Nothing when
 * ready or idle. Style it with `loadStateStyles`.
 */
export function renderLoadState(view: LoadStateView): TemplateResult | typeof nothing {
  const { status, t } = view;
  if (status === 'ready') return nothing;
  if (status === 'loading' || status === 'idle') {
    return html`<p class="message" part="status" role="status">${view.loading ?? t('core:load.loading')}</p>`;
  }
  const kind: FailureKind = status;
  const error = view.error;
  const code =
    error instanceof ZwServerError && (kind === 'error' || kind === 'rate-limited') ? `${error.status} ${error.code}` : undefined;
  const issues = error instanceof ZwInvalidDataError ? error.issues.slice(0, 8) : [];
  const hint = view.hints?.[kind];
  const retry = view.retry ?? isRetryable(kind);
  return html`<div class="failure ${kind}" part=${view.errorPart ?? 'error'} role="alert">
    <p class="failure-message">${view.messages?.[kind] ?? t(`core:load.failure.${kind}`)}</p>
    ${hint ? html`<p>${hint}</p>` : nothing} ${code ? html`<p class="failure-code">${t('core:load.errorCode', { code })}</p>` : nothing}
    ${
      issues.length
        ? html`<details class="issues">
            <summary>${t('core:load.details')}</summary>
            <ul>
              ${issues.map((issue) => html`<li><code>${issue.path}</code> ${issue.message}</li>`)}
            </ul>
          </details>`
        : nothing
    }
    ${retry ? html`<zw-button class="retry" variant="secondary" @click=${view.onRetry}>${t('core:load.retry')}</zw-button>` : nothing}
  </div>`;
}
