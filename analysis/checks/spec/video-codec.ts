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
    const base = { value: m.videoCodec, target: f.list(videoCodecs) };
    const codec = codecName(m.videoCodec);
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
