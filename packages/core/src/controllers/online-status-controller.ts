import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks `navigator.onLine` and re-renders the host when the network comes and goes. */
export class OnlineStatusController implements ReactiveController {
  online = globalThis.navigator?.onLine ?? true;

  private readonly update = () => {
    const online = navigator.onLine;
    if (online === this.online) return;
    this.online = online;
    this.host.requestUpdate();
    this.onChange?.(online);
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (online: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.online = navigator.onLine;
    window.addEventListener('online', this.update);
    window.addEventListener('offline', this.update);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.update);
    window.removeEventListener('offline', this.update);
  }
}
