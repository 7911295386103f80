import type { glossary as en } from '../en/glossary.js';
import type { SameKeys } from '../../keys.js';

/** I termini del mestiere che usano la scheda e i report, una riga ciascuno. */
export const glossary: SameKeys<typeof en> = {
  'completion-rate': {
    term: 'Tasso di completamento',
    text: 'La quota di chi guarda un video fino alla fine; più il video è lungo, più alto deve essere perché la piattaforma continui a mostrarlo.',
  },
  hook: {
    term: 'Gancio (hook)',
    text: 'Quello che succede nei primi 2–3 secondi: è lì che chi guarda decide se restare.',
  },
  'seam-similarity': {
    term: 'Somiglianza alla giunzione',
    text: 'Quanto si somigliano l’ultimo e il primo fotogramma (100% = identici): un valore alto fa ripartire il video a loop senza uno stacco visibile.',
  },
  lufs: {
    term: 'LUFS',
    text: 'La loudness, cioè il volume come lo sente chi guarda con il sound on, in media su tutta la traccia (-14,0 LUFS è l’obiettivo abituale; più vicino a 0, più forte).',
  },
  'true-peak': {
    term: 'Picco reale (true peak, dBTP)',
    text: 'Il picco più forte dell’onda sonora, anche tra un campione e l’altro; sopra -1,0 dBTP l’audio può distorcere quando la piattaforma lo ricodifica.',
  },
  'pixel-format': {
    term: 'Formato pixel',
    text: 'Come sono registrati i colori di ogni fotogramma (profondità di bit e campionamento del colore, es. 8 bit 4:2:0); i telefoni riproducono 8 bit 4:2:0, gli altri formati vengono convertiti al caricamento.',
  },
  bitrate: {
    term: 'Bitrate',
    text: 'Quanti dati porta ogni secondo di video (Mbps); se sono troppo pochi, dopo la ricodifica della piattaforma l’immagine si squadretta.',
  },
};
