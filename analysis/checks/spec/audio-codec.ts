import { list } from '../../format/figures.js';
import { defineCheck } from '../define-check.js';

export const audioCodecCheck = defineCheck({
  id: 'spec.audio-codec',
  csvColumn: 'audio_codec',
  weight: 1,
  evaluate(m, profile) {
    const { audioCodecs, acceptedAudioCodecs } = profile.spec;
    const codec = m.audio.codec;
    const base = { value: codec ?? 'none', target: list(audioCodecs) };
    if (codec === null) return { ...base, status: 'warn', message: 'No audio track to check (see Sound).' };
    if (audioCodecs.includes(codec))
      return { ...base, status: 'pass', message: `${codec.toUpperCase()} is recommended.` };
    if (acceptedAudioCodecs.includes(codec))
      return {
        ...base,
        status: 'warn',
        message: `${codec.toUpperCase()} usually works, but ${audioCodecs[0]!.toUpperCase()} is recommended.`,
      };
    return {
      ...base,
      status: 'fail',
      message: `${codec.toUpperCase()} audio is not accepted by ${profile.name}. Re-export with ${audioCodecs[0]!.toUpperCase()}.`,
    };
  },
});
