import type { checks as en } from '../en/checks.js';
import type { SameKeys } from '../../keys.js';

/** Nomi, obiettivi e messaggi dei controlli, come li direbbe un montatore italiano. */
export const checks: SameKeys<typeof en> = {
  duration: {
    title: 'Durata',
    label: 'Dur',
    needs: 'richiede un tasso di completamento del {{rate}} o più',
    needsReplay: 'richiede un tasso di completamento del {{rate}} o più (visto fino alla fine e rivisto)',
    borrowedGuidance: {
      reels: 'indicazione di TikTok; per Reels non esiste un dato pubblicato',
      shorts: 'indicazione di TikTok; per Shorts non esiste un dato pubblicato',
    },
    sweetSpot: 'intervallo ideale di {{low}}–{{high}} s{{guidance}}',
    cutShortLead: 'Si riproducono solo {{plays}} dei {{declared}} dichiarati. ',
    tooShort:
      'Con {{length}} è sotto il minimo di {{limit}} di {{profile}}. Allungalo ad almeno {{minSec}} s, meglio {{low}}–{{high}} s.',
    tooShortCut:
      'Con {{length}} è sotto il minimo di {{limit}} di {{profile}}. Esportalo di nuovo per intero, meglio {{low}}–{{high}} s.',
    tooLong: 'Con {{length}} supera il limite di {{limit}} di {{profile}}. Accorcialo: l’ideale è {{low}}–{{high}} s.',
    inSweetSpot: '{{length}}: è nell’{{sweetSpot}} e {{needs}}.',
    outsideSweetSpot: '{{length}}: è fuori dall’{{sweetSpot}}; a questa durata {{needs}}. {{advice}}.',
    add: 'Aggiungi {{by}} per arrivare a {{low}} s, oppure assicurati che tenga l’attenzione fino alla fine',
    trim: 'Taglia {{by}} per scendere a {{high}} s, oppure assicurati che tenga l’attenzione fino alla fine',
    exportAgain: 'Esporta di nuovo il video completo',
  },
  hook: {
    title: 'Gancio (primi secondi)',
    label: 'Hook',
  },
  loop: {
    title: 'Giunzione del loop',
    label: 'Loop',
  },
  audio: {
    title: 'Audio',
    label: 'Audio',
  },
  integrity: {
    title: 'Integrità del file',
    label: 'File',
  },
  spec: {
    container: {
      title: 'Contenitore',
      label: 'Cont',
    },
    'video-codec': {
      title: 'Codec video',
      label: 'Codec',
    },
    resolution: {
      title: 'Risoluzione',
      label: 'Ris',
    },
    'aspect-ratio': {
      title: 'Proporzioni',
      label: 'AR',
    },
    'frame-rate': {
      title: 'Frame rate',
      label: 'FPS',
    },
    bitrate: {
      title: 'Bitrate',
      label: 'Rate',
    },
    'file-size': {
      title: 'Dimensione del file',
      label: 'Dim',
    },
    'pixel-format': {
      title: 'Formato pixel',
      label: 'Pix',
    },
    'audio-codec': {
      title: 'Codec audio',
      label: 'ACodec',
    },
  },
};
