import { oneEvent } from '@open-wc/testing';

/** Waits for an event, failing with a clear message instead of a mocha timeout. */
export async function eventWithin<E extends Event>(target: EventTarget, type: string, ms: number): Promise<E> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
  });
  try {
    return (await Promise.race([oneEvent(target, type), timeout])) as unknown as E;
  } finally {
    clearTimeout(timer);
  }
}
