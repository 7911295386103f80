/** Bump whenever a measurement changes meaning: cached measurements of other versions are ignored. */
export const ANALYZER_VERSION = 4; // 3: any pixel format, colour and HDR, every audio track, partial measurements, opening window ≤ clip; 4: detail maps for the interface areas
