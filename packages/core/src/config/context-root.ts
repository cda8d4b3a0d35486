import { configContext } from './context.js';

// Asks again of widgets whose config request no provider answered (a `<zw-provider>` whose
// script has not loaded yet), so script order does not matter. Lit's ContextRoot does the same
// for every context; this one knows only ours and is a fraction of its size.
const waiting = new Set<() => boolean>();
const listening = new WeakSet<Document>();

// Every provider (each ZwElement is one) announces itself with `context-provider` when it
// connects; one that no outer provider stopped reaches the document.
const onProvider = (event: Event) => {
  if ((event as Event & { context?: unknown }).context !== configContext) return;
  for (const ask of waiting) if (ask()) waiting.delete(ask);
};

/**
 * Keeps `ask` until a provider answers it: it is called whenever a provider connects in
 * `document` and returns whether the request was answered. `stopWaiting` when disconnected.
 */
export function waitForProvider(document: Document, ask: () => boolean): void {
  waiting.add(ask);
  if (listening.has(document)) return;
  listening.add(document);
  document.addEventListener('context-provider', onProvider);
}

export function stopWaiting(ask: () => boolean): void {
  waiting.delete(ask);
}
