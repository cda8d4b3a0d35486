import { expect } from '@open-wc/testing';
import { ManualClock } from '@zhengwu/core';
import { Announcer, pickVoice } from '../announcer.js';
import { CHIME_TONES } from '../chime.js';
import { spokenNumber } from '../spoken-number.js';
import { FakeAudio, FakeSpeech } from './fakes.js';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('announcer', () => {
  it('reads numbers digit by digit, as halls do', () => {
    expect(spokenNumber('A001', '零一二三四五六七八九')).to.equal('A零零一');
    expect(spokenNumber('B120', '零一二三四五六七八九')).to.equal('B一二零');
    expect(spokenNumber('A001', '0 1 2 3 4 5 6 7 8 9')).to.equal('A 0 0 1');
  });

  it('picks a voice by language, cmn-* as zh-*, and none for a language it lacks', () => {
    const voices = [
      { lang: 'en-US', name: 'en' },
      { lang: 'cmn-Hans-CN', name: 'cmn' },
      { lang: 'zh-TW', name: 'tw' },
    ];
    expect(pickVoice(voices, 'zh-CN')?.name).to.equal('cmn');
    expect(pickVoice(voices, 'zh-TW')?.name).to.equal('tw');
    expect(pickVoice([{ lang: 'de-DE', name: 'de' }], 'en')).to.equal(undefined);
  });

  it('speaks one call after another, never over each other', async () => {
    const speech = new FakeSpeech();
    const announcer = new Announcer({ speech, audio: new FakeAudio().asAudio });
    void announcer.announce('one', 'zh-CN');
    const second = announcer.announce('two', 'zh-CN');
    await flush();
    expect(speech.texts).to.deep.equal(['one']);
    speech.end();
    await flush();
    expect(speech.texts).to.deep.equal(['one', 'two']);
    speech.end();
    await second;
    expect(speech.overlap).to.equal(1);
    expect(speech.spoken[0].lang).to.equal('zh-CN');
  });

  it('goes on when an engine never says end (the guard)', async () => {
    const speech = new FakeSpeech();
    const clock = new ManualClock();
    const announcer = new Announcer({ speech, clock, audio: () => null });
    void announcer.announce('first', 'zh-CN');
    void announcer.announce('second', 'zh-CN');
    await flush();
    clock.advance(3000);
    await flush();
    expect(speech.texts).to.deep.equal(['first']);
    clock.advance(10_000);
    await flush();
    expect(speech.texts).to.deep.equal(['first', 'second']);
    expect(speech.cancelled).to.equal(1);
  });

  it('chimes 叮咚 when no voice exists, also after voiceschanged', async () => {
    const speech = new FakeSpeech([]);
    const audio = new FakeAudio();
    const clock = new ManualClock();
    const announcer = new Announcer({ speech, clock, audio: audio.asAudio });
    void announcer.announce('请A001号到3号窗口办理', 'zh-CN');
    await flush();
    speech.voicesChanged(); // still empty, as on Linux Chromium
    await flush();
    expect(announcer.mode).to.equal('chime');
    expect(audio.tones).to.deep.equal(CHIME_TONES.map((tone) => tone.hz));
    expect(speech.spoken).to.have.length(0);
  });

  it('says sound is blocked until a tap, and unblocks on unlock()', async () => {
    const audio = new FakeAudio();
    audio.state = 'suspended';
    audio.allowed = false;
    const clock = new ManualClock();
    const announcer = new Announcer({ speech: null, clock, audio: audio.asAudio });
    const checked = announcer.checkAutoplay();
    clock.advance(300);
    await checked;
    expect(announcer.blocked).to.equal(true);
    audio.allowed = true;
    await announcer.unlock();
    expect(announcer.blocked).to.equal(false);
  });
});
