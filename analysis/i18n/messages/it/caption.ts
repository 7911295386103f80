import type { caption as en } from '../en/caption.js';
import type { SameKeys } from '../../keys.js';

/** I testi del controllo sulla didascalia. */
export const caption: SameKeys<typeof en> = {
  title: 'Didascalia e hashtag',
  label: 'Didasc',
  targetCaption: '≤ {{max}} caratteri, ≤ {{hashtags}} hashtag, una domanda o un invito all’azione',
  targetTitle: 'titolo ≤ {{max}} caratteri, ≤ {{hashtags}} hashtag, una domanda o un invito all’azione',
  characters_one: '{{count}} carattere',
  characters_other: '{{count}} caratteri',
  summary_one: '{{length}} caratteri e {{count}} hashtag, con una domanda o un invito all’azione.',
  summary_other: '{{length}} caratteri e {{count}} hashtag, con una domanda o un invito all’azione.',
  tooLongCaption:
    'La didascalia è di {{length}} caratteri, oltre il limite di {{max}} di {{platform}}: taglia {{over}} caratteri, altrimenti non si può pubblicare.',
  tooLongTitle:
    'Il titolo è di {{length}} caratteri, oltre il limite di {{max}} di {{platform}}: taglia {{over}} caratteri, altrimenti non si può pubblicare.',
  tooManyHashtags_one: '{{count}} hashtag: usane al massimo {{max}}, molto pertinenti e di dimensioni diverse.',
  tooManyHashtags_other: '{{count}} hashtag: usane al massimo {{max}}, molto pertinenti e di dimensioni diverse.',
  generic_one: '{{tags}} non dice nulla del video: sostituiscilo con un hashtag della tua nicchia.',
  generic_other: '{{tags}} non dicono nulla del video: sostituiscili con hashtag della tua nicchia.',
  noCallToAction: 'Consiglio: chiudi con una domanda o un invito ("Quale sceglieresti?") per ricevere commenti.',
  latin1: '(Il file della didascalia non è in UTF-8: è stato letto come Latin-1; salvalo in UTF-8 per sicurezza.)',
  noDraft: 'Il controllo {{run}} non ha una bozza analizzata {{path}}.',
  tooLarge: 'Il file della didascalia {{file}} supera i 100 KB, troppo per una didascalia: non è stato letto.',
};
