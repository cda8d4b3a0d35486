import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { IdleTimerController } from '../idle-timer-controller.js';
import { OnlineStatusController } from '../online-status-controller.js';
import { ReadAloudController, type SpeechEngine, type Voice } from '../read-aloud-controller.js';
import { MediaQueryController } from '../media-query-controller.js';

class ControllerHost extends LitElement {
  updates = 0;
  protected override updated() {
    this.updates += 1;
  }
}
customElements.define('zw-controller-host', ControllerHost);

describe('IdleTimerController', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => clock.restore());

  async function setup(timeout: number, warning: number) {
    const host = document.createElement('zw-controller-host') as ControllerHost;
    const calls: string[] = [];
    const idle = new IdleTimerController(host, {
      timeout,
      warning,
      onWarning: () => calls.push('warning'),
      onExpired: () => calls.push('expired'),
    });
    document.body.append(host);
    return { host, idle, calls };
  }

  it('warns after the timeout, counts down, then expires', async () => {
    const { host, idle, calls } = await setup(60, 30);
    clock.tick(59_000);
    expect(idle.phase).to.equal('active');
    clock.tick(1_000);
    expect(idle.phase).to.equal('warning');
    expect(idle.remaining).to.equal(30);
    clock.tick(10_000);
    expect(idle.remaining).to.equal(20);
    clock.tick(20_000);
    expect(idle.phase).to.equal('expired');
    expect(calls).to.deep.equal(['warning', 'expired']);
    host.remove();
  });

  it('gives at least 20 seconds to extend, whatever it is told', async () => {
    const { host, idle } = await setup(10, 3);
    expect(idle.warningSeconds).to.equal(20);
    clock.tick(10_000);
    expect(idle.remaining).to.equal(20);
    clock.tick(19_000);
    expect(idle.phase).to.equal('warning');
    host.remove();
  });

  it('restarts on a touch or key while active, but not during the warning', async () => {
    const { host, idle } = await setup(60, 30);
    clock.tick(50_000);
    document.dispatchEvent(new Event('pointerdown'));
    clock.tick(50_000);
    expect(idle.phase, 'touch restarted the count').to.equal('active');
    clock.tick(10_000);
    expect(idle.phase).to.equal('warning');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(idle.phase, 'a stray key does not hide the warning').to.equal('warning');
    idle.extend();
    expect(idle.phase).to.equal('active');
    clock.tick(59_000);
    expect(idle.phase).to.equal('active');
    host.remove();
  });

  it('stops counting when its host leaves the page', async () => {
    const { host, idle, calls } = await setup(5, 20);
    host.remove();
    clock.tick(60_000);
    expect(idle.phase).to.equal('active');
    expect(calls).to.deep.equal([]);
  });
});

describe('OnlineStatusController', () => {
  it('follows online and offline events', async () => {
    const host = await fixture<ControllerHost>(html`<zw-controller-host></zw-controller-host>`);
    const changes: boolean[] = [];
    const status = new OnlineStatusController(host, (online) => changes.push(online));
    status.hostConnected();
    const stub = sinon.stub(navigator, 'onLine').get(() => false);
    try {
      window.dispatchEvent(new Event('offline'));
      expect(status.online).to.equal(false);
      stub.get(() => true);
      window.dispatchEvent(new Event('online'));
      expect(status.online).to.equal(true);
      expect(changes).to.deep.equal([false, true]);
    } finally {
      stub.restore();
      status.hostDisconnected();
    }
  });
});

describe('ReadAloudController', () => {
  function engineWith(voices: Voice[], lateVoices?: Voice[]) {
    const spoken: { text: string; voice: Voice; rate: number; finish: () => void }[] = [];
    let listener: (() => void) | undefined;
    let current = voices;
    const engine: SpeechEngine = {
      voices: () => current,
      onVoicesChanged: (l) => ((listener = l), () => (listener = undefined)),
      speak: (text, voice, rate) => new Promise((finish) => spoken.push({ text, voice, rate, finish })),
      cancel: () => undefined,
    };
    const deliverLateVoices = () => {
      current = lateVoices ?? [];
      listener?.();
    };
    return { engine, spoken, deliverLateVoices };
  }

  it('falls back to visible text when there is no speech engine', async () => {
    const host = await fixture<ControllerHost>(html`<zw-controller-host></zw-controller-host>`);
    const reader = new ReadAloudController(host, { engine: null });
    expect(await reader.speak('请A001号到3号窗口办理', 'zh-CN')).to.equal('unavailable');
    expect(reader.text).to.equal('请A001号到3号窗口办理');
  });

  it('falls back when no voice speaks the locale', async () => {
    const host = await fixture<ControllerHost>(html`<zw-controller-host></zw-controller-host>`);
    const { engine, spoken } = engineWith([{ lang: 'en-US', name: 'English' }]);
    const reader = new ReadAloudController(host, { engine });
    expect(await reader.speak('您好', 'zh-CN')).to.equal('unavailable');
    expect(spoken).to.have.length(0);
  });

  it('speaks with a matching voice, a little slower, and goes idle when done', async () => {
    const host = await fixture<ControllerHost>(html`<zw-controller-host></zw-controller-host>`);
    const { engine, spoken } = engineWith([
      { lang: 'en-US', name: 'English' },
      { lang: 'cmn-Hans-CN', name: 'Mandarin' },
    ]);
    const reader = new ReadAloudController(host, { engine });
    expect(await reader.speak('您好', 'zh-CN')).to.equal('speaking');
    expect(spoken[0].text).to.equal('您好');
    expect(spoken[0].voice.name).to.equal('Mandarin');
    expect(spoken[0].rate).to.be.lessThan(1);
    spoken[0].finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(reader.status).to.equal('idle');
  });

  it('waits for a voice list that arrives late', async () => {
    const host = await fixture<ControllerHost>(html`<zw-controller-host></zw-controller-host>`);
    const { engine, spoken, deliverLateVoices } = engineWith([], [{ lang: 'zh-TW', name: 'Taiwan' }]);
    const reader = new ReadAloudController(host, { engine, voiceWaitMs: 5000 });
    const status = reader.speak('您好', 'zh-TW');
    deliverLateVoices();
    expect(await status).to.equal('speaking');
    expect(spoken[0].voice.name).to.equal('Taiwan');
  });
});

describe('MediaQueryController', () => {
  it('reports whether a query matches', async () => {
    const host = await fixture<ControllerHost>(html`<zw-controller-host></zw-controller-host>`);
    const wide = new MediaQueryController(host, '(min-width: 1px)');
    const impossible = new MediaQueryController(host, '(max-width: 0px)');
    wide.hostConnected();
    impossible.hostConnected();
    expect(wide.matches).to.equal(true);
    expect(impossible.matches).to.equal(false);
  });
});
