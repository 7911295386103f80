import { extname } from 'node:path';
import { VIDEO_EXTENSIONS, type SkipReason } from './skip-reasons.js';

const VIDEO = new Set(VIDEO_EXTENSIONS);
const KNOWN: Record<string, SkipReason> = {};
const add = (reason: SkipReason, extensions: string): void => {
  for (const ext of extensions.split(' ')) KNOWN[ext] = reason;
};
add('image', '.jpg .jpeg .png .gif .webp .heic .heif .avif .tif .tiff .bmp .psd .svg .raw .cr2 .nef .arw .dng .exr');
add('audio', '.mp3 .wav .aac .m4a .flac .aif .aiff .opus .oga .wma .alac .caf');
add('caption', '.txt .srt .vtt .ass .ssa .sbv .scc .ttml .dfxp');
add('sidecar', '.xmp .thm .lrv .lrf .aae .fcpxml .prproj .drp .aep .edl .xml');
add('document', '.pdf .doc .docx .md .rtf .odt .pages .key .ppt .pptx .xls .xlsx .csv .html .htm .zip .rar .7z .log');

/** What a scan does with a file, from its name alone: check it, skip it (and why), or look inside. */
export function classifyByName(
  name: string,
): { kind: 'video' } | { kind: 'skip'; reason: SkipReason } | { kind: 'sniff' } {
  if (name.startsWith('.')) return { kind: 'skip', reason: 'hidden' };
  // Our own reports beside a draft ("clip.mp4.preflight.json").
  if (/\.preflight\.json$/i.test(name)) return { kind: 'skip', reason: 'sidecar' };
  const ext = extname(name).toLowerCase();
  if (VIDEO.has(ext)) return { kind: 'video' };
  const reason = KNOWN[ext] ?? (ext === '.json' ? 'sidecar' : undefined);
  return reason ? { kind: 'skip', reason } : { kind: 'sniff' };
}
