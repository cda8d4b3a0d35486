import { expect, fixture, html } from '@open-wc/testing';
import '../zw-queue-board.define.js';
import type { ZwQueueBoard } from '../zw-queue-board.js';
import * as stories from '../stories/zw-queue-board.stories.js';
import { SAMPLE_HALL, call, calledTicket, fakeBoardSource, sampleQueue, type FakeBoard } from '../stories/fake-board-source.js';
import { FakeAudio, FakeSpeech } from '../../announcer/test/fakes.js';
import { CHIME_TONES } from '../../announcer/chime.js';
import { describeStoryMatrix } from '@zhengwu/test-helpers/stories';
import { text, waitFor } from '@zhengwu/test-helpers/dom';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const iso = (msAgo = 0) => new Date(Date.now() - msAgo).toISOString();
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function board(options: { lang?: string; speech?: FakeSpeech; audio?: FakeAudio; source?: FakeBoard } = {}) {
  const source = options.source ?? fakeBoardSource(sampleQueue(iso(), [call('A011', '1', iso(120_000))]));
  const speech = options.speech ?? new FakeSpeech();
  const audio = options.audio ?? new FakeAudio();
  const el = await fixture<ZwQueueBoard>(
    html`<zw-queue-board lang=${options.lang ?? 'zh-CN'} .client=${source} .speech=${speech} .audio=${audio.asAudio}></zw-queue-board>`,
  );
  await waitFor(() => el.calls.length > 0 || source.state.recentCalls.length === 0, 'the queue loads');
  await waitFor(() => source.stream.open > 0 && el.connectionState === 'open', 'the stream opens');
  await el.updateComplete;
  return { el, source, speech, audio };
}

const callAt = (source: FakeBoard, number: string, window: string, options: { id?: string; recall?: boolean; msAgo?: number } = {}) =>
  source.stream.emit(
    { type: 'ticket-called', ticket: calledTicket(number, window, iso(options.msAgo ?? 0)), window, recall: options.recall ?? false },
    options.id,
  );

describe('zw-queue-board', () => {
  it('is accessible', async () => {
    const { el, source } = await board();
    callAt(source, 'A001', '3');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('shows and speaks the call: 请A零零一号到3号窗口办理', async () => {
    const { el, source, speech } = await board();
    callAt(source, 'A001', '3', { id: '1' });
    await el.updateComplete;
    await flush();
    expect(speech.texts).to.deep.equal(['请A零零一号到3号窗口办理']);
    expect(speech.spoken[0].lang).to.equal('zh-CN');
    expect(text($(el, '.number'))).to.equal('A001');
    expect(text($(el, '.window'))).to.equal('请到 3号窗口');
    expect(text($(el, '[role=status]'))).to.equal('请A001号到3号窗口办理');
    expect($(el, '.call')!.classList.contains('flash')).to.equal(true);
    // The huge number: at least about 200 px on a 1080-line screen (here it scales with the viewport).
    expect(parseFloat(getComputedStyle($(el, '.number')!).fontSize)).to.be.greaterThan(window.innerHeight * 0.2);
  });

  it('speaks in zh-TW and en with their voices', async () => {
    const tw = new FakeSpeech([{ lang: 'zh-TW', name: 'Meijia' }]);
    const { el, source } = await board({ lang: 'zh-TW', speech: tw });
    callAt(source, 'A001', '3');
    await el.updateComplete;
    await flush();
    expect(tw.texts).to.deep.equal(['請A零零一號到3號窗口辦理']);
    const en = new FakeSpeech([{ lang: 'en-GB', name: 'Daniel' }]);
    const second = await board({ lang: 'en', speech: en });
    callAt(second.source, 'A001', '3');
    await flush();
    expect(en.texts).to.deep.equal(['Ticket A 0 0 1, please go to window 3']);
  });

  it('queues two calls (never overlapping) and repeats a recall', async () => {
    const { el, source, speech } = await board();
    callAt(source, 'A001', '3', { id: '1' });
    callAt(source, 'B002', '4', { id: '2' });
    await flush();
    expect(speech.texts).to.deep.equal(['请A零零一号到3号窗口办理']);
    expect(text($(el, '.number'))).to.equal('B002');
    speech.end();
    await flush();
    expect(speech.texts).to.deep.equal(['请A零零一号到3号窗口办理', '请B零零二号到4号窗口办理']);
    callAt(source, 'A001', '3', { id: '3', recall: true, msAgo: 30_000 });
    speech.end();
    await flush();
    expect(speech.texts).to.have.length(3);
    expect(speech.texts[2]).to.equal('请A零零一号到3号窗口办理');
    expect(speech.overlap).to.equal(1);
    await el.updateComplete;
    expect(text($(el, '.call .tag'))).to.equal('重呼');
  });

  it('chimes 叮咚 without a voice, and tells staff that voice is off', async () => {
    const audio = new FakeAudio();
    const speech = new FakeSpeech([]);
    const { el, source } = await board({ speech, audio });
    callAt(source, 'A001', '3');
    speech.voicesChanged();
    await waitFor(() => audio.tones.length === 2, 'the chime');
    expect(audio.tones).to.deep.equal(CHIME_TONES.map((tone) => tone.hz));
    expect(speech.spoken).to.have.length(0);
    await el.updateComplete;
    expect(el.announceMode).to.equal('chime');
    expect(text($(el, '.notices'))).to.contain('语音播报不可用');
    expect(text($(el, '.number'))).to.equal('A001');
  });

  it('catches up after a cut without announcing old calls again', async () => {
    const { el, source, speech } = await board();
    const first = calledTicket('A001', '3', iso(5000));
    source.stream.emit({ type: 'ticket-called', ticket: first, window: '3', recall: false }, '1');
    await flush();
    speech.end();
    source.stream.state('reconnecting');
    await el.updateComplete;
    expect(text($(el, '.notices'))).to.contain('网络已断开');
    source.stream.state('open');
    // Replayed: the same event again, a call made a minute ago during the cut, a recall of then.
    source.stream.emit({ type: 'ticket-called', ticket: first, window: '3', recall: false }, '1');
    callAt(source, 'B005', '4', { id: '2', msAgo: 60_000 });
    callAt(source, 'B005', '4', { id: '3', msAgo: 60_000, recall: true });
    await flush();
    expect(speech.texts).to.deep.equal(['请A零零一号到3号窗口办理']);
    await el.updateComplete;
    expect(el.calls.map((shown) => shown.number)).to.include('B005');
    // The server could not replay: refetch; only the call newer than what was shown, and fresh, is spoken.
    source.state = sampleQueue(iso(), [call('C009', '4', iso(500)), call('C008', '4', iso(90_000)), call('A001', '3', first.calledAt!)]);
    source.stream.emit({ type: 'reset' });
    await waitFor(() => source.queueCalls === 2 && el.calls[0]?.number === 'C009', 'the refetch');
    await flush();
    expect(speech.texts).to.deep.equal(['请A零零一号到3号窗口办理', '请C零零九号到4号窗口办理']);
  });

  it('follows waiting counts per category', async () => {
    const { el, source } = await board({ source: fakeBoardSource(sampleQueue(iso(), [])) });
    await waitFor(() => text($(el, '.waiting')).includes('12 人'), 'the waiting counts');
    source.stream.emit({ type: 'queue-changed', category: 'household', waiting: 3 });
    await el.updateComplete;
    expect(text($(el, '.waiting'))).to.contain(`${SAMPLE_HALL.categories[0].name}3 人`);
  });

  it('offers 开启声音 when the browser blocks sound, and a tap turns it on', async () => {
    const audio = new FakeAudio();
    audio.state = 'suspended';
    audio.allowed = false;
    const { el } = await board({ audio });
    await waitFor(() => el.soundBlocked, 'the autoplay check');
    await el.updateComplete;
    const button = $(el, 'zw-button.enable-sound')!;
    expect(text(button)).to.equal('开启声音');
    audio.allowed = true;
    button.click();
    await waitFor(() => !el.soundBlocked, 'sound on');
    await el.updateComplete;
    expect($(el, 'zw-button.enable-sound')).to.equal(null);
  });
});
