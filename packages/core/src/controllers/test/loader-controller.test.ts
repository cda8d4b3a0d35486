import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LoaderController } from '../loader-controller.js';
import { ZwOfflineError, ZwServerError, ZwTimeoutError } from '../../api/errors.js';

class LoaderHost extends LitElement {
  config = { requestTimeout: 60 };
}
customElements.define('zw-loader-host', LoaderHost);

const never = (signal: AbortSignal) =>
  new Promise<string>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

function host() {
  const el = document.createElement('zw-loader-host') as LoaderHost;
  document.body.append(el);
  return el;
}

describe('LoaderController', () => {
  afterEach(() => document.querySelectorAll('zw-loader-host').forEach((el) => el.remove()));

  it('loads a value and calls onLoad after the host rendered', async () => {
    const el = host();
    const seen: string[] = [];
    const loader = new LoaderController<string>(el, { onLoad: (value) => seen.push(value) });
    loader.request('a', async () => 'A');
    expect(loader.status).to.equal('loading');
    await loader.reload();
    await el.updateComplete;
    expect(loader.status).to.equal('ready');
    expect(loader.value).to.equal('A');
    expect(seen).to.include('A');
  });

  it('ends a request that never answers in ZwTimeoutError, with the host’s timeout', async () => {
    const el = host();
    const loader = new LoaderController<string>(el);
    const started = performance.now();
    loader.request('hang', never);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(loader.status).to.equal('timeout');
    expect(loader.error).to.be.instanceOf(ZwTimeoutError);
    expect((loader.error as ZwTimeoutError).timeoutMs).to.equal(60);
    expect(performance.now() - started).to.be.below(1000);
  });

  it('a newer request wins and aborts the older one', async () => {
    const el = host();
    const loader = new LoaderController<string>(el, { timeout: 5000 });
    let firstSignal: AbortSignal | undefined;
    loader.request('one', (signal) => ((firstSignal = signal), never(signal)));
    loader.request('two', async () => 'two');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(firstSignal!.aborted).to.equal(true);
    expect(loader.value).to.equal('two');
  });

  it('aborts on disconnect, and set() shows injected data without a request', async () => {
    const el = host();
    const loader = new LoaderController<string>(el, { timeout: 5000 });
    let signal: AbortSignal | undefined;
    loader.request('x', (s) => ((signal = s), never(s)));
    el.remove();
    expect(signal!.aborted).to.equal(true);
    loader.set('data', 'given');
    expect(loader.status).to.equal('ready');
    loader.set('data', undefined, new ZwOfflineError('/api'));
    expect(loader.status).to.equal('offline');
  });

  it('classifies failures and retries with reload()', async () => {
    const el = host();
    const loader = new LoaderController<string>(el, { timeout: 5000 });
    let calls = 0;
    loader.request('x', async () => {
      calls += 1;
      if (calls === 1) throw new ZwServerError(429, 'rate_limited', 'slow down');
      return 'ok';
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loader.status).to.equal('rate-limited');
    await loader.reload();
    expect(loader.status).to.equal('ready');
  });
});
