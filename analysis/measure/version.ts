/** Bump whenever a measurement changes meaning: cached measurements of other versions are ignored. */
export const ANALYZER_VERSION = 3; // 3: any pixel format, colour and HDR, every audio track, partial measurements, opening window ≤ clip
