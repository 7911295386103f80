/** Bump whenever a measurement changes meaning: cached measurements of other versions are ignored. */
export const ANALYZER_VERSION = 2; // 2: container metadata and the loudness curve
