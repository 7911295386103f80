import type { CaptionRules, ProfileSource } from './types.js';

const DECK_HASHTAGS: ProfileSource = {
  covers: 'at most 3 hashtags; no random tags like #perte',
  source: "'TikTok Marketing' and 'TikTok per le aziende' training decks (seeds/000, seeds/001)",
  checked: '2026-11-23',
};

/**
 * Tags that say nothing about a video. The decks' own example (#perte, "per te", Italian for "for
 * you") and its spellings, and the English ones every niche uses.
 */
export const DECK_GENERIC_TAGS = ['perte', 'perteee', 'fyp', 'foryou', 'foryoupage', 'viral', 'xyzbca'];

const rules = (maxLength: number, lengthSource: ProfileSource, field: CaptionRules['field']): CaptionRules => ({
  field,
  maxLength,
  maxHashtags: 3,
  genericTags: DECK_GENERIC_TAGS,
  sources: [lengthSource, DECK_HASHTAGS],
});

export const TIKTOK_CAPTION = rules(
  4000,
  {
    covers: 'caption up to 4,000 characters',
    source:
      'TikTok app caption limit (raised from 2,200 to 4,000 characters), as restated by third-party guides (lettercounter.org, napoleoncat.com); the Content Posting API still caps captions at 2,200. TikTok publishes no page that is reachable from the build machines.',
    checked: '2026-11-23',
  },
  'caption',
);

export const REELS_CAPTION = rules(
  2200,
  {
    covers: 'caption up to 2,200 characters',
    source:
      "Instagram caption limit of 2,200 characters, as restated by posting-API vendors' documentation (Ayrshare, upload-post); Meta's help page is not reachable from the build machines.",
    checked: '2026-11-23',
  },
  'caption',
);

export const SHORTS_CAPTION = rules(
  100,
  {
    covers: 'title up to 100 characters',
    source:
      'Google Ads API reference, YouTubeVideoUpload.video_title: "must not exceed 100 characters" (developers.google.com); the YouTube Help Center says the same.',
    checked: '2026-11-23',
  },
  'title',
);

export const TIKTOK_ADS_CAPTION = rules(
  100,
  {
    covers: 'ad text up to 100 characters',
    source:
      'TikTok Ads Manager ad text limit (1–100 characters), as restated by third-party ads guides; the ads help page is not reachable from the build machines.',
    checked: '2026-11-23',
  },
  'caption',
);
