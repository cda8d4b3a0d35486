/**
 * Tells a visitor whose phone is in a pocket that the ticket was called: a vibration and a
 * short beep made with Web Audio (no sound file to fetch), where the browser allows them (a
 * page that was never touched may be refused sound; the screen says it all anyway).
 */
export function callAlert(): void {
  try {
    navigator.vibrate?.([300, 150, 300, 150, 600]);
  } catch {
    // Not allowed here: the full-screen message remains.
  }
  const Context = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.25, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.6);
    tone.onended = () => void audio.close();
  } catch {
    // No audio device, or blocked: silence.
  }
}
