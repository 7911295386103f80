import type { AspectRule, Profile } from '../../profiles/types.js';

type Spec = Profile['spec'];

/** The profile's shape a picture of this size is, within the profile's tolerance; null when none. */
export function matchShape(width: number, height: number, spec: Spec): AspectRule | null {
  if (width <= 0 || height <= 0) return null;
  const ratio = width / height;
  return spec.aspectRatios.find((rule) => Math.abs(ratio - rule.ratio) / rule.ratio <= spec.aspectTolerance) ?? null;
}

/**
 * The size to export at: the profile's recommended size turned to the shape the draft is accepted
 * as (a 16:9 ad → 1920×1080, a square → 1080×1080), so the advice never asks a landscape ad for a
 * portrait export. A shape the platform only tolerates, or none, gets the recommended shape itself:
 * the aspect-ratio check already tells to reframe to it.
 */
export function recommendedSize(width: number, height: number, spec: Spec): { width: number; height: number } {
  const shape = matchShape(width, height, spec);
  const primary = spec.aspectRatios[0];
  if (!shape || shape.status !== 'pass' || shape === primary)
    return { width: spec.recommendedWidth, height: spec.recommendedHeight };
  const short = Math.min(spec.recommendedWidth, spec.recommendedHeight);
  // Even sides: what encoders take for 4:2:0 video.
  const even = (n: number) => 2 * Math.round(n / 2);
  return shape.ratio >= 1
    ? { width: even(short * shape.ratio), height: short }
    : { width: short, height: even(short / shape.ratio) };
}

/** Shapes editors name, width:height; a ratio within 2 % of one (the profiles' tolerance) is shown by its name. */
const NAMED_SHAPES: ReadonlyArray<readonly [string, number]> = [
  ['9:16', 9 / 16],
  ['2:3', 2 / 3],
  ['3:4', 3 / 4],
  ['4:5', 4 / 5],
  ['1:1', 1],
  ['5:4', 5 / 4],
  ['4:3', 4 / 3],
  ['3:2', 3 / 2],
  ['16:9', 16 / 9],
  ['21:9', 64 / 27],
];

/** How close to a named shape a ratio must be to be shown by its name ("9:16", "≈ 9:16"). */
const EXACT = 0.001;
const NEAR = 0.02;

/**
 * A width/height ratio as people name it: "9:16" for 1080×1920, "≈ 9:16" for 1080×1900, and
 * otherwise the decimal (0.600): "0.563" beside a target of "9:16" read as two different things.
 */
export function shapeName(ratio: number, decimal: (value: number) => string): string {
  let best: readonly [string, number] | null = null;
  let off = Infinity;
  for (const shape of NAMED_SHAPES) {
    const distance = Math.abs(ratio - shape[1]) / shape[1];
    if (distance < off) [best, off] = [shape, distance];
  }
  if (best && off <= EXACT) return best[0];
  if (best && off <= NEAR) return `≈ ${best[0]}`;
  return decimal(ratio);
}
