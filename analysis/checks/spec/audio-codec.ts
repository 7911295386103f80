import type { Words } from '../../i18n/words.js';
import { codecName } from '../../format/media-names.js';
import { defineCheck } from '../define-check.js';

export const audioCodecCheck = defineCheck({
  id: 'spec.audio-codec',
  csvColumn: 'audio_codec',
  weight: 1,
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const { audioCodecs, acceptedAudioCodecs } = profile.spec;
    const measured = m.audio.codec;
    // The value stays ffprobe's code (JSON, CSV); people read the names editors use, as in the message.
    const base = { value: measured ?? 'none', target: f.list(audioCodecs.map(codecName)) };
    // No track is the Sound check's failure; counting it here again would mark one cause twice.
    if (measured === null)
      return {
        ...base,
        valueText: t('checks.spec.audio-codec.none'),
        status: 'pass',
        message: t('checks.spec.audio-codec.noTrack', { sound: t('checks.audio.title') }),
      };
    const codec = codecName(measured);
    const preferred = codecName(audioCodecs[0]!);
    if (audioCodecs.includes(measured))
      return {
        ...base,
        valueText: codec,
        status: 'pass',
        message: t('checks.spec.audio-codec.recommended', { codec }),
      };
    if (acceptedAudioCodecs.includes(measured))
      return {
        ...base,
        valueText: codec,
        status: 'warn',
        message: t('checks.spec.audio-codec.usuallyWorks', { codec, preferred }),
      };
    return {
      ...base,
      valueText: codec,
      status: 'fail',
      message: t('checks.spec.audio-codec.rejected', { codec, profile: profile.name, preferred }),
    };
  },
});
