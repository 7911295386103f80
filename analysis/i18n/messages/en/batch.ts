/** Folder scans and batches (English). Italian: ../it/batch.ts, same keys. */
export const batch = {
  /** What a folder scan left out: "3 files skipped: 2 images, 1 caption or subtitle file". */
  skipped: {
    /** reasons: the counts by reason below, joined with ", ". */
    summary_one: '{{count}} file skipped: {{reasons}}',
    summary_other: '{{count}} files skipped: {{reasons}}',
    reasons: {
      hidden_one: '{{count}} hidden file',
      hidden_other: '{{count}} hidden files',
      image_one: '{{count}} image',
      image_other: '{{count}} images',
      audio_one: '{{count}} audio file',
      audio_other: '{{count}} audio files',
      caption_one: '{{count}} caption or subtitle file',
      caption_other: '{{count}} caption or subtitle files',
      sidecar_one: '{{count}} sidecar file',
      sidecar_other: '{{count}} sidecar files',
      document_one: '{{count}} document',
      document_other: '{{count}} documents',
      'not-a-video_one': '{{count}} file that is not a video',
      'not-a-video_other': '{{count}} files that are not videos',
    },
  },
  /** extensions: every extension searched, space separated (".mp4 .mov …"). */
  noDrafts:
    'No video drafts found. Searched for {{extensions}} (any case), and files of other types whose contents are video.',
};
