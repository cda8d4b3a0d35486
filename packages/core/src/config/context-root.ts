import { ContextRoot } from '@lit/context';

// Shared by every copy of the toolkit on a page (two bundles), so requests are replayed once.
const ROOT = Symbol.for('zhengwu-kit.context-root');

type WithRoot = Document & { [ROOT]?: ContextRoot };

/**
 * Attaches one `ContextRoot` to the document the first time a widget connects to it. The root
 * keeps the config requests no provider answered (a `<zw-provider>` whose script has not loaded
 * yet) and replays them when a provider upgrades, so script order does not matter.
 */
export function ensureContextRoot(document: Document): void {
  const holder = document as WithRoot;
  if (holder[ROOT]) return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  holder[ROOT] = root;
}
