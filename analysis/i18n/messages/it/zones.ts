import type { zones as en } from '../en/zones.js';
import type { SameKeys } from '../../keys.js';

/** I testi del controllo sulle aree coperte dall'interfaccia. */
export const zones: SameKeys<typeof en> = {
  title: 'Aree dell’interfaccia',
  label: 'Aree',
  target: 'nessun dettaglio importante sotto l’interfaccia (barra in alto, didascalia, pulsanti)',
  clear: 'libere',
  busyAreas_one: '{{count}} area',
  busyAreas_other: '{{count}} aree',
  allClear: 'All’inizio e alla fine non c’è niente di importante sotto le aree dell’interfaccia di {{platform}}.',
  clearOpening:
    'All’inizio non c’è niente di importante sotto le aree dell’interfaccia di {{platform}} (la fine non si è potuta misurare).',
  clearEnding:
    'Alla fine non c’è niente di importante sotto le aree dell’interfaccia di {{platform}} (l’inizio non si è potuto misurare).',
  notVertical:
    'Non è un video verticale 9:16 a schermo intero: il telefono lo mostra con le bande, quindi le aree dell’interfaccia di un 9:16 non si applicano.',
  busy: {
    top: 'Da {{from}} a {{to}} s c’è qualcosa di importante sotto la barra in alto: l’interfaccia di {{platform}} lo copre.',
    bottom:
      'Da {{from}} a {{to}} s c’è qualcosa di importante sotto l’area della didascalia: l’interfaccia di {{platform}} lo copre.',
    right:
      'Da {{from}} a {{to}} s c’è qualcosa di importante sotto i pulsanti: l’interfaccia di {{platform}} lo copre.',
  },
  advice: 'Sposta testi, volti e prodotti verso il centro.',
  names: {
    top: 'Barra in alto',
    bottom: 'Area della didascalia',
    right: 'Pulsanti',
  },
};
