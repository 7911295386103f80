export const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
export const folderOf = (path: string): string => path.slice(0, Math.max(0, path.length - baseName(path).length - 1));

export function formatEta(seconds: number | null): string {
  if (seconds === null) return 'estimating…';
  if (seconds < 60) return `${Math.ceil(seconds)} s left`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds % 60)} s left`;
}

/** Short labels for the per-check chips of a row. */
export const CHECK_LABELS: Record<string, string> = {
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
  'spec.audio-codec': 'ACod',
};

/** Values with units, the same way the reports write them. */
export { formatCheckValue as formatValue } from '../../analysis/report/format-value';
