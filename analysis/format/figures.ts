/**
 * Figures for people: the one place a number becomes text, for check messages, the CLI, reports
 * and the UI alike, so a value, its target and its message read the same everywhere. Decimal SI, as
 * the platforms state their limits and as Finder shows sizes: 1 MB = 1,000,000 bytes,
 * 1 Mbps = 1,000,000 bit/s. Each language writes its own decimal mark ("15.0 s", "15,0 s").
 */
import { LOCALE_OF, type Lang } from '../i18n/lang.js';

/** Trailing zeros after the point say nothing: "8.00" → "8", "1.50" → "1.5". */
const trim = (text: string): string => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

export interface Figures {
  lang: Lang;
  /** A plain number with this language's decimal mark: decimal(2.5, 1) → "2,5" in Italian. */
  decimal(value: number, digits?: number): string;
  /** A count as the language groups it: "4,000" in English, "4000" and "12.000" in Italian. */
  whole(value: number): string;
  seconds(value: number, digits?: number): string;
  percent(share: number, extraDigits?: number): string;
  bytes(value: number, extraDigits?: number): string;
  bitrate(kbps: number, extraDigits?: number): string;
  fps(value: number): string;
  /**
   * A decibel figure to a tenth, always with its tenth and a "+" above 0: the number `lufs` and `dbtp`
   * write ("-21.8", "-14.0", "+7.4"), for a column headed by the unit.
   */
  tenths(value: number): string;
  lufs(value: number): string;
  dbtp(value: number): string;
  list(items: readonly string[]): string;
  moment(sec: number): string;
  /**
   * The opening the hook looks at, as its check, card and report name it: the profile's window in
   * whole seconds ("3 s"), or a clip shorter than it to the tenth ("0.4 s").
   */
  opening(measuredSec: number, profileSec: number): string;
  windowTicks(windowSec: number): Array<{ tSec: number; label: string; anchor: 'start' | 'middle' | 'end' }>;
  when(iso: string): string;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

export function figuresIn(lang: Lang): Figures {
  // toFixed's text, with this language's decimal mark; thousands are never grouped in figures.
  const mark = (text: string): string => (lang === 'it' ? text.replace('.', ',') : text);
  const decimal = (value: number, digits = 0): string => mark(value.toFixed(digits));
  const seconds = (value: number, digits = 1): string => `${decimal(value, digits)} s`;
  // One precision for every level and peak, so "-14.0" never reads as "-14" on one card and "-13.9" on
  // the next; a level above 0 says so ("+7.4 dBTP"), and one that rounds to 0 is "0.0", never "-0.0".
  const tenths = (value: number): string => {
    const text = value.toFixed(1);
    return Number(text) === 0 ? mark('0.0') : value > 0 ? `+${mark(text)}` : mark(text);
  };
  const percent = (share: number, extraDigits = 0): string => `${mark(trim((share * 100).toFixed(extraDigits)))}%`;

  function bytes(value: number, extraDigits = 0): string {
    const scaled = (n: number, unit: string, digits: number): string =>
      `${mark(trim(n.toFixed(digits + extraDigits)))} ${unit}`;
    // The unit is chosen after rounding: 999,999,999 bytes is "1 GB", never "1000 MB".
    const reaches = (unit: number, digits: number): boolean =>
      Number((value / unit).toFixed(digits + extraDigits)) >= 1000;
    if (value >= 1e9 || reaches(1e6, 0)) return scaled(value / 1e9, 'GB', value < 1e10 ? 2 : 1);
    if (value >= 1e6 || reaches(1e3, 0)) return scaled(value / 1e6, 'MB', value < 1e7 ? 1 : 0);
    if (value >= 1e3 || Math.round(value) >= 1000) return scaled(value / 1e3, 'KB', 0);
    return `${Math.round(value)} B`;
  }

  /** kbps in, "860 kbps" or "1.15 Mbps" out. */
  function bitrate(kbps: number, extraDigits = 0): string {
    if (Number(kbps.toFixed(extraDigits)) < 1000) return `${mark(trim(kbps.toFixed(extraDigits)))} kbps`;
    return `${mark(trim((kbps / 1000).toFixed((kbps < 10_000 ? 2 : 1) + extraDigits)))} Mbps`;
  }

  /**
   * A moment in the clip, always to the hundredth (a frame is 0.03 s): "0.00 s", "0.03 s", "2.40 s", so
   * the first change and the first sound read alike side by side (`seconds(sec, 2)`, the same text).
   */
  const moment = (sec: number): string => seconds(sec, 2);

  /**
   * The time ticks of an opening of `windowSec`: each whole second, and the window's own end when it
   * is not a whole second (a 0.4 s clip gets 0 and 0.40 s, never two "0 s"). `anchor` keeps the first
   * and last labels inside the figure.
   */
  function windowTicks(windowSec: number): ReturnType<Figures['windowTicks']> {
    const whole = Array.from({ length: Math.floor(windowSec + 1e-6) + 1 }, (_, s) => s);
    const times = Math.abs(whole.at(-1)! - windowSec) < 0.05 ? whole : [...whole, windowSec];
    return times.map((t, i) => ({
      tSec: t,
      label: Number.isInteger(t) ? `${t} s` : moment(t),
      anchor: i === 0 ? 'start' : i === times.length - 1 ? 'end' : 'middle',
    }));
  }

  /** Every date people read (app, reports, CLI): this language's format, in local time. */
  function when(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    let format = dateFormats.get(lang);
    if (!format) {
      format = new Intl.DateTimeFormat(LOCALE_OF[lang], { dateStyle: 'medium', timeStyle: 'short' });
      dateFormats.set(lang, format);
    }
    return format.format(date);
  }

  // Made on first use: building an Intl formatter loads locale data (tens of ms at start-up).
  let grouped: Intl.NumberFormat | undefined;
  const whole = (value: number): string =>
    (grouped ??= new Intl.NumberFormat(LOCALE_OF[lang], { maximumFractionDigits: 0 })).format(value);
  return {
    lang,
    decimal,
    whole,
    seconds,
    percent,
    bytes,
    bitrate,
    fps: (value) => `${mark(trim(value.toFixed(2)))} fps`,
    tenths,
    lufs: (value) => `${tenths(value)} LUFS`,
    dbtp: (value) => `${tenths(value)} dBTP`,
    // Italian lists values with a semicolon where a decimal comma could be misread ("2,5; 3,0 s").
    list: (items) => items.join(lang === 'it' ? '; ' : ', '),
    moment,
    opening: (measuredSec, profileSec) =>
      measuredSec < profileSec ? seconds(measuredSec) : seconds(Math.min(measuredSec, profileSec), 0),
    windowTicks,
    when,
  };
}

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

/** English figures, for text whose language is fixed (CSV, JSON, logs). */
export const { seconds, percent, bytes, bitrate, fps, lufs, dbtp, list, moment, windowTicks, when } = figuresIn('en');
