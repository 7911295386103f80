import type { CheckResult } from '../checks/types.js';

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} KB`;
  return `${bytes} B`;
}

const seconds = (v: number): string => `${v.toFixed(v < 10 ? 2 : 1)} s`;

const BY_CHECK: Record<string, (v: number) => string> = {
  duration: (v) => `${v.toFixed(1)} s`,
  hook: seconds,
  loop: (v) => `similarity ${v.toFixed(2)}`,
  audio: (v) => `${v.toFixed(1)} LUFS`,
  integrity: (v) => `${v.toFixed(1)} s`,
  'spec.aspect-ratio': (v) => v.toFixed(3),
  'spec.frame-rate': (v) => `${Number(v.toFixed(2))} fps`,
  'spec.bitrate': (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} Mbps` : `${Math.round(v)} kbps`),
  'spec.file-size': formatBytes,
};

/** A check's measured value with its unit, for reports (the JSON keeps the raw number). */
export function formatCheckValue(check: CheckResult): string {
  if (check.value === null) return '—';
  if (typeof check.value === 'string') return check.value;
  return (BY_CHECK[check.id] ?? ((v: number) => String(v)))(check.value);
}

/** Short column labels of the checks (CLI table, UI chips). */
export const CHECK_SHORT_LABELS: Readonly<Record<string, string>> = {
  duration: 'Dur',
  hook: 'Hook',
  loop: 'Loop',
  audio: 'Sound',
  integrity: 'File',
  'spec.container': 'Cont',
  'spec.video-codec': 'Codec',
  'spec.resolution': 'Res',
  'spec.aspect-ratio': 'AR',
  'spec.frame-rate': 'FPS',
  'spec.bitrate': 'Rate',
  'spec.file-size': 'Size',
  'spec.pixel-format': 'Pix',
  'spec.audio-codec': 'ACodec',
};
