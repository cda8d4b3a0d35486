import { httpUrl } from '@zhengwu/core';

/** The phone link of a ticket: `<base>?id=…&secret=…`, or undefined when `base` is not an http(s) URL. */
export function followUrl(base: string, id: string, secret: string): string | undefined {
  const url = httpUrl(base);
  if (!url) return undefined;
  url.searchParams.set('id', id);
  url.searchParams.set('secret', secret);
  return url.href;
}
