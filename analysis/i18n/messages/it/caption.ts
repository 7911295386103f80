import type { caption as en } from '../en/caption.js';
import type { SameKeys } from '../../keys.js';

/** I testi del controllo sulla didascalia, con le parole delle slide ("hashtag casuali come #perte"). */
export const caption: SameKeys<typeof en> = {
  title: 'Didascalia e hashtag',
  label: 'Didasc',
  targetCaption: '≤ {{max}} caratteri, ≤ {{hashtags}} hashtag, una domanda o un invito all’azione',
  targetTitle: 'titolo ≤ {{max}} caratteri, ≤ {{hashtags}} hashtag, una domanda o un invito all’azione',
  characters_one: '{{count}} carattere',
  characters_other: '{{count}} caratteri',
  hashtags_one: '{{count}} hashtag',
  hashtags_other: '{{count}} hashtag',
  summary: '{{characters}} e {{hashtags}}.',
  summaryWithCallToAction: '{{characters}} e {{hashtags}}, con una domanda o un invito all’azione.',
  tooLongCaption_one:
    'La didascalia ha {{length}} caratteri, ma {{platform}} ne accetta al massimo {{max}}: tagliane {{over}}, altrimenti non si può pubblicare.',
  tooLongCaption_other:
    'La didascalia ha {{length}} caratteri, ma {{platform}} ne accetta al massimo {{max}}: tagliane {{over}}, altrimenti non si può pubblicare.',
  tooLongTitle_one:
    'Il titolo ha {{length}} caratteri, ma {{platform}} ne accetta al massimo {{max}}: tagliane {{over}}, altrimenti non si può pubblicare.',
  tooLongTitle_other:
    'Il titolo ha {{length}} caratteri, ma {{platform}} ne accetta al massimo {{max}}: tagliane {{over}}, altrimenti non si può pubblicare.',
  tooManyHashtags_one: '{{count}} hashtag: usane al massimo {{max}}, molto pertinenti al video e di diverse grandezze.',
  tooManyHashtags_other:
    '{{count}} hashtag: usane al massimo {{max}}, molto pertinenti al video e di diverse grandezze.',
  generic_one: '{{tags}} è un hashtag casuale che non dice nulla del video: sostituiscilo con uno della tua nicchia.',
  generic_other:
    '{{tags}} sono hashtag casuali che non dicono nulla del video: sostituiscili con hashtag della tua nicchia.',
  noCallToAction: 'Consiglio: chiudi con una domanda o un invito (“Quale sceglieresti?”) per ricevere commenti.',
  latin1: '(Il file della didascalia non è in UTF-8: è stato letto come Latin-1; salvalo in UTF-8 per sicurezza.)',
  noDraft: 'L’analisi n. {{run}} non ha una bozza analizzata {{path}}.',
  tooLarge: 'Il file della didascalia {{file}} supera i 100 KB, troppo per una didascalia: non è stato letto.',
  textTooLarge: 'Questa didascalia supera i 100 KB: una didascalia è di poche righe.',
  notOverwritten:
    'Il file della didascalia {{file}} supera i 100 KB e non è stato letto: resta com’è. Spostalo prima altrove.',
};
