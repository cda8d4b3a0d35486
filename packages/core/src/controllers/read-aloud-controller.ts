import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { matchLocale, type Locale } from '../config/config.js';

export type ReadAloudStatus = 'idle' | 'speaking' | 'unavailable';

export interface Voice {
  readonly lang: string;
  readonly name: string;
}

/** What reading aloud needs from a speech engine; kiosks and tests can bring their own. */
export interface SpeechEngine {
  /** The voices known now; may be empty until `voicesChanged` fires. */
  voices(): readonly Voice[];
  /** Calls `listener` once when the voice list changes; returns a function that cancels it. */
  onVoicesChanged(listener: () => void): () => void;
  /** Speaks; resolves when done, rejects when the engine fails. */
  speak(text: string, voice: Voice, rate: number): Promise<void>;
  cancel(): void;
}

/** `speechSynthesis` as a `SpeechEngine`, or null where the browser has none. */
export function browserSpeechEngine(): SpeechEngine | null {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return null;
  return {
    voices: () => synth.getVoices(),
    onVoicesChanged(listener) {
      synth.addEventListener('voiceschanged', listener, { once: true });
      return () => synth.removeEventListener('voiceschanged', listener);
    },
    speak(text, voice, rate) {
      return new Promise((resolve, reject) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice as SpeechSynthesisVoice;
        utterance.lang = voice.lang;
        utterance.rate = rate;
        utterance.onend = () => resolve();
        utterance.onerror = (event) => (event.error === 'interrupted' || event.error === 'canceled' ? resolve() : reject(event));
        synth.speak(utterance);
      });
    },
    cancel: () => synth.cancel(),
  };
}

export interface ReadAloudOptions {
  engine?: SpeechEngine | null;
  /** How long to wait for the voice list, which Chromium fills in late. */
  voiceWaitMs?: number;
  /** Speaking rate; a little slower than usual suits elderly listeners. */
  rate?: number;
}

/**
 * Reads text aloud when a voice for the locale exists. Linux Chromium often has none: then
 * `status` becomes `unavailable` and `text` keeps what should have been spoken, so the element
 * can show it large on screen instead.
 */
export class ReadAloudController implements ReactiveController {
  status: ReadAloudStatus = 'idle';
  /** The text last asked for. */
  text = '';

  private readonly engine: SpeechEngine | null;
  private readonly voiceWaitMs: number;
  private readonly rate: number;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: ReadAloudOptions = {},
  ) {
    this.engine = options.engine !== undefined ? options.engine : browserSpeechEngine();
    this.voiceWaitMs = options.voiceWaitMs ?? 600;
    this.rate = options.rate ?? 0.9;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts speaking `text`; resolves with the status reached (`speaking` or `unavailable`). */
  async speak(text: string, locale: Locale): Promise<ReadAloudStatus> {
    this.stop();
    const generation = ++this.generation;
    this.text = text;
    const voice = await this.voiceFor(locale);
    if (generation !== this.generation) return this.status;
    if (!this.engine || !voice) return this.set('unavailable');
    this.engine.speak(text, voice, this.rate).then(
      () => generation === this.generation && this.set('idle'),
      () => generation === this.generation && this.set('unavailable'),
    );
    return this.set('speaking');
  }

  stop(): void {
    this.generation += 1;
    if (this.status === 'speaking') this.engine?.cancel();
    if (this.status !== 'idle') this.set('idle');
  }

  private set(status: ReadAloudStatus): ReadAloudStatus {
    this.status = status;
    this.host.requestUpdate();
    return status;
  }

  private async voiceFor(locale: Locale): Promise<Voice | undefined> {
    const engine = this.engine;
    if (!engine) return undefined;
    const pick = () => engine.voices().find((voice) => matchLocale(voice.lang.replace(/^cmn/i, 'zh')) === locale);
    if (engine.voices().length > 0) return pick();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        cancel();
        resolve(pick());
      };
      const timer = setTimeout(done, this.voiceWaitMs);
      const cancel = engine.onVoicesChanged(done);
    });
  }
}
