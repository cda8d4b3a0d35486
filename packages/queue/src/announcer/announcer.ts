import { matchLocale, systemClock, type Clock, type Locale } from '@zhengwu/core';
import { playChime, type AudioLike } from './chime.js';

/** The part of `speechSynthesis` the announcer uses (tests pass a stub). */
export interface SpeechLike {
  getVoices(): readonly { lang: string; name: string }[];
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** `voice` (a voice speaks the calls), `chime` (no voice for the language: 叮咚 only), or not known yet. */
export type AnnounceMode = 'unknown' | 'voice' | 'chime';

export interface AnnouncerOptions {
  speech?: SpeechLike | null;
  /** Makes the page's audio context, once; null where there is no Web Audio. */
  audio?: () => AudioLike | null;
  clock?: Clock;
  onChange?: () => void;
  /** How long to wait for Chromium's late voice list. */
  voiceWaitMs?: number;
  /** Speaking rate: a little slow carries better across a hall. */
  rate?: number;
}

export const browserAudio = (): AudioLike | null => (typeof AudioContext === 'undefined' ? null : new AudioContext());

/** The voice for `locale`: its own first, then (zh-TW) another Chinese one. `cmn-*` counts as `zh-*`. */
export function pickVoice<V extends { lang: string }>(voices: readonly V[], locale: Locale): V | undefined {
  const lang = (voice: V) => voice.lang.replace(/^cmn/i, 'zh').replace(/_/g, '-');
  return (
    voices.find((voice) => matchLocale(lang(voice)) === locale && lang(voice).toLowerCase().startsWith(locale.toLowerCase())) ??
    voices.find((voice) => matchLocale(lang(voice)) === locale) ??
    (locale === 'en' ? undefined : voices.find((voice) => lang(voice).toLowerCase().startsWith('zh')))
  );
}

/**
 * Speaks calls one after another, never over each other: each waits for the previous one's
 * `end`, or for a guard timeout (engines that never fire `end` exist). Without a voice for the
 * language it plays a chime instead. Knows whether the browser blocks sound until a tap.
 */
export class Announcer {
  mode: AnnounceMode = 'unknown';
  /** Sound stays off until someone taps (the autoplay policy). */
  blocked = false;

  private readonly speech: SpeechLike | null;
  private readonly makeAudio: () => AudioLike | null;
  private readonly clock: Clock;
  private readonly onChange: () => void;
  private readonly voiceWaitMs: number;
  private readonly rate: number;
  private audio?: AudioLike | null;
  private tail: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(options: AnnouncerOptions = {}) {
    this.speech = options.speech !== undefined ? options.speech : (globalThis.speechSynthesis ?? null);
    this.makeAudio = options.audio ?? browserAudio;
    this.clock = options.clock ?? systemClock;
    this.onChange = options.onChange ?? (() => undefined);
    this.voiceWaitMs = options.voiceWaitMs ?? 1500;
    this.rate = options.rate ?? 0.85;
  }

  /** Queues `text`; resolves when it (and everything queued before it) has been said. */
  announce(text: string, locale: Locale): Promise<void> {
    this.tail = this.tail.then(() => (this.disposed ? undefined : this.play(text, locale))).catch(() => undefined);
    return this.tail;
  }

  /** Tries to start sound without a tap; says `blocked` when the browser refuses. */
  async checkAutoplay(): Promise<void> {
    const audio = this.context();
    if (!audio) return;
    // A blocked context's resume() stays pending until a tap: look at the state after a moment.
    void audio.resume().catch(() => undefined);
    await this.wait(300);
    this.setBlocked(audio.state === 'suspended');
  }

  /** From a tap or key press: starts audio (and primes speech, which Chromium also gates). */
  async unlock(): Promise<void> {
    const audio = this.context();
    if (this.speech && typeof SpeechSynthesisUtterance !== 'undefined') {
      const silent = new SpeechSynthesisUtterance(' ');
      silent.volume = 0;
      this.speech.speak(silent);
    }
    await audio?.resume().catch(() => undefined);
    this.setBlocked(audio?.state === 'suspended');
  }

  /** Finds out (once) whether a voice for `locale` exists. */
  async detect(locale: Locale): Promise<AnnounceMode> {
    const voice = await this.voiceFor(locale);
    this.setMode(voice ? 'voice' : 'chime');
    return this.mode;
  }

  dispose(): void {
    this.disposed = true;
    this.speech?.cancel();
  }

  private async play(text: string, locale: Locale): Promise<void> {
    const voice = await this.voiceFor(locale);
    this.setMode(voice ? 'voice' : 'chime');
    if (voice && this.speech) return this.say(this.speech, text, voice);
    const audio = this.context();
    if (audio) await playChime(audio, (ms) => this.wait(ms));
  }

  private say(speech: SpeechLike, text: string, voice: { lang: string; name: string }): Promise<void> {
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      // The setter takes real voices only (a stub engine's are plain objects; `lang` still picks one).
      if (typeof SpeechSynthesisVoice !== 'undefined' && voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = this.rate;
      // Guard: about 0.4 s a character at this rate, plus slack; some engines never say `end`.
      const guard = this.clock.setTimeout(
        () => {
          speech.cancel();
          done();
        },
        4000 + text.length * 400,
      );
      const done = () => {
        this.clock.clearTimeout(guard);
        resolve();
      };
      utterance.onend = done;
      utterance.onerror = done;
      speech.speak(utterance);
    });
  }

  private voiceFor(locale: Locale): Promise<{ lang: string; name: string } | undefined> {
    const speech = this.speech;
    if (!speech) return Promise.resolve(undefined);
    if (speech.getVoices().length > 0) return Promise.resolve(pickVoice(speech.getVoices(), locale));
    return new Promise((resolve) => {
      const done = () => {
        this.clock.clearTimeout(timer);
        speech.removeEventListener('voiceschanged', done);
        resolve(pickVoice(speech.getVoices(), locale));
      };
      const timer = this.clock.setTimeout(done, this.voiceWaitMs);
      speech.addEventListener('voiceschanged', done);
    });
  }

  private context(): AudioLike | null {
    if (this.audio === undefined) this.audio = this.makeAudio();
    return this.audio;
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => this.clock.setTimeout(resolve, ms));
  }

  private setMode(mode: AnnounceMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.onChange();
  }

  private setBlocked(blocked: boolean): void {
    if (blocked === this.blocked) return;
    this.blocked = blocked;
    this.onChange();
  }
}
