import { dbtp, lufs, percent, seconds } from '../format/figures.js';
import { defineCheck } from './define-check.js';
import type { AudioTrackMeasurement } from '../measure/types.js';
import type { CheckStatus } from './types.js';
import { missingPass, unmeasuredOutcome } from './unmeasured.js';

/** Another track that has sound, when the first (the one the platforms play) has none. */
function audibleOtherTrack(tracks: readonly AudioTrackMeasurement[]): AudioTrackMeasurement | undefined {
  return tracks.slice(1).find((track) => track.silent === false);
}

export const audioCheck = defineCheck({
  id: 'audio',
  csvColumn: 'loudness_lufs',
  weight: 3,
  format: lufs,
  compact: (v) => (typeof v === 'number' ? `${Math.round(v)}` : v.replace('no audio', 'none')),
  evaluate(m, profile) {
    const a = m.audio;
    const t = profile.audio;
    const details = {
      present: a.present,
      silent: a.silent,
      integratedLufs: a.integratedLufs,
      truePeakDbtp: a.truePeakDbtp,
      firstSoundSec: a.firstSoundSec,
      silenceShare: a.silenceShare,
      targetLufs: t.targetLufs,
      tracks: m.audioTracks.length,
    };
    const base = {
      value: a.integratedLufs,
      target: `${lufs(t.targetLufs)}, true peak ≤ ${dbtp(t.maxTruePeakDbtp)}`,
      details,
    };
    const missing = missingPass(m, ['audio']);
    if (missing && a.present) return unmeasuredOutcome(base, missing);
    if (!a.present)
      return {
        ...base,
        value: 'no audio',
        status: 'fail',
        message: `No audio track. ${profile.name} is watched with sound on: add music, a voice-over or a trending sound.`,
      };
    const other = audibleOtherTrack(m.audioTracks);
    if (a.silent && other)
      return {
        ...base,
        value: 'silent',
        status: 'fail',
        message: `Track 1 is silent; track ${other.track} has sound. The platforms play track 1: make track ${other.track} the first (or the only) audio track.`,
      };
    if (a.silent)
      return {
        ...base,
        value: 'silent',
        status: 'fail',
        message:
          'The audio track is silent (no audible sample). Check the export: the music or voice is missing or muted.',
      };
    if (a.integratedLufs === null) {
      const heard = a.decodedSec === null ? 'too little of it' : `only ${seconds(a.decodedSec)} of it`;
      return unmeasuredOutcome(base, `Sound is present, but its loudness could not be measured: ${heard} decodes.`);
    }
    const problems: string[] = [];
    let status: CheckStatus = 'pass';
    const warn = (text: string): void => {
      status = 'warn';
      problems.push(text);
    };
    const level = a.integratedLufs;
    if (level !== null && level < t.quietBelowLufs)
      warn(
        `Too quiet at ${lufs(level)}: raise it by about ${Math.round(t.targetLufs - level)} dB towards ${lufs(t.targetLufs)}.`,
      );
    if (level !== null && level > t.loudAboveLufs)
      warn(
        `Very loud at ${lufs(level)}: lower it by about ${Math.round(level - t.targetLufs)} dB towards ${lufs(t.targetLufs)}, or it will be turned down and may distort.`,
      );
    if (a.truePeakDbtp !== null && a.truePeakDbtp > t.maxTruePeakDbtp) {
      warn(
        a.truePeakDbtp > 0
          ? `Clipping: the true peak reaches ${dbtp(a.truePeakDbtp)}. Use a limiter at ${dbtp(t.maxTruePeakDbtp)}.`
          : `Peaks reach ${dbtp(a.truePeakDbtp)}, above ${dbtp(t.maxTruePeakDbtp)}: use a limiter so the platform's encoder does not clip them.`,
      );
    }
    if (a.firstSoundSec !== null && a.firstSoundSec > t.maxFirstSoundSec)
      warn(
        `Silent opening: the first sound comes at ${seconds(a.firstSoundSec)}. Start the sound within ${t.maxFirstSoundSec} s.`,
      );
    if (a.silenceShare !== null && a.silenceShare > t.maxSilenceShare)
      warn(`${percent(a.silenceShare)} of the track is silence. Fill the gaps with music or voice.`);
    const trackCount = m.audioTracks.length;
    const trackNote = trackCount > 1 ? `track 1 of ${trackCount}, the one the platforms play` : '';
    if (problems.length > 0)
      return { ...base, status, message: problems.join(' ') + (trackNote ? ` Measured on ${trackNote}.` : '') };
    return {
      ...base,
      status,
      message: `Sound is on${trackNote ? ` (${trackNote})` : ''}: ${level === null ? '?' : lufs(level)} integrated, true peak ${a.truePeakDbtp === null ? '?' : dbtp(a.truePeakDbtp)}, audible from ${seconds(a.firstSoundSec ?? 0)}.`,
    };
  },
});
