import { beside } from '../format/figures.js';
import { english, wordsFor, type Words } from '../i18n/words.js';
import { defineCheck } from './define-check.js';
import type { AudioTrackMeasurement } from '../measure/types.js';
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
  // The values 'no audio' and 'silent' are codes (JSON); the table cell says them in the reader's
  // words, the same as the value text of the JSON, the reports and the app.
  // The number keeps its tenth, ".0" included: the same figure as "-14.0 LUFS" in the findings and the JSON.
  compact: (v, f) =>
    typeof v === 'number'
      ? f.tenths(v)
      : v === 'no audio'
        ? wordsFor(f.lang).t('checks.audio.values.noAudio')
        : v === 'silent'
          ? wordsFor(f.lang).t('checks.audio.values.silent')
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
      clippingAboveDbtp: p.clippingAboveDbtp,
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
    const level = a.integratedLufs;
    const peak = a.truePeakDbtp;
    const towards = f.lufs(p.targetLufs);
    const limit = f.dbtp(p.maxTruePeakDbtp);
    const by = Math.round(Math.abs(level - p.targetLufs));
    const loud = level > p.loudAboveLufs;
    // Clipping that normalisation cannot undo (the platform turns the level down, the distortion stays) fails.
    const clipping = peak !== null && peak > p.clippingAboveDbtp;
    const hotPeaks = peak !== null && !clipping && peak > p.maxTruePeakDbtp;
    // The problems, most important first: the first is said in full (with its fix), the others briefly,
    // so the message stays two short sentences. A level too high and its peaks share one fix, so one text.
    const problems: Array<{ code: string; lead: string; brief?: string }> = [];
    if (clipping) {
      const peaks = { peak: f.dbtp(peak), limit, by, towards };
      problems.push({ code: 'clipping', lead: t(loud ? 'checks.audio.clippingLoud' : 'checks.audio.clipping', peaks) });
    } else if (loud) {
      const said = { level: f.lufs(level), peak: peak === null ? '' : f.dbtp(peak), limit, by, towards };
      problems.push({ code: 'loud', lead: t(hotPeaks ? 'checks.audio.loudHotPeaks' : 'checks.audio.tooLoud', said) });
    }
    if (level < p.quietBelowLufs)
      problems.push({
        code: 'quiet',
        lead: t('checks.audio.tooQuiet', { level: f.lufs(level), by, towards }),
        brief: t('checks.audio.brief.quiet', { level: f.lufs(level) }),
      });
    if (hotPeaks && !loud)
      problems.push({
        code: 'peaks',
        lead: t('checks.audio.hotPeaks', { peak: f.dbtp(peak), limit }),
        brief: t('checks.audio.brief.peaks', { peak: f.dbtp(peak) }),
      });
    if (a.firstSoundSec !== null && a.firstSoundSec > p.maxFirstSoundSec) {
      // A moment, to the hundredth; more digits if it would read the same as the limit (2.004 s, not 2.00 s).
      const [first] = beside(a.firstSoundSec, p.maxFirstSoundSec, (n, extra) => f.seconds(n, 2 + extra));
      problems.push({
        code: 'lateSound',
        lead: t('checks.audio.lateSound', { first, within: plain(words, p.maxFirstSoundSec) }),
        brief: t('checks.audio.brief.lateSound', { first }),
      });
    }
    if (a.silenceShare !== null && a.silenceShare > p.maxSilenceShare) {
      const [share] = beside(a.silenceShare, p.maxSilenceShare, f.percent);
      problems.push({
        code: 'silence',
        lead: t('checks.audio.mostlySilence', { share }),
        brief: t('checks.audio.brief.silence', { share }),
      });
    }
    const tracks = m.audioTracks.length;
    const [main, ...others] = problems;
    if (main) {
      const also = others.map((problem) => problem.brief ?? problem.lead);
      const second =
        also.length > 0
          ? t('checks.audio.also', { problems: f.list(also) })
          : tracks > 1
            ? t('checks.audio.measuredOnFirstTrack', { tracks })
            : '';
      return {
        ...base,
        details: { ...details, problems: problems.map((problem) => problem.code) },
        status: clipping ? 'fail' : 'warn',
        message: second ? `${main.lead} ${second}` : main.lead,
      };
    }
    const heard = {
      level: f.lufs(level),
      peak: peak === null ? '?' : f.dbtp(peak),
      first: f.moment(a.firstSoundSec ?? 0),
    };
    return {
      ...base,
      status: 'pass',
      message:
        tracks > 1 ? t('checks.audio.soundOnFirstTrack', { ...heard, tracks }) : t('checks.audio.soundOn', heard),
    };
  },
});
