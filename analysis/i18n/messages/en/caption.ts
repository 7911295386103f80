/** The caption check's texts (English). Italian: ../it/caption.ts, same keys. */
export const caption = {
  title: 'Caption and hashtags',
  label: 'Capt',
  targetCaption: '≤ {{max}} characters, ≤ {{hashtags}} hashtags, a question or call to action',
  targetTitle: 'title ≤ {{max}} characters, ≤ {{hashtags}} hashtags, a question or call to action',
  characters_one: '{{count}} character',
  characters_other: '{{count}} characters',
  hashtags_one: '{{count}} hashtag',
  hashtags_other: '{{count}} hashtags',
  summary: '{{characters}} and {{hashtags}}.',
  summaryWithCallToAction: '{{characters}} and {{hashtags}}, with a question or call to action.',
  /** over: the characters too many, written with its grouping ("1,001"); count: the same number, for the plural. */
  tooLongCaption_one:
    'The caption is {{length}} characters, but {{platform}} accepts at most {{max}}: cut {{over}} character or it cannot be published.',
  tooLongCaption_other:
    'The caption is {{length}} characters, but {{platform}} accepts at most {{max}}: cut {{over}} characters or it cannot be published.',
  tooLongTitle_one:
    'The title is {{length}} characters, but {{platform}} accepts at most {{max}}: cut {{over}} character or it cannot be published.',
  tooLongTitle_other:
    'The title is {{length}} characters, but {{platform}} accepts at most {{max}}: cut {{over}} characters or it cannot be published.',
  tooManyHashtags_one: '{{count}} hashtag: use at most {{max}}, very pertinent and of different sizes.',
  tooManyHashtags_other: '{{count}} hashtags: use at most {{max}}, very pertinent and of different sizes.',
  generic_one: '{{tags}} says nothing about the video: replace it with a tag of your niche.',
  generic_other: '{{tags}} say nothing about the video: replace them with tags of your niche.',
  noCallToAction: 'Tip: end with a question or an invitation (“Which one would you pick?”) to get comments.',
  latin1: '(The caption file is not UTF-8: it was read as Latin-1; save it as UTF-8 to be sure.)',
  noDraft: 'Run {{run}} has no checked draft {{path}}.',
  tooLarge: 'The caption file {{file}} is over 100 KB, too big for a caption: it was not read.',
  textTooLarge: 'This caption is over 100 KB: a caption is a few lines.',
  notOverwritten: 'The caption file {{file}} is over 100 KB and was not read: it is left as it is. Move it away first.',
};
