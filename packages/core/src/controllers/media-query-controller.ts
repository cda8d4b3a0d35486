import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Keeps `matches` in step with a media query, e.g. `(forced-colors: active)`. */
export class MediaQueryController implements ReactiveController {
  matches = false;
  private list?: MediaQueryList;
  private readonly onChange = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.list = window.matchMedia(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
  }
}
