/** Accumulates what ebur128, silencedetect and volumedetect print to stderr during one audio pass. */
export interface AudioFilterReport {
  integratedLufs?: number;
  loudnessRangeLu?: number;
  truePeakDbtp?: number;
  maxVolumeDb?: number;
  meanVolumeDb?: number;
  silences: Array<{ startSec: number; endSec?: number }>;
  /** ebur128's per-100 ms log line: time and momentary loudness. */
  momentary: Array<{ tSec: number; lufs: number }>;
}

function numberAfter(line: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(line);
  if (!match?.[1]) return undefined;
  if (/^-?inf$/i.test(match[1])) return match[1].startsWith('-') ? -Infinity : Infinity;
  const value = Number(match[1]);
  return Number.isFinite(value) ? value : undefined;
}

// ffmpeg prints tiny times in exponent form (silence_start: 4.16667e-05).
const NUMBER = '(-?(?:inf|\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?|\\.\\d+))';

const FRAME_TIME = new RegExp(`\\bt:\\s*${NUMBER}`);
const MOMENTARY = new RegExp(`\\bM:\\s*${NUMBER}`);
// Compiled once: an hour of audio brings 36,000 ebur128 lines through here.
const INTEGRATED = new RegExp(`^\\s*I:\\s*${NUMBER}\\s*LUFS`);
const RANGE = new RegExp(`^\\s*LRA:\\s*${NUMBER}\\s*LU`);
const PEAK = new RegExp(`^\\s*Peak:\\s*${NUMBER}\\s*dB`);
const SILENCE_START = new RegExp(`silence_start:\\s*${NUMBER}`);
const SILENCE_END = new RegExp(`silence_end:\\s*${NUMBER}`);
const MAX_VOLUME = new RegExp(`max_volume:\\s*${NUMBER}\\s*dB`);
const MEAN_VOLUME = new RegExp(`mean_volume:\\s*${NUMBER}\\s*dB`);

export function createAudioFilterParser(): { push(line: string): void; report(): AudioFilterReport } {
  const report: AudioFilterReport = { silences: [], momentary: [] };
  // The ebur128 summary repeats "I:" / "Peak:" labels; only lines after "Summary:" count.
  let inSummary = false;
  let section: 'integrated' | 'range' | 'peak' | undefined;
  return {
    push(line: string) {
      if (line.includes('Summary:') && line.includes('ebur128')) inSummary = true;
      if (!inSummary && line.includes('ebur128')) {
        const t = numberAfter(line, FRAME_TIME);
        const m = numberAfter(line, MOMENTARY);
        if (t !== undefined && m !== undefined) {
          report.momentary.push({ tSec: t, lufs: m });
          return; // a frame line carries nothing else
        }
      }
      if (inSummary) {
        if (/Integrated loudness:/.test(line)) section = 'integrated';
        else if (/Loudness range:/.test(line)) section = 'range';
        else if (/True peak:/.test(line)) section = 'peak';
        if (section === 'integrated') report.integratedLufs ??= numberAfter(line, INTEGRATED);
        if (section === 'range') report.loudnessRangeLu ??= numberAfter(line, RANGE);
        if (section === 'peak') report.truePeakDbtp ??= numberAfter(line, PEAK);
      }
      const start = numberAfter(line, SILENCE_START);
      if (start !== undefined) report.silences.push({ startSec: Math.max(0, start) });
      const end = numberAfter(line, SILENCE_END);
      if (end !== undefined) {
        const open = report.silences[report.silences.length - 1];
        if (open && open.endSec === undefined) open.endSec = end;
      }
      report.maxVolumeDb ??= numberAfter(line, MAX_VOLUME);
      report.meanVolumeDb ??= numberAfter(line, MEAN_VOLUME);
    },
    report: () => report,
  };
}
