import { list } from '../../format/figures.js';
import { defineCheck } from '../define-check.js';

export const videoCodecCheck = defineCheck({
  id: 'spec.video-codec',
  csvColumn: 'video_codec',
  weight: 1,
  evaluate(m, profile) {
    const { videoCodecs, acceptedVideoCodecs } = profile.spec;
    const base = { value: m.videoCodec, target: list(videoCodecs) };
    if (videoCodecs.includes(m.videoCodec))
      return { ...base, status: 'pass', message: `${m.videoCodec.toUpperCase()} is recommended.` };
    if (acceptedVideoCodecs.includes(m.videoCodec)) {
      return {
        ...base,
        status: 'warn',
        message: `${m.videoCodec.toUpperCase()} is accepted but ${videoCodecs[0]!.toUpperCase()} is recommended: some devices and editors handle it worse.`,
      };
    }
    return {
      ...base,
      status: 'fail',
      message: `${m.videoCodec.toUpperCase()} is not accepted by ${profile.name}. Re-export with ${videoCodecs[0]!.toUpperCase()}.`,
    };
  },
});
