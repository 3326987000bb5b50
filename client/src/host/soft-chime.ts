/**
 * A quiet two-note chime made with Web Audio (no sound file, nothing fetched).
 * It says only "something new"; never what. Browsers may refuse to play before
 * the leader has interacted with the page; then it is silently skipped.
 */
let context: AudioContext | null = null;

export function playSoftChime(): void {
  try {
    context ??= new AudioContext();
    const now = context.currentTime;
    for (const [i, freq] of [523.25, 659.25].entries()) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = "sine";
      osc.frequency.value = freq;
      const start = now + i * 0.18;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.06, start + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      osc.connect(gain).connect(context.destination);
      osc.start(start);
      osc.stop(start + 0.65);
    }
  } catch {
    /* no audio here: the strip and the tab title still say it */
  }
}
