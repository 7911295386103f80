import type { ColorMeasurement } from '../../measure/types.js';
import type { Profile } from '../../profiles/types.js';
import { defineCheck } from '../define-check.js';
import type { CheckOutcome } from '../types.js';

const HDR_NAME = { pq: 'HDR (PQ / HDR10)', hlg: 'HDR (HLG)' } as const;

function describe(format: string, color: ColorMeasurement): string {
  const parts = [
    color.chroma === 'rgb' ? 'RGB' : color.chroma,
    color.bitDepth ? `${color.bitDepth}-bit` : null,
    color.alpha ? 'with transparency' : null,
  ];
  return `${format} (${parts.filter(Boolean).join(', ')})`;
}

/** 10-bit 4:2:0, HDR or not: fine where the platform documents HDR, a colour risk where the app tone-maps it. */
function tenBit(
  base: Pick<CheckOutcome, 'value' | 'target' | 'details'>,
  color: ColorMeasurement,
  profile: Profile,
): CheckOutcome {
  const what = color.hdr ? `${HDR_NAME[color.hdr]}, 10-bit` : '10-bit SDR';
  if (profile.spec.hdr === 'native') {
    return {
      ...base,
      status: 'pass',
      message: `${what} 4:2:0: ${profile.name} accepts ${color.hdr ? 'HDR' : '10-bit'} uploads and keeps them.`,
    };
  }
  const advice = color.hdr
    ? `${profile.name} accepts the upload but tone-maps it to SDR, and colours and brightness can shift. Export SDR Rec. 709 8-bit (yuv420p) for predictable colour.`
    : `${profile.name} converts it to 8-bit; gradients may band. Export 8-bit yuv420p for predictable results.`;
  return { ...base, status: 'warn', message: `${what}: ${advice}` };
}

export const pixelFormatCheck = defineCheck({
  id: 'spec.pixel-format',
  csvColumn: 'pixel_format',
  weight: 1,
  evaluate(m, profile) {
    const allowed = profile.spec.pixelFormats;
    const value = m.pixelFormat ?? 'unknown';
    const color = m.color;
    const base = {
      value,
      target: `${allowed.join(', ')} (8-bit 4:2:0)${profile.spec.hdr === 'native' ? '; 10-bit HDR accepted' : ''}`,
      details: { ...color },
    };
    if (allowed.includes(value) || (color.chroma === '4:2:0' && color.bitDepth === 8 && !color.alpha)) {
      return { ...base, status: 'pass', message: `${value} (4:2:0, 8-bit) plays everywhere.` };
    }
    if (color.chroma === '4:2:0' && color.bitDepth === 10) return tenBit(base, color, profile);
    const transparency = color.alpha
      ? ' The transparency is dropped on upload: put the graphics over a background first.'
      : '';
    return {
      ...base,
      status: 'fail',
      message: `${describe(value, color)} is not what phones play: the platform re-encodes it and colours can shift.${transparency} Re-export as 4:2:0 8-bit (yuv420p).`,
    };
  },
});
