import type { Words } from '../i18n/words.js';
import type { Profile, ProfileSource } from '../profiles/types.js';

/**
 * The report's words for each source a profile cites, by the source's `covers` (unique across
 * profiles). The profiles keep their notes for us (which file has the details, what the build
 * machines could not reach); a report is handed to someone without the repository, in their
 * language, so it says each source in the catalogue's words (`report.sources.<key>`). A test fails
 * when a profile gains a source these do not name.
 */
export const SOURCE_KEYS = {
  'containers, codecs, 23–60 fps, 360–4096 px, ≤4 GB, ≤10 min': 'tiktokRestrictions',
  'recommended 1080×1920, 30 fps, H.264 + AAC': 'tiktokRecommended',
  '10-bit / HDR: not among the listed upload formats; the app converts HDR to SDR on upload': 'tiktokHdr',
  'sweet spot 13–17 s, completion bands': 'deckCompletion',
  'hook in the first 2–3 s': 'deckHook',
  'caption up to 4,000 characters': 'tiktokCaption',
  'at most 3 hashtags; no random tags like #perte': 'deckHashtags',
  'interface areas: top 150 px, bottom 440 px, right 150 px of 1080×1920 (assumption)': 'tiktokZones',
  '9:16 ≥540×960, 16:9 ≥960×540, 1:1 ≥640×640; mp4/mov/mpeg/3gp/avi; ≤500 MB; ≥516 kbps; 5–60 s (21–34 s recommended)':
    'adsSpecs',
  'ad text up to 100 characters': 'adsText',
  'MP4/MOV, H.264/HEVC, 4:2:0, ≤25 Mbps, AAC ≤48 kHz, 23–60 fps, 3 s–15 min': 'reelsSpecs',
  '8-bit 4:2:0 (HDR is converted to SDR for Reels)': 'reelsHdr',
  'caption up to 2,200 characters': 'reelsCaption',
  'interface areas: top 14 %, bottom 35 %, right 6 % (assumption)': 'reelsZones',
  'vertical or square, up to 3 min': 'shortsSpecs',
  '10-bit HDR uploads (HLG and PQ, Rec. 2020)': 'shortsHdr',
  'title up to 100 characters': 'shortsTitle',
  'interface areas: top 15 %, bottom 25 %, right 12 % (assumption)': 'shortsZones',
} as const;

type SourceKey = (typeof SOURCE_KEYS)[keyof typeof SOURCE_KEYS];

const keyOf = (source: ProfileSource): SourceKey | undefined =>
  (SOURCE_KEYS as Record<string, SourceKey>)[source.covers];

/** Every source the profile cites: its figures, its caption rules, its interface areas. */
export const profileSources = (profile: Profile): ProfileSource[] => [
  ...profile.sources,
  ...profile.caption.sources,
  profile.safeZones.source,
];

/** One source in the report's language; a source this version has no words for keeps the profile's. */
export function sourceLine(source: ProfileSource, words: Words): string {
  const key = keyOf(source);
  return words.t('report.footer.source', {
    covers: key ? words.t(`report.sources.${key}.covers`) : source.covers,
    source: key ? words.t(`report.sources.${key}.source`) : source.source,
    checked: source.checked,
  });
}
