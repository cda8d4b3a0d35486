import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/** A request sent from a chosen loopback address (127.0.0.x), as many clients would. */
export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: init.method ?? 'GET',
        headers: init.body === undefined ? init.headers : { 'content-type': 'application/json', ...init.headers },
        localAddress,
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            body = text;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** `count` distinct loopback addresses: 127.0.0.2, 127.0.0.3, … */
export function loopbackAddresses(count: number, first = 2): string[] {
  return Array.from({ length: count }, (_, index) => {
    const n = first + index;
    return `127.0.${Math.floor(n / 250)}.${(n % 250) + 1}`;
  });
}
