import type { Words } from '../../i18n/words.js';
import type { ColorMeasurement } from '../../measure/types.js';
import type { Profile } from '../../profiles/types.js';
import { defineCheck } from '../define-check.js';
import type { CheckOutcome } from '../types.js';

const HDR_NAME = { pq: 'HDR (PQ / HDR10)', hlg: 'HDR (HLG)' } as const;

/** "yuv444p (4:4:4, 8-bit)": the format and what it is made of. */
function describe(format: string, color: ColorMeasurement, words: Words): string {
  const { t } = words;
  const parts = [
    color.chroma === 'rgb' ? 'RGB' : color.chroma,
    color.bitDepth ? t('checks.spec.pixel-format.bitDepth', { bits: color.bitDepth }) : null,
    color.alpha ? t('checks.spec.pixel-format.withTransparency') : null,
  ];
  return `${format} (${parts.filter(Boolean).join(', ')})`;
}

/** 10-bit 4:2:0, HDR or not: fine where the platform documents HDR, a colour risk where the app tone-maps it. */
function tenBit(
  base: Pick<CheckOutcome, 'value' | 'valueText' | 'target' | 'details'>,
  color: ColorMeasurement,
  profile: Profile,
  words: Words,
): CheckOutcome {
  const { t } = words;
  const what = color.hdr
    ? t('checks.spec.pixel-format.tenBitHdr', { hdr: HDR_NAME[color.hdr] })
    : t('checks.spec.pixel-format.tenBitSdr');
  const on = { what, profile: profile.name };
  if (profile.spec.hdr === 'native') {
    return {
      ...base,
      status: 'pass',
      message: t(color.hdr ? 'checks.spec.pixel-format.keepsHdr' : 'checks.spec.pixel-format.keepsTenBit', on),
    };
  }
  return {
    ...base,
    status: 'warn',
    message: t(color.hdr ? 'checks.spec.pixel-format.toneMapped' : 'checks.spec.pixel-format.toEightBit', on),
  };
}

export const pixelFormatCheck = defineCheck({
  id: 'spec.pixel-format',
  csvColumn: 'pixel_format',
  weight: 1,
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const allowed = profile.spec.pixelFormats;
    const value = m.pixelFormat ?? 'unknown';
    // 'unknown' is a code in the value; people read it in their language.
    const shown = m.pixelFormat ?? t('checks.spec.pixel-format.unknown');
    const color = m.color;
    const formats = f.list(allowed);
    const base = {
      value,
      valueText: shown,
      target:
        profile.spec.hdr === 'native'
          ? t('checks.spec.pixel-format.targetHdr', { formats })
          : t('checks.spec.pixel-format.target', { formats }),
      details: { ...color },
    };
    if (allowed.includes(value) || (color.chroma === '4:2:0' && color.bitDepth === 8 && !color.alpha)) {
      return { ...base, status: 'pass', message: t('checks.spec.pixel-format.playsEverywhere', { format: shown }) };
    }
    if (color.chroma === '4:2:0' && color.bitDepth === 10) return tenBit(base, color, profile, words);
    const format = describe(shown, color, words);
    return {
      ...base,
      status: 'fail',
      message: t(color.alpha ? 'checks.spec.pixel-format.notPlayableAlpha' : 'checks.spec.pixel-format.notPlayable', {
        format,
      }),
    };
  },
});
