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
    notChecked_one: '{{count}} non controllata',
    notChecked_other: '{{count}} non controllate',
  },
  counts: {
    pass_one: 'OK',
    pass_other: 'OK',
    warn_one: 'Da rivedere',
    warn_other: 'Da rivedere',
    fail_one: 'Da correggere',
    fail_other: 'Da correggere',
    error_one: 'Errore',
    error_other: 'Errori',
    notChecked_one: 'Non controllata',
    notChecked_other: 'Non controllate',
  },
  notChecked: {
    cancelled_one:
      '{{count}} bozza su {{total}} non è stata controllata: l’analisi è stata annullata prima di finirla. Avvia di nuovo il controllo per completarla.',
    cancelled_other:
      '{{count}} bozze su {{total}} non sono state controllate: l’analisi è stata annullata prima di finirle. Avvia di nuovo il controllo per completarle.',
    interrupted_one:
      '{{count}} bozza su {{total}} non è stata controllata: l’analisi si è interrotta (Preflight è stato chiuso) prima di finirla. Avvia di nuovo il controllo per completarla.',
    interrupted_other:
      '{{count}} bozze su {{total}} non sono state controllate: l’analisi si è interrotta (Preflight è stato chiuso) prima di finirle. Avvia di nuovo il controllo per completarle.',
    running_one: '{{count}} bozza su {{total}} non è ancora stata controllata: l’analisi è ancora in corso.',
    running_other: '{{count}} bozze su {{total}} non sono ancora state controllate: l’analisi è ancora in corso.',
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
    silent: 'Muta: nessun campione supera {{threshold}} dBFS, quindi non c’è loudness da tracciare.',
    loudestSample: 'Il più forte è a {{peak}} dBFS.',
    noLoudness: 'Non è stato possibile misurare la loudness.',
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
  sources: {
    tiktokRestrictions: {
      covers: 'contenitori, codec, 23–60 fps, 360–4096 px, ≤4 GB, ≤10 min',
      source: 'TikTok for Developers, Content Posting API — guida al trasferimento dei media, "Video restrictions"',
    },
    tiktokRecommended: {
      covers: 'consigliati 1080×1920, 30 fps, H.264 + AAC',
      source: 'guide di terzi al caricamento (TikTok non li pubblica)',
    },
    tiktokHdr: {
      covers: '10 bit / HDR: non tra i formati di caricamento elencati; l’app converte l’HDR in SDR al caricamento',
      source:
        'TikTok for Developers, "Video restrictions" (non elenca formati HDR); la conversione come osservata da guide di terzi',
    },
    deckCompletion: {
      covers: 'durata ideale 13–17 s, fasce del tasso di completamento',
      source: "materiale formativo 'TikTok per le aziende' (ASSEPRIM), slide 'Completion Rate'",
    },
    deckHook: {
      covers: 'gancio nei primi 2–3 s',
      source: "materiali formativi 'TikTok Marketing' e 'TikTok per le aziende'",
    },
    tiktokCaption: {
      covers: 'didascalia fino a 4.000 caratteri',
      source:
        'limite della didascalia nell’app TikTok (passato da 2.200 a 4.000 caratteri), come riportato da guide di terzi (lettercounter.org, napoleoncat.com); la Content Posting API resta a 2.200',
    },
    deckHashtags: {
      covers: 'al massimo 3 hashtag; niente tag a caso come #perte',
      source: "materiali formativi 'TikTok Marketing' e 'TikTok per le aziende'",
    },
    tiktokZones: {
      covers: 'aree dell’interfaccia: in alto 150 px, in basso 440 px, a destra 150 px su 1080×1920 (ipotesi)',
      source:
        'modelli di zone sicure di terzi per TikTok; TikTok non ne pubblica per i post organici, e i modelli differiscono di decine di pixel',
    },
    adsSpecs: {
      covers:
        '9:16 ≥540×960, 16:9 ≥960×540, 1:1 ≥640×640; mp4/mov/mpeg/3gp/avi; ≤500 MB; ≥516 kbps; 5–60 s (consigliati 21–34 s)',
      source:
        'guida di TikTok Ads Manager, specifiche degli annunci "Auction In-Feed" (pagina aggiornata a ottobre 2024)',
    },
    adsText: {
      covers: 'testo dell’annuncio fino a 100 caratteri',
      source:
        'limite del testo degli annunci in TikTok Ads Manager (1–100 caratteri), come riportato da guide di terzi',
    },
    reelsSpecs: {
      covers: 'MP4/MOV, H.264/HEVC, 4:2:0, ≤25 Mbps, AAC ≤48 kHz, 23–60 fps, 3 s–15 min',
      source: 'requisiti di pubblicazione dei Reel di Meta, come riportati da guide di terzi',
    },
    reelsHdr: {
      covers: '8 bit 4:2:0 (l’HDR viene convertito in SDR per i Reel)',
      source: 'requisiti di pubblicazione dei Reel di Meta, come riportati da guide di terzi',
    },
    reelsCaption: {
      covers: 'didascalia fino a 2.200 caratteri',
      source:
        'limite di 2.200 caratteri delle didascalie di Instagram, come riportato dalla documentazione di servizi di pubblicazione (Ayrshare, upload-post)',
    },
    reelsZones: {
      covers: 'aree dell’interfaccia: in alto 14 %, in basso 35 %, a destra 6 % (ipotesi)',
      source:
        'indicazioni di Meta sulle zone sicure degli annunci Reel (lasciare libero da testo il 14 % in alto, il 35 % in basso e il 6 % ai lati), come riportate da terzi; usate anche per i Reel organici',
    },
    shortsSpecs: {
      covers: 'verticale o quadrato, fino a 3 min',
      source: 'Guida di YouTube, "Upload YouTube Shorts"',
    },
    shortsHdr: {
      covers: 'caricamenti HDR a 10 bit (HLG e PQ, Rec. 2020)',
      source: 'Guida di YouTube, "Upload High Dynamic Range (HDR) videos"',
    },
    shortsTitle: {
      covers: 'titolo fino a 100 caratteri',
      source:
        'riferimento della Google Ads API, YouTubeVideoUpload.video_title: "must not exceed 100 characters"; il Centro assistenza di YouTube dice lo stesso',
    },
    shortsZones: {
      covers: 'aree dell’interfaccia: in alto 15 %, in basso 25 %, a destra 12 % (ipotesi)',
      source:
        'modelli di zone sicure di terzi per YouTube Shorts; YouTube non ne pubblica. Titolo, canale e pulsanti stanno in basso e a destra',
    },
  },
  footer: {
    sources: 'Fonti:',
    source: '{{covers}}: {{source}} (verificata il {{checked}})',
    assumptions: 'Ipotesi: {{assumptions}}',
  },
  profiles: {
    tiktok: {
      description: 'Post organico su TikTok (caricato dall’app o con la Content Posting API).',
      assumptions:
        'Le piattaforme non pubblicano dati sulla loudness: loudness integrata di -14,0 LUFS e picco reale di -1,0 dBTP sono gli obiettivi citati dalle guide di terze parti; un picco reale oltre +1,0 dBTP è considerato clipping (un codec con perdita aggiunge solo decimi di dB) e non supera il controllo. ' +
        'Sotto 1,5 Mbps a 1080×1920 l’immagine tende a squadrettarsi dopo la ricodifica di TikTok (regola empirica, non pubblicata).',
    },
    'tiktok-ads': {
      description: 'Creatività per annunci In-Feed di TikTok (acquistati all’asta).',
      assumptions:
        'Le piattaforme non pubblicano dati sulla loudness: loudness integrata di -14,0 LUFS e picco reale di -1,0 dBTP sono gli obiettivi citati dalle guide di terze parti; un picco reale oltre +1,0 dBTP è considerato clipping (un codec con perdita aggiunge solo decimi di dB) e non supera il controllo. ' +
        'Per gli annunci i codec video non sono indicati: si assume H.264, come per i post organici.',
    },
    reels: {
      description: 'Reel di Instagram (regole di pubblicazione di Meta).',
      assumptions:
        'Le piattaforme non pubblicano dati sulla loudness: loudness integrata di -14,0 LUFS e picco reale di -1,0 dBTP sono gli obiettivi citati dalle guide di terze parti; un picco reale oltre +1,0 dBTP è considerato clipping (un codec con perdita aggiunge solo decimi di dB) e non supera il controllo. ' +
        'Intervallo ideale e fasce di completamento sono indicazioni di TikTok (dal materiale formativo di TikTok): Meta non pubblica dati per i Reels.',
    },
    shorts: {
      description: 'YouTube Short (verticale o quadrato, fino a 3 minuti).',
      assumptions:
        'Le piattaforme non pubblicano dati sulla loudness: loudness integrata di -14,0 LUFS e picco reale di -1,0 dBTP sono gli obiettivi citati dalle guide di terze parti; un picco reale oltre +1,0 dBTP è considerato clipping (un codec con perdita aggiunge solo decimi di dB) e non supera il controllo. ' +
        'YouTube accetta quasi tutti i contenitori e i codec: si controlla MP4 con H.264 + AAC, la scelta sicura. ' +
        'Intervallo ideale e fasce di completamento sono indicazioni di TikTok (dal materiale formativo di TikTok): YouTube non pubblica dati per gli Shorts.',
    },
  },
  zones: {
    toggle: 'Mostra le aree dell’interfaccia di {{platform}}',
  },
};
