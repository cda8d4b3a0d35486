/**
 * Registers a custom element once. A second registration of the same tag (two bundles on one
 * portal page, or a hot reload) is tolerated instead of throwing, because a portal page may
 * load the embed script and a widget's own module side by side.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(`[zhengwu-kit] <${tag}> is already defined by another copy; keeping the first.`);
    }
    return;
  }
  customElements.define(tag, constructor);
}

/**
 * A definition loaded on first use, e.g. an optional child element (the catalog's on-screen
 * keyboard, a guide's QR code), so widgets that never show it do not carry it. Loads once and
 * never rejects: when it cannot load (offline, nothing cached) the child stays undefined.
 */
export function definedLater(load: () => Promise<unknown>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () =>
    (loading ??= load().then(
      () => undefined,
      () => undefined,
    ));
}
