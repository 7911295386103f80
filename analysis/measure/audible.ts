/** A track whose peak stays at or below this (dBFS) is "silent": no sample anyone would hear. */
export const AUDIBLE_PEAK_DB = -60;
