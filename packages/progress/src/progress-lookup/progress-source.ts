import type { Application, ProgressRules } from '@zhengwu/core/contract';
import { hallApi } from '../calendars/hall-api-loader.js';

/** Where the lookup asks; default the hall API at `api-base` (stories pass a fake). */
export interface ProgressSource {
  lookup(query: { id: string; secret: string }, signal: AbortSignal): Promise<Application>;
  /** The hall's rules for counting (`Hall.progressRules`); undefined when unknown. */
  rules(signal: AbortSignal): Promise<ProgressRules | undefined>;
}

export function apiProgressSource(apiBase: string): ProgressSource {
  const target = { baseUrl: apiBase };
  return {
    lookup: async (query, signal) => (await hallApi(apiBase)).getProgress(target, query, signal),
    rules: async (signal) => (await (await hallApi(apiBase)).getHall(target, signal)).progressRules,
  };
}

/** An application found, with the hall's rules for counting its clock. */
export interface Found {
  application: Application;
  rules?: ProgressRules;
}
