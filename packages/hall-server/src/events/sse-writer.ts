import type { SSEStreamingApi } from 'hono/streaming';
import type { AppServices } from '../services.js';

export interface SseWriter {
  /** Queues text for the client; drops the client when its unsent bytes pass the limit. */
  write(text: string): void;
  /** Resolves when the stream ends (the client left, was dropped, or the server stops). */
  finished: Promise<void>;
  /** Whether `finished` has happened. */
  readonly closed: boolean;
  /** The last write taken by the client (or the end). */
  drained(): Promise<void>;
  /** Ends the stream and cuts the connection: the client stopped reading. */
  dropSlow(): void;
  /** Stops the heartbeat and forgets the stream; call once it has finished. */
  release(): void;
}

/**
 * One server-sent event stream's writing, shared by the public, pad and ticket streams: writes
 * are chained and wait for the client to take them (backpressure); a heartbeat comment every
 * `heartbeatMs`; a client that stops reading is dropped once its unsent bytes pass
 * `bufferBytes` or a write has waited `stallMs`; the server's shutdown ends it.
 */
export function sseWriter(
  s: Pick<AppServices, 'streamLimits' | 'heartbeatMs' | 'streams'>,
  stream: SSEStreamingApi,
  drop?: () => void,
): SseWriter {
  const limits = s.streamLimits.options;
  let chain: Promise<void> = Promise.resolve();
  let pendingBytes = 0;
  let pendingSince: number | undefined;
  let inFlight = 0;
  let closed = false;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  void finished.then(() => (closed = true));
  const dropSlow = () => {
    finish();
    drop?.();
  };
  const write = (text: string) => {
    const size = Buffer.byteLength(text);
    pendingBytes += size;
    inFlight += 1;
    pendingSince ??= Date.now();
    if (pendingBytes > limits.bufferBytes) dropSlow();
    chain = chain
      .then(() => stream.write(text))
      .then(
        () => {
          pendingBytes -= size;
          inFlight -= 1;
          pendingSince = inFlight === 0 ? undefined : Date.now();
        },
        () => finish(),
      );
  };
  const heartbeat = setInterval(() => {
    if (pendingSince !== undefined && Date.now() - pendingSince > limits.stallMs) dropSlow();
    else write(': heartbeat\n\n');
  }, s.heartbeatMs);
  stream.onAbort(() => finish());
  s.streams.add(finish);
  return {
    write,
    finished,
    get closed() {
      return closed;
    },
    drained: () => Promise.race([chain, finished]),
    dropSlow,
    release: () => {
      clearInterval(heartbeat);
      s.streams.delete(finish);
    },
  };
}
