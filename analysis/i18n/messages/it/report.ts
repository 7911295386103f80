import type { report as en } from '../en/report.js';
import type { SameKeys } from '../../keys.js';

/** I report HTML e PDF e le celle del CSV che si leggono, come li scriverebbe un montatore italiano. */
export const report: SameKeys<typeof en> = {
  title_one: 'Report pre-flight: {{count}} bozza per {{profile}}',
  title_other: 'Report pre-flight: {{count}} bozze per {{profile}}',
  heading: 'Report pre-flight · {{profile}}',
  meta: {
    drafts_one: '{{count}} bozza',
    drafts_other: '{{count}} bozze',
    generated: 'generato da Preflight {{version}} · {{when}}',
    run: 'analisi n. {{run}}',
    rescore: 'analisi n. {{run}} (punteggio ricalcolato dall’analisi n. {{source}})',
    status: {
      running: 'in corso',
      cancelled: 'annullata',
      interrupted: 'interrotta',
    },
  },
  counts: {
    pass_one: 'OK',
    pass_other: 'OK',
    warn_one: 'Da rivedere',
    warn_other: 'Da rivedere',
    fail_one: 'Da correggere',
    fail_other: 'Da correggere',
    error_one: 'Non analizzata',
    error_other: 'Non analizzate',
  },
  status: {
    pass: 'ok',
    warn: 'da rivedere',
    fail: 'da correggere',
    error: 'errore',
  },
  fixFirst: 'Da sistemare prima',
  moreBelow_one: '…e {{count}} altro più sotto.',
  moreBelow_other: '…e altri {{count}} più sotto.',
  nothingToFix: 'Niente da sistemare.',
  drafts: 'Bozze',
  table: {
    index: '#',
    draft: 'Bozza',
    verdict: 'Esito',
    score: 'Punteggio',
    duration: 'Durata',
    toFix: 'Da sistemare',
  },
  card: {
    scoreOf: 'punteggio / 100',
    ready: 'Pronta da pubblicare: tutti i controlli sono superati.',
    firstFrame: 'Primo fotogramma',
    firstFrameOf: 'Primo fotogramma di {{name}}',
    noPicture: 'Nessuna immagine.',
    hook: 'Gancio: i primi {{window}}',
    frameAt: 'Fotogramma a {{moment}}',
    hookNote: {
      attention: 'Area blu: i primi {{seconds}} s che il pubblico concede a un video.',
      cuts_one: '{{count}} stacco',
      cuts_other: '{{count}} stacchi',
      firstChange: ', primo cambiamento a {{moment}}',
      noChange: ', nessun cambiamento',
      firstSound: ', primo suono a {{moment}}',
      noSound: ', nessun suono',
    },
    seam: 'Giunzione del loop: ultimo fotogramma → primo fotogramma',
    lastFrame: 'Ultimo fotogramma',
    lastCaption: 'ultimo ({{moment}})',
    firstCaption: 'primo',
    lastUndecodable: 'L’ultimo fotogramma non si riesce a decodificare.',
    similarity: 'somiglianza (100% = identici)',
    duration: 'Durata',
    loudness: 'Loudness',
    silent: 'La traccia audio è muta.',
    noAudio: 'Nessuna traccia audio.',
    checks: {
      check: 'Controllo',
      result: 'Esito',
      value: 'Valore',
      target: 'Obiettivo',
      meaning: 'Cosa significa',
    },
  },
  figures: {
    motion: 'Movimento nei primi secondi',
    cut: 'stacco',
    firstSound: 'primo suono',
    loudness: 'Loudness nel tempo',
    target: 'obiettivo {{lufs}} LUFS',
    integrated: 'loudness integrata {{lufs}} LUFS · picco reale {{peak}} dBTP',
    duration: 'Durata rispetto alle fasce di completamento',
    sweetSpot: 'intervallo ideale {{low}}–{{high}} s',
  },
  pictures: {
    unavailable: 'Immagini non disponibili: {{reason}}',
    changed: 'la bozza è stata modificata, spostata o eliminata dopo l’analisi',
  },
  glossary: 'Cosa vogliono dire i termini',
  footer: {
    sources: 'Fonti:',
    source: '{{covers}}: {{source}} (verificata il {{checked}})',
    assumptions: 'Ipotesi: {{assumptions}}',
  },
  profiles: {
    tiktok: {
      description: 'Post organico su TikTok (caricato dall’app o con la Content Posting API).',
      assumptions:
        'Le piattaforme non pubblicano dati sulla loudness: loudness integrata di −14 LUFS e picco reale di −1 dBTP sono gli obiettivi citati dalle guide di terze parti; un picco reale oltre +1 dBTP è considerato clipping (un codec con perdita aggiunge solo decimi di dB) e non supera il controllo. ' +
        'Sotto 1,5 Mbps a 1080×1920 l’immagine tende a squadrettarsi dopo la ricodifica di TikTok (regola empirica, non pubblicata).',
    },
    'tiktok-ads': {
      description: 'Creatività per annunci In-Feed di TikTok (acquistati all’asta).',
      assumptions:
        'Le piattaforme non pubblicano dati sulla loudness: loudness integrata di −14 LUFS e picco reale di −1 dBTP sono gli obiettivi citati dalle guide di terze parti; un picco reale oltre +1 dBTP è considerato clipping (un codec con perdita aggiunge solo decimi di dB) e non supera il controllo. ' +
        'Per gli annunci i codec video non sono indicati: si assume H.264, come per i post organici.',
    },
    reels: {
      description: 'Reel di Instagram (regole di pubblicazione di Meta).',
      assumptions:
        'Le piattaforme non pubblicano dati sulla loudness: loudness integrata di −14 LUFS e picco reale di −1 dBTP sono gli obiettivi citati dalle guide di terze parti; un picco reale oltre +1 dBTP è considerato clipping (un codec con perdita aggiunge solo decimi di dB) e non supera il controllo. ' +
        'Intervallo ideale e fasce di completamento sono indicazioni di TikTok (dal materiale formativo di TikTok): Meta non pubblica dati per i Reels.',
    },
    shorts: {
      description: 'YouTube Short (verticale o quadrato, fino a 3 minuti).',
      assumptions:
        'Le piattaforme non pubblicano dati sulla loudness: loudness integrata di −14 LUFS e picco reale di −1 dBTP sono gli obiettivi citati dalle guide di terze parti; un picco reale oltre +1 dBTP è considerato clipping (un codec con perdita aggiunge solo decimi di dB) e non supera il controllo. ' +
        'YouTube accetta quasi tutti i contenitori e i codec: si controlla MP4 con H.264 + AAC, la scelta sicura. ' +
        'Intervallo ideale e fasce di completamento sono indicazioni di TikTok (dal materiale formativo di TikTok): YouTube non pubblica dati per gli Shorts.',
    },
  },
  zones: {
    toggle: 'Mostra le aree dell’interfaccia di {{platform}}',
  },
};
