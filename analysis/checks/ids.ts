/** Every check's id, in the order of the CLI table's columns and of a scorecard. Pure data (the UI imports it). */
export const CHECK_IDS = [
  'duration',
  'hook',
  'loop',
  'audio',
  'integrity',
  'spec.container',
  'spec.video-codec',
  'spec.resolution',
  'spec.aspect-ratio',
  'spec.frame-rate',
  'spec.bitrate',
  'spec.file-size',
  'spec.pixel-format',
  'spec.audio-codec',
  'caption',
  'safe-zones',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
