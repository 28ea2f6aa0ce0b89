/** Formats seconds as a clock: `M:SS` under an hour, `H:MM:SS` from one hour on. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export interface ClockReading {
  seconds: number;
  /** False for readings like `60:08` or `1:5:07` that name a time but break the `M:SS`/`H:MM:SS` form. */
  wellFormed: boolean;
}

const CLOCK = /^(?:(\d+):)?(\d+):(\d{1,2})$/;

/** Reads `M:SS`, `MM:SS` or `H:MM:SS`; undefined when the text is not a clock at all. */
export function parseClock(text: string): ClockReading | undefined {
  const match = CLOCK.exec(text.trim());
  if (!match) return undefined;
  const [, hText, mText = '', sText = ''] = match;
  const h = hText === undefined ? 0 : Number(hText);
  const m = Number(mText);
  const s = Number(sText);
  const seconds = h * 3600 + m * 60 + s;
  const wellFormed =
    sText.length === 2 && s < 60 && (hText === undefined ? mText.length <= 2 && m < 60 : mText.length === 2 && m < 60);
  return { seconds, wellFormed };
}

/** A duration for people to read: `1 h 26 min`, `58 min`, `45 s`. */
export function formatLength(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.round(whole / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
