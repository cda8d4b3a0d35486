import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The focusable items, in reading order (e.g. the keys of a keypad). */
  items: () => HTMLElement[];
}

/**
 * One tab stop for a group of buttons; arrow keys move between them by their position on
 * screen, so it works for a 3×4 keypad and for a keyboard with rows of 10, 9 and 7 keys.
 * Up and down go to the nearest key in the row above or below.
 */
export class RovingFocusController implements ReactiveController {
  private index = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const items = this.enabledItems();
    const current = items.findIndex((item) => item === (event.composedPath()[0] as HTMLElement));
    if (current < 0) return;
    const next = this.target(items, current, event.key);
    if (next == null || next === current) {
      if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) {
        event.preventDefault();
      }
      return;
    }
    event.preventDefault();
    this.focus(items[next]);
  };

  private readonly onFocusin = (event: FocusEvent) => {
    const target = event.composedPath()[0] as HTMLElement;
    const items = this.options.items();
    const found = items.indexOf(target);
    if (found >= 0) {
      this.index = found;
      this.sync();
    }
  };

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
    this.host.addEventListener('focusin', this.onFocusin);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.host.removeEventListener('focusin', this.onFocusin);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Moves focus (and the tab stop) to an item. */
  focus(item: HTMLElement): void {
    const found = this.options.items().indexOf(item);
    if (found < 0) return;
    this.index = found;
    this.sync();
    item.focus();
  }

  private enabledItems() {
    return this.options.items().filter((item) => !(item as HTMLButtonElement).disabled);
  }

  private sync() {
    const items = this.options.items();
    if (items.length === 0) return;
    let active = items[Math.min(this.index, items.length - 1)];
    if ((active as HTMLButtonElement).disabled) {
      active = items.find((item) => !(item as HTMLButtonElement).disabled) ?? active;
    }
    for (const item of items) item.tabIndex = item === active ? 0 : -1;
  }

  private target(items: HTMLElement[], current: number, key: string): number | undefined {
    switch (key) {
      case 'ArrowLeft':
        return Math.max(0, current - 1);
      case 'ArrowRight':
        return Math.min(items.length - 1, current + 1);
      case 'Home':
        return 0;
      case 'End':
        return items.length - 1;
      case 'ArrowUp':
      case 'ArrowDown':
        return this.vertical(items, current, key === 'ArrowUp' ? -1 : 1);
      default:
        return undefined;
    }
  }

  private vertical(items: HTMLElement[], current: number, direction: -1 | 1): number | undefined {
    const boxes = items.map((item) => item.getBoundingClientRect());
    const from = boxes[current];
    const centerY = (box: DOMRect) => box.top + box.height / 2;
    const centerX = (box: DOMRect) => box.left + box.width / 2;
    const rowsAhead = boxes
      .map((box, i) => ({ i, dy: (centerY(box) - centerY(from)) * direction, box }))
      .filter(({ dy }) => dy > from.height / 2);
    if (rowsAhead.length === 0) return undefined;
    const nearestRow = Math.min(...rowsAhead.map(({ dy }) => dy));
    const row = rowsAhead.filter(({ dy }) => dy - nearestRow < from.height / 2);
    row.sort((a, b) => Math.abs(centerX(a.box) - centerX(from)) - Math.abs(centerX(b.box) - centerX(from)));
    return row[0].i;
  }
}
