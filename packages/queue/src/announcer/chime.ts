/** The part of Web Audio the chime and the unlock button need (tests pass a spy). */
export interface AudioLike {
  readonly state: string;
  readonly currentTime: number;
  readonly destination: AudioNode;
  resume(): Promise<void>;
  createOscillator(): OscillatorNode;
  createGain(): GainNode;
}

/** 叮 then 咚: two sine tones, a major third apart, each fading out. */
export const CHIME_TONES = [
  { hz: 659.25, at: 0, length: 0.9 },
  { hz: 523.25, at: 0.55, length: 1.2 },
] as const;

/** Seconds the chime lasts. */
export const CHIME_SECONDS = 1.8;

/** Plays the two-tone chime, made in the page (no audio file); resolves when it has sounded. */
export function playChime(audio: AudioLike, wait: (ms: number) => Promise<void>): Promise<void> {
  const start = audio.currentTime + 0.05;
  for (const tone of CHIME_TONES) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = tone.hz;
    const from = start + tone.at;
    gain.gain.setValueAtTime(0.0001, from);
    gain.gain.exponentialRampToValueAtTime(0.5, from + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, from + tone.length);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(from);
    oscillator.stop(from + tone.length + 0.05);
  }
  return wait(CHIME_SECONDS * 1000);
}
