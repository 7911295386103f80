import type { batch as en } from '../en/batch.js';
import type { SameKeys } from '../../keys.js';

/** Ricerca nelle cartelle e analisi di più bozze. */
export const batch: SameKeys<typeof en> = {
  skipped: {
    summary_one: '{{count}} file ignorato: {{reasons}}',
    summary_other: '{{count}} file ignorati: {{reasons}}',
    reasons: {
      hidden_one: '{{count}} file nascosto',
      hidden_other: '{{count}} file nascosti',
      image_one: '{{count}} immagine',
      image_other: '{{count}} immagini',
      audio_one: '{{count}} file audio',
      audio_other: '{{count}} file audio',
      caption_one: '{{count}} file di didascalie o sottotitoli',
      caption_other: '{{count}} file di didascalie o sottotitoli',
      sidecar_one: '{{count}} file di accompagnamento',
      sidecar_other: '{{count}} file di accompagnamento',
      document_one: '{{count}} documento',
      document_other: '{{count}} documenti',
      'not-a-video_one': '{{count}} file che non è un video',
      'not-a-video_other': '{{count}} file che non sono video',
    },
  },
  noDrafts:
    'Nessuna bozza video trovata. Estensioni cercate: {{extensions}} (maiuscole o minuscole), più i file di altro tipo il cui contenuto è video.',
};
