import type { SpeechLike } from '../announcer.js';
import type { AudioLike } from '../chime.js';

/** A `speechSynthesis` stand-in: records utterances; `end()` finishes the one being spoken. */
export class FakeSpeech implements SpeechLike {
  spoken: SpeechSynthesisUtterance[] = [];
  /** Most utterances ever in progress at once (must stay 1). */
  overlap = 0;
  cancelled = 0;
  private current?: SpeechSynthesisUtterance;
  private listeners = new Set<() => void>();

  constructor(public voices: { lang: string; name: string }[] = [{ lang: 'zh-CN', name: 'Tingting' }]) {}

  getVoices() {
    return this.voices;
  }

  speak(utterance: SpeechSynthesisUtterance): void {
    if (utterance.volume === 0) return; // the silent primer of unlock()
    this.spoken.push(utterance);
    this.overlap = Math.max(this.overlap, this.current ? 2 : 1);
    this.current = utterance;
  }

  /** The engine says it finished the current utterance. */
  end(): void {
    const utterance = this.current;
    this.current = undefined;
    utterance?.onend?.(new Event('end') as SpeechSynthesisEvent);
  }

  get speaking(): boolean {
    return this.current !== undefined;
  }

  cancel(): void {
    this.cancelled += 1;
    this.current = undefined;
  }

  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.delete(listener);
  }

  voicesChanged(): void {
    for (const listener of [...this.listeners]) listener();
  }

  get texts(): string[] {
    return this.spoken.map((utterance) => utterance.text);
  }
}

/** Records the oscillators the chime makes. */
export class FakeAudio {
  state: 'suspended' | 'running' = 'running';
  currentTime = 0;
  destination = {} as AudioNode;
  tones: number[] = [];
  resumed = 0;
  /** Whether resume() may start the context (a tap happened, or the kiosk flag is set). */
  allowed = true;

  resume(): Promise<void> {
    this.resumed += 1;
    if (this.allowed) this.state = 'running';
    return this.allowed ? Promise.resolve() : new Promise(() => undefined);
  }

  createOscillator(): OscillatorNode {
    const node = {
      type: 'sine',
      frequency: { value: 0 },
      connect: (next: unknown) => next,
      start: () => this.tones.push(node.frequency.value),
      stop: () => undefined,
    };
    return node as unknown as OscillatorNode;
  }

  createGain(): GainNode {
    const param = { setValueAtTime: () => param, exponentialRampToValueAtTime: () => param };
    return { gain: param, connect: (next: unknown) => next } as unknown as GainNode;
  }

  get asAudio(): () => AudioLike {
    return () => this as unknown as AudioLike;
  }
}
