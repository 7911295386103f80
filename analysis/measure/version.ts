/** Bump whenever a measurement changes meaning: cached measurements of other versions are ignored. */
export const ANALYZER_VERSION = 1;
