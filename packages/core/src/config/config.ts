import { ZwConfigError, type ConfigExpectation } from '../errors/zw-config-error.js';

/** What URL-valued attributes accept. */
export const HTTP_URL: ConfigExpectation = { text: 'an http(s) URL or a path', key: 'core:expected.httpUrl' };
export const API_BASE_URL: ConfigExpectation = { text: 'an http(s) URL or a path such as /api', key: 'core:expected.apiBase' };

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const MODES = ['normal', 'elder'] as const;
export type Mode = (typeof MODES)[number];

export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Settings every widget reads, from `<zw-provider>` or from its own attributes. */
export interface ZwConfig {
  /** Base URL of the hall API, e.g. `/api` or `https://hall.example.gov.cn/api`. */
  apiBase: string;
  locale: Locale;
  mode: Mode;
  theme: Theme;
  /** Identity of the hall this screen belongs to. */
  hallId: string;
  /** Identity of the service window (for rating pads and window screens). */
  windowId: string;
  /** Seconds without a touch before the timeout warning appears. */
  idleTimeout: number;
  /** Seconds the timeout warning stays before the session is wiped (at least 20). */
  idleWarning: number;
  /** Milliseconds a request may take before it is aborted with `ZwTimeoutError`. */
  requestTimeout: number;
}

/** Long enough for a slow mobile link, short enough that a visitor is not left waiting. */
export const DEFAULT_REQUEST_TIMEOUT = 15_000;
/** Shorter than this and a busy hall server would time out on ordinary answers. */
export const MIN_REQUEST_TIMEOUT = 1000;

/** The least time a visitor gets to extend a session (WCAG 2.2.1 asks for 20 s). */
export const MIN_IDLE_WARNING = 20;

export const DEFAULT_CONFIG: Readonly<ZwConfig> = Object.freeze({
  apiBase: '/api',
  locale: 'zh-CN',
  mode: 'normal',
  theme: 'light',
  hallId: '',
  windowId: '',
  idleTimeout: 120,
  idleWarning: 30,
  requestTimeout: DEFAULT_REQUEST_TIMEOUT,
});

/**
 * Best-fit match of a BCP 47 tag to a supported locale, as `Intl` does: `zh`, `zh-Hans`,
 * `zh-SG` → zh-CN; `zh-Hant`, `zh-HK`, `zh-MO` → zh-TW; any `en-*` → en. Returns `undefined`
 * when nothing fits, so the caller can fall back.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return undefined;
  if (lower === 'zh-tw' || lower === 'zh-hk' || lower === 'zh-mo' || lower.startsWith('zh-hant')) {
    return 'zh-TW';
  }
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}

function oneOf<T extends string>(attribute: string, allowed: readonly T[], value: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ZwConfigError(attribute, allowed.join(' | '), value);
}

export function parseMode(value: string, attribute = 'mode'): Mode {
  return oneOf(attribute, MODES, value);
}

export function parseTheme(value: string, attribute = 'theme'): Theme {
  return oneOf(attribute, THEMES, value);
}

/**
 * The one URL check: an http(s) URL, absolute or (unless `base` is null) relative to `base`
 * (the page); anything else — `javascript:`, `data:`, `vbscript:`, garbage — is `undefined`.
 * Attributes go through `parseHttpUrl`, URLs from data through this directly.
 */
export function httpUrl(
  value: string | null | undefined,
  base: string | null = globalThis.location?.href ?? 'http://localhost/',
): URL | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = base === null ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/**
 * An http(s) URL-valued attribute, resolved against the page; anything else is a
 * `ZwConfigError` naming the attribute.
 */
export function parseHttpUrl(value: string, attribute: string, expected: string | ConfigExpectation = HTTP_URL): URL {
  const url = httpUrl(value);
  if (!url) throw new ZwConfigError(attribute, expected, value);
  return url;
}

/** Accepts absolute http(s) URLs and paths relative to the page (kept as written). */
export function parseApiBase(value: string, attribute = 'api-base'): string {
  parseHttpUrl(value, attribute, API_BASE_URL);
  return value.trim().replace(/\/+$/, '');
}

/** A number ≥ `min` (a whole one when `whole`), else a `ZwConfigError` with `expectation`. */
function parseNumber(value: string | number, attribute: string, min: number, whole: boolean, expectation: ConfigExpectation): number {
  const text = String(value).trim();
  const number = typeof value === 'number' ? value : Number(text);
  if (!text || !Number.isFinite(number) || number < min || (whole && !Number.isInteger(number))) {
    throw new ZwConfigError(attribute, expectation, String(value));
  }
  return number;
}

export function parseMilliseconds(value: string | number, attribute: string, min = MIN_REQUEST_TIMEOUT): number {
  return parseNumber(value, attribute, min, true, {
    text: `a whole number of milliseconds ≥ ${min}`,
    key: 'core:expected.milliseconds',
    values: { min },
  });
}

export function parseSeconds(value: string | number, attribute: string, min = 1): number {
  return parseNumber(value, attribute, min, false, { text: `a number of seconds ≥ ${min}`, key: 'core:expected.seconds', values: { min } });
}
