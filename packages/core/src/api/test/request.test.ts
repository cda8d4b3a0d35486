import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { requestJson, type FetchLike } from '../request.js';
import { failureKind, ZwNotHallApiError, ZwOfflineError, ZwOriginRefusedError } from '../errors.js';

const Any = v.object({ ok: v.boolean() });
const answer =
  (body: string, status: number, type: string): FetchLike =>
  async () =>
    new Response(body, { status, headers: { 'content-type': type } });
const hallError = (code: string, status: number) => answer(JSON.stringify({ error: { code, message: code } }), status, 'application/json');

async function kindOf(fetcher: FetchLike, url = '/api/x') {
  try {
    await requestJson(fetcher, url, Any);
  } catch (error) {
    return failureKind(error);
  }
  return 'ready';
}

describe('what a failed request was', () => {
  it('tells the hall’s own answers from pages that are not a hall API', async () => {
    expect(await kindOf(hallError('unknown_service_item', 404))).to.equal('not-found');
    expect(await kindOf(hallError('not_found', 404)), 'the hall has no such route: api-base without /api').to.equal('not-hall-api');
    expect(await kindOf(answer('<!doctype html><h1>404</h1>', 404, 'text/html'))).to.equal('not-hall-api');
    expect(await kindOf(answer('<!doctype html><p>portal</p>', 200, 'text/html')), 'a page served for any path').to.equal('not-hall-api');
    expect(await kindOf(answer('{"ok":"yes"}', 200, 'application/json'))).to.equal('invalid');
    expect(await kindOf(hallError('rate_limited', 429))).to.equal('rate-limited');
    expect(await kindOf(answer('<p>Bad gateway</p>', 502, 'text/html')), 'a proxy in front of a hall in trouble').to.equal('error');
    expect(await kindOf(answer('{"ok":true}', 200, 'application/json'))).to.equal('ready');
  });

  it('tells an unreachable server from one that refuses this page’s origin', async () => {
    const down: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await kindOf(down, 'http://127.0.0.1:9/api/x')).to.equal('offline');
    // A CORS refusal: the real request fails, the no-cors probe of the same URL gets an answer.
    const refusing: FetchLike = async (_url, init) => {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    };
    let error: unknown;
    await requestJson(refusing, 'http://127.0.0.1:9/api/x', Any).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(ZwOriginRefusedError).and.instanceOf(ZwOfflineError);
    expect((error as ZwOriginRefusedError).origin).to.equal(location.origin);
    expect(failureKind(error)).to.equal('origin-refused');
    // The same origin is never refused for CORS: no probe.
    expect(await kindOf(refusing, '/api/x')).to.equal('offline');
    expect(new ZwNotHallApiError('/x', 404).status).to.equal(404);
  });
});
