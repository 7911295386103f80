import { english, wordsFor, type Words } from '../i18n/words.js';
import { defineCheck } from './define-check.js';
import type { AudioTrackMeasurement } from '../measure/types.js';
import type { CheckStatus } from './types.js';
import { missingPass, unmeasuredOutcome } from './unmeasured.js';

/** Another track that has sound, when the first (the one the platforms play) has none. */
function audibleOtherTrack(tracks: readonly AudioTrackMeasurement[]): AudioTrackMeasurement | undefined {
  return tracks.slice(1).find((track) => track.silent === false);
}

/** A profile's number as written ("2", "1.5"): all its digits, in the reader's decimal mark. */
const plain = (words: Words, n: number): string => words.f.decimal(n, (String(n).split('.')[1] ?? '').length);

/** Why the loudness could not be measured, in these words (details keep the English one). */
const loudnessUnmeasured = (words: Words, decodedSec: number | null): string =>
  decodedSec === null
    ? words.t('checks.audio.loudnessUnmeasured')
    : words.t('checks.audio.loudnessUnmeasuredPartly', { decoded: words.f.seconds(decodedSec) });

export const audioCheck = defineCheck({
  id: 'audio',
  csvColumn: 'loudness_lufs',
  weight: 3,
  format: (v, f) => f.lufs(v),
  // The values 'no audio' and 'silent' are codes (JSON); the table cell says them in the reader's words.
  // The number keeps its tenth: the same figure as "-21.8 LUFS" in the findings and the JSON.
  compact: (v, f) =>
    typeof v === 'number'
      ? f.tenths(v)
      : v === 'no audio'
        ? wordsFor(f.lang).t('checks.audio.compact.none')
        : v === 'silent'
          ? wordsFor(f.lang).t('checks.audio.compact.silent')
          : v,
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const a = m.audio;
    const p = profile.audio;
    const details = {
      present: a.present,
      silent: a.silent,
      integratedLufs: a.integratedLufs,
      truePeakDbtp: a.truePeakDbtp,
      firstSoundSec: a.firstSoundSec,
      silenceShare: a.silenceShare,
      targetLufs: p.targetLufs,
      tracks: m.audioTracks.length,
    };
    const base = {
      value: a.integratedLufs,
      target: t('checks.audio.target', { lufs: f.lufs(p.targetLufs), peak: f.dbtp(p.maxTruePeakDbtp) }),
      details,
    };
    const missing = missingPass(m, ['audio']);
    if (missing && a.present) return unmeasuredOutcome(base, missing, words);
    if (!a.present)
      return {
        ...base,
        value: 'no audio',
        valueText: t('checks.audio.values.noAudio'),
        status: 'fail',
        message: t('checks.audio.noAudio', { profile: profile.name }),
      };
    const silent = { ...base, value: 'silent', valueText: t('checks.audio.values.silent'), status: 'fail' } as const;
    const other = audibleOtherTrack(m.audioTracks);
    if (a.silent && other) return { ...silent, message: t('checks.audio.silentFirstTrack', { track: other.track }) };
    if (a.silent) return { ...silent, message: t('checks.audio.silent') };
    if (a.integratedLufs === null)
      return unmeasuredOutcome(
        base,
        loudnessUnmeasured(english(), a.decodedSec),
        words,
        loudnessUnmeasured(words, a.decodedSec),
      );
    const problems: string[] = [];
    let status: CheckStatus = 'pass';
    const warn = (text: string): void => {
      status = 'warn';
      problems.push(text);
    };
    const level = a.integratedLufs;
    const towards = f.lufs(p.targetLufs);
    if (level < p.quietBelowLufs)
      warn(t('checks.audio.tooQuiet', { level: f.lufs(level), by: Math.round(p.targetLufs - level), towards }));
    if (level > p.loudAboveLufs)
      warn(t('checks.audio.tooLoud', { level: f.lufs(level), by: Math.round(level - p.targetLufs), towards }));
    if (a.truePeakDbtp !== null && a.truePeakDbtp > p.maxTruePeakDbtp) {
      const peaks = { peak: f.dbtp(a.truePeakDbtp), limit: f.dbtp(p.maxTruePeakDbtp) };
      warn(t(a.truePeakDbtp > 0 ? 'checks.audio.clipping' : 'checks.audio.hotPeaks', peaks));
    }
    if (a.firstSoundSec !== null && a.firstSoundSec > p.maxFirstSoundSec)
      warn(
        t('checks.audio.lateSound', { first: f.seconds(a.firstSoundSec), within: plain(words, p.maxFirstSoundSec) }),
      );
    if (a.silenceShare !== null && a.silenceShare > p.maxSilenceShare)
      warn(t('checks.audio.mostlySilence', { share: f.percent(a.silenceShare) }));
    const tracks = m.audioTracks.length;
    if (problems.length > 0) {
      if (tracks > 1) problems.push(t('checks.audio.measuredOnFirstTrack', { tracks }));
      return { ...base, status, message: problems.join(' ') };
    }
    const heard = {
      level: f.lufs(level),
      peak: a.truePeakDbtp === null ? '?' : f.dbtp(a.truePeakDbtp),
      first: f.seconds(a.firstSoundSec ?? 0),
    };
    return {
      ...base,
      status,
      message:
        tracks > 1 ? t('checks.audio.soundOnFirstTrack', { ...heard, tracks }) : t('checks.audio.soundOn', heard),
    };
  },
});
