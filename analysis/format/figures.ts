/**
 * Figures for people: the one place a number becomes text, for check messages, the CLI, reports
 * and the UI alike, so a value, its target and its message read the same everywhere. Decimal SI, as
 * the platforms state their limits and as Finder shows sizes: 1 MB = 1,000,000 bytes,
 * 1 Mbps = 1,000,000 bit/s.
 */

/** Trailing zeros after the point say nothing: "8.00" → "8", "1.50" → "1.5". */
const trim = (text: string): string => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

export const seconds = (value: number, digits = 1): string => `${value.toFixed(digits)} s`;

export const percent = (share: number, extraDigits = 0): string => `${trim((share * 100).toFixed(extraDigits))}%`;

export function bytes(value: number, extraDigits = 0): string {
  const scaled = (n: number, unit: string, digits: number): string =>
    `${trim(n.toFixed(digits + extraDigits))} ${unit}`;
  // The unit is chosen after rounding: 999,999,999 bytes is "1 GB", never "1000 MB".
  const reaches = (unit: number, digits: number): boolean =>
    Number((value / unit).toFixed(digits + extraDigits)) >= 1000;
  if (value >= 1e9 || reaches(1e6, 0)) return scaled(value / 1e9, 'GB', value < 1e10 ? 2 : 1);
  if (value >= 1e6 || reaches(1e3, 0)) return scaled(value / 1e6, 'MB', value < 1e7 ? 1 : 0);
  if (value >= 1e3 || Math.round(value) >= 1000) return scaled(value / 1e3, 'KB', 0);
  return `${Math.round(value)} B`;
}

/** kbps in, "860 kbps" or "1.15 Mbps" out. */
export function bitrate(kbps: number, extraDigits = 0): string {
  if (Number(kbps.toFixed(extraDigits)) < 1000) return `${trim(kbps.toFixed(extraDigits))} kbps`;
  return `${trim((kbps / 1000).toFixed((kbps < 10_000 ? 2 : 1) + extraDigits))} Mbps`;
}

export const fps = (value: number): string => `${trim(value.toFixed(2))} fps`;

export const lufs = (value: number): string => `${trim(value.toFixed(1))} LUFS`;

export const dbtp = (value: number): string => `${trim(value.toFixed(1))} dBTP`;

export const list = (items: readonly string[]): string => items.join(', ');

/**
 * A value next to its limit, with enough digits that they never read the same when they differ:
 * a draft of 500,400,000 bytes is "500.4 MB" over a "500 MB" limit, never "500 MB, over 500 MB".
 */
export function beside(
  value: number,
  limit: number,
  format: (n: number, extraDigits: number) => string,
): [string, string] {
  for (let extra = 0; extra <= 3; extra++) {
    const [a, b] = [format(value, extra), format(limit, extra)];
    if (a !== b || value === limit) return [a, b];
  }
  return [format(value, 3), format(limit, 3)];
}

/** A moment in the clip: hundredths under a second (a frame is 0.03 s), tenths after: "0.03 s", "0.5 s", "2.0 s". */
export const moment = (sec: number): string =>
  `${sec < 1 ? sec.toFixed(2).replace(/(\.\d)0$/, '$1') : sec.toFixed(1)} s`;

/**
 * The time ticks of an opening of `windowSec`: each whole second, and the window's own end when it
 * is not a whole second (a 0.4 s clip gets 0 and 0.40 s, never two "0 s"). `anchor` keeps the first
 * and last labels inside the figure.
 */
export function windowTicks(
  windowSec: number,
): Array<{ tSec: number; label: string; anchor: 'start' | 'middle' | 'end' }> {
  const whole = Array.from({ length: Math.floor(windowSec + 1e-6) + 1 }, (_, s) => s);
  const times = Math.abs(whole.at(-1)! - windowSec) < 0.05 ? whole : [...whole, windowSec];
  return times.map((t, i) => ({
    tSec: t,
    label: Number.isInteger(t) ? `${t} s` : moment(t),
    anchor: i === 0 ? 'start' : i === times.length - 1 ? 'end' : 'middle',
  }));
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Every date people read (app, reports, CLI): the system locale's format, in local time. */
export const when = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : WHEN.format(date);
};
