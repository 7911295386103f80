import type { Words } from '../../i18n/words.js';
import { codecName } from '../../format/media-names.js';
import { defineCheck } from '../define-check.js';

export const videoCodecCheck = defineCheck({
  id: 'spec.video-codec',
  csvColumn: 'video_codec',
  weight: 1,
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const { videoCodecs, acceptedVideoCodecs } = profile.spec;
    const codec = codecName(m.videoCodec);
    // The value stays ffprobe's code (JSON, CSV); people read the names editors use, as in the message.
    const base = { value: m.videoCodec, valueText: codec, target: f.list(videoCodecs.map(codecName)) };
    const preferred = codecName(videoCodecs[0]!);
    if (videoCodecs.includes(m.videoCodec))
      return { ...base, status: 'pass', message: t('checks.spec.video-codec.recommended', { codec }) };
    if (acceptedVideoCodecs.includes(m.videoCodec)) {
      return { ...base, status: 'warn', message: t('checks.spec.video-codec.accepted', { codec, preferred }) };
    }
    return {
      ...base,
      status: 'fail',
      message: t('checks.spec.video-codec.rejected', { codec, profile: profile.name, preferred }),
    };
  },
});
