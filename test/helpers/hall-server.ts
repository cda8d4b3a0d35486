import { executeServerCommand } from '@web/test-runner-commands';

export interface HallServerInfo {
  /** Origin of the real hall server started for this test run, e.g. http://127.0.0.1:40123. */
  url: string;
  staffToken: string;
}

/** The real hall server of this run (see hall-server-plugin.mjs); `action` stops or restarts it. */
export function hallServer(action: 'info' | 'stop' | 'start' | 'restart' = 'info'): Promise<HallServerInfo> {
  return executeServerCommand<HallServerInfo, { action: string }>('hall-server', { action });
}

/** The pad token of a window of this run's server (printed by the pad-token command). */
export async function padToken(window: string): Promise<string> {
  const info = await executeServerCommand<HallServerInfo & { padToken: string }, { action: string; window: string }>('hall-server', {
    action: 'pad-token',
    window,
  });
  return info.padToken;
}

/** The error a promise rejects with; fails the test when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** Origin of a server that accepts connections and never answers (see hall-server-plugin.mjs). */
export async function hangingServer(): Promise<string> {
  return (await executeServerCommand<{ url: string }, { action: string }>('hall-server', { action: 'hanging' })).url;
}

/** Origin of a second real hall whose allowed origins exclude the test page (a CORS refusal). */
export async function refusingHall(): Promise<string> {
  return (await executeServerCommand<{ url: string }, { action: string }>('hall-server', { action: 'refusing' })).url;
}
