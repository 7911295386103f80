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
  landscape: 'Non è un video verticale: le aree dell’interfaccia di un 9:16 a schermo intero non si applicano.',
  busy: {
    top: 'Dettagli sotto la barra in alto da {{from}} a {{to}} s: lì il testo viene coperto dall’interfaccia di {{platform}}.',
    bottom:
      'Dettagli sotto l’area della didascalia da {{from}} a {{to}} s: lì il testo viene coperto dall’interfaccia di {{platform}}.',
    right:
      'Dettagli sotto i pulsanti da {{from}} a {{to}} s: lì il testo viene coperto dall’interfaccia di {{platform}}.',
  },
  advice: 'Sposta testi, volti e prodotti verso il centro.',
  names: {
    top: 'Barra in alto',
    bottom: 'Area della didascalia',
    right: 'Pulsanti',
  },
};
