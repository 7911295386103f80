import type { checks as en } from '../en/checks.js';
import type { SameKeys } from '../../keys.js';

/** Nomi, obiettivi e messaggi dei controlli, come li direbbe un montatore italiano. */
export const checks: SameKeys<typeof en> = {
  duration: {
    title: 'Durata',
    label: 'Dur',
    needs: 'serve un tasso di completamento ≥ {{rate}}',
    needsReplay: 'serve un tasso di completamento ≥ {{rate}} (visto fino alla fine e rivisto)',
    borrowedGuidance: {
      reels: 'indicazione di TikTok; per Reels non esiste un dato pubblicato',
      shorts: 'indicazione di TikTok; per Shorts non esiste un dato pubblicato',
    },
    sweetSpot: 'intervallo ideale di {{low}}–{{high}} s{{guidance}}',
    cutShortLead: 'Si riproducono solo {{plays}} su {{declared}} dichiarati. ',
    tooShort:
      'Con {{length}} è sotto il minimo di {{limit}} di {{profile}}. Allungalo ad almeno {{minSec}} s, meglio {{low}}–{{high}} s.',
    tooShortCut:
      'Con {{length}} è sotto il minimo di {{limit}} di {{profile}}. Esportalo di nuovo per intero, meglio {{low}}–{{high}} s.',
    tooLong: 'Con {{length}} supera il limite di {{limit}} di {{profile}}. Accorcialo: l’ideale è {{low}}–{{high}} s.',
    inSweetSpot: 'Con {{length}} è nell’{{sweetSpot}}: {{needs}}.',
    outsideSweetSpot: 'Con {{length}} è fuori dall’{{sweetSpot}}: a questa durata {{needs}}. {{advice}}.',
    add: 'Aggiungi {{by}} per arrivare a {{low}} s, oppure assicurati che tenga l’attenzione fino alla fine',
    trim: 'Taglia {{by}} per scendere a {{high}} s, oppure assicurati che tenga l’attenzione fino alla fine',
    exportAgain: 'Esporta di nuovo il video completo',
  },
  hook: {
    title: 'Gancio (primi secondi)',
    label: 'Hook',
    spanWholeClip: 'nei suoi {{window}}',
    spanFirst: 'nei primi {{window}}',
    target: 'un cambiamento entro {{still}}; movimento o uno stacco {{span}}',
    wholeClipBlack:
      'Gancio debole: la clip resta nera per tutti i suoi {{window}} e non succede niente. Mettici movimento, uno stacco o un testo che cambia.',
    wholeClipStill:
      'Gancio debole: la clip è un’immagine ferma per tutti i suoi {{window}} e non succede niente. Mettici movimento, uno stacco o un testo che cambia.',
    openingBlack:
      'Gancio debole: lo schermo resta nero per {{length}} all’inizio, e nei {{attention}} in cui si cattura l’attenzione non succede niente. Taglia l’apertura vuota e parti subito dall’azione.',
    openingFrozen:
      'Gancio debole: l’immagine resta ferma per {{length}} all’inizio, e nei {{attention}} in cui si cattura l’attenzione non succede niente. Taglia l’apertura vuota e parti subito dall’azione.',
    stillStart:
      'Gancio debole: all’inizio l’immagine resta ferma per {{length}}. Taglia quel tratto, così qualcosa si muove fin dal primo fotogramma.',
    littleMotion:
      'Gancio debole: si muove poco {{span}} ({{motion}} dell’immagine per fotogramma, nessuno stacco). Apri con un movimento, uno stacco o un testo che cambia.',
    cuts_one: '{{count}} stacco (il primo a {{first}})',
    cuts_other: '{{count}} stacchi (il primo a {{first}})',
    motion: 'movimento ({{motion}} dell’immagine per fotogramma)',
    happens: 'Succede qualcosa da {{moment}}: {{evidence}} {{span}}.',
  },
  loop: {
    title: 'Giunzione del loop',
    label: 'Loop',
    similarity: 'somiglianza {{similarity}}',
    target:
      'somiglianza ≥ {{similarity}}, oppure ≥ {{closeSimilarity}} con un salto alla giunzione ≤ {{ratio}}× un normale cambio tra fotogrammi',
    blankBoth:
      'Non è un loop: il primo e l’ultimo fotogramma sono vuoti (una dissolvenza o un cartello), quindi a ogni ripetizione lampeggia un fotogramma vuoto. Chiudi sulla stessa immagine con cui apri.',
    blankFirst:
      'Non è un loop: il primo fotogramma è vuoto (una dissolvenza o un cartello), quindi a ogni ripetizione lampeggia un fotogramma vuoto. Chiudi sulla stessa immagine con cui apri.',
    blankLast:
      'Non è un loop: l’ultimo fotogramma è vuoto (una dissolvenza o un cartello), quindi a ogni ripetizione lampeggia un fotogramma vuoto. Chiudi sulla stessa immagine con cui apri.',
    loops:
      'È un video a loop: l’ultimo fotogramma si collega al primo (somiglianza {{similarity}}), così ogni ripetizione scorre senza stacchi e conta come tempo di visione in più.',
    loopsInMotion:
      'È un video a loop: l’ultimo fotogramma si collega al primo (somiglianza {{similarity}}, e alla giunzione il salto è solo {{ratio}}× un normale cambio tra fotogrammi), così ogni ripetizione scorre senza stacchi e conta come tempo di visione in più.',
    almost:
      'Quasi un loop (somiglianza {{similarity}}): alla giunzione il salto è {{ratio}}× un normale cambio tra fotogrammi. Accorcia un po’ il finale o fai combaciare l’ultima inquadratura con la prima.',
    noLoop:
      'Non va in loop: dall’ultimo fotogramma si salta al primo (somiglianza {{similarity}}). Un video rivisto più volte è un segnale forte: chiudi su un fotogramma che riporti all’apertura.',
  },
  audio: {
    title: 'Audio',
    label: 'Audio',
    target: '{{lufs}}, picco reale ≤ {{peak}}',
    values: {
      noAudio: 'nessun audio',
      silent: 'muto',
    },
    noAudio:
      'Nessuna traccia audio. {{profile}} si guarda con l’audio attivo (“sound on”): aggiungi musica, una voce fuori campo o un audio in trend.',
    silentFirstTrack:
      'La traccia 1 è muta; la traccia {{track}} ha l’audio. Le piattaforme riproducono la traccia 1: metti la traccia {{track}} come prima (o unica) traccia audio.',
    silent:
      'La traccia audio è muta (nessun campione udibile). Controlla l’esportazione: la musica o la voce mancano o sono disattivate.',
    loudnessUnmeasured: 'L’audio c’è, ma non è stato possibile misurarne la loudness: se ne decodifica troppo poco.',
    loudnessUnmeasuredPartly:
      'L’audio c’è, ma non è stato possibile misurarne la loudness: se ne decodificano solo {{decoded}}.',
    tooQuiet: 'Volume troppo basso ({{level}}): alzalo di circa {{by}} dB, verso {{towards}}.',
    tooLoud:
      'Volume molto alto ({{level}}): abbassalo di circa {{by}} dB, verso {{towards}}, altrimenti la piattaforma lo abbasserà e potrebbe distorcere.',
    clipping:
      'Clipping: il picco reale arriva a {{peak}}, quindi il suono è distorto; abbassa il volume ed esportalo di nuovo con un limiter a {{limit}}.',
    clippingLoud:
      'Clipping: il picco reale arriva a {{peak}}, quindi il suono è distorto; abbassa il volume di circa {{by}} dB, verso {{towards}}, con un limiter a {{limit}}.',
    loudHotPeaks:
      'Volume molto alto ({{level}}, picchi a {{peak}}): abbassalo di circa {{by}} dB, verso {{towards}}, con un limiter a {{limit}}.',
    hotPeaks:
      'I picchi arrivano a {{peak}}, sopra {{limit}}: usa un limiter, così l’encoder della piattaforma non li taglia.',
    lateSound: 'Apertura muta: il primo suono arriva a {{first}}; fai partire l’audio entro {{within}} s.',
    mostlySilence: 'Troppo silenzio ({{share}} della traccia): riempi i vuoti con musica o voce.',
    also: 'Inoltre: {{problems}}.',
    brief: {
      quiet: 'volume troppo basso ({{level}})',
      peaks: 'picchi a {{peak}}',
      lateSound: 'primo suono a {{first}}',
      silence: '{{share}} di silenzio',
    },
    measuredOnFirstTrack: 'Misurato sulla traccia 1 di {{tracks}}, quella che riproducono le piattaforme.',
    soundOn: 'L’audio c’è: loudness integrata {{level}}, picco reale {{peak}}, si sente da {{first}}.',
    soundOnFirstTrack:
      'L’audio c’è (traccia 1 di {{tracks}}, quella che riproducono le piattaforme): loudness integrata {{level}}, picco reale {{peak}}, si sente da {{first}}.',
  },
  integrity: {
    title: 'Integrità del file',
    label: 'File',
    target: 'si decodifica fino ad almeno {{floor}} su {{declared}} dichiarati, senza errori',
    endUndecodable:
      'Non è stato possibile decodificare la fine del file: probabilmente è troncato. Esportalo di nuovo.',
    cutShort:
      'File troncato: si riproducono solo {{decoded}} su {{declared}} dichiarati. L’esportazione o la copia si è interrotta: esportalo di nuovo.',
    damaged_one:
      'Immagine o audio danneggiati in {{count}} punto: il video caricato potrebbe mostrare difetti. Esportalo di nuovo.',
    damaged_other:
      'Immagine o audio danneggiati in {{count}} punti: il video caricato potrebbe mostrare difetti. Esportalo di nuovo.',
    clean: 'Si decodifica senza errori dall’inizio alla fine.',
  },
  unmeasured: {
    leftOpen: '{{reason}} Questo controllo resta in sospeso; il resto della scheda è valido.',
    reasons: {
      opening: {
        undecodable: 'Impossibile misurare l’apertura: quella parte del file non si decodifica.',
        noPicture: 'Impossibile misurare l’apertura: all’inizio del file non si decodifica nessuna immagine.',
      },
      ending: {
        undecodable: 'Impossibile misurare il finale: quella parte del file non si decodifica.',
        noPicture: 'Impossibile misurare il finale: alla fine del file non si decodifica nessuna immagine.',
      },
      audio: {
        undecodable: 'Impossibile misurare l’audio: quella parte del file non si decodifica.',
      },
    },
  },
  spec: {
    container: {
      title: 'Contenitore',
      label: 'Cont',
      accepted: '{{container}} è accettato.',
      rejected: '{{profile}} non accetta {{container}}. Esporta di nuovo in {{preferred}}.',
    },
    'video-codec': {
      title: 'Codec video',
      label: 'Codec',
      recommended: '{{codec}} è consigliato.',
      accepted:
        '{{codec}} è accettato, ma è consigliato {{preferred}}: alcuni dispositivi ed editor lo gestiscono peggio.',
      rejected: '{{profile}} non accetta {{codec}}. Esporta di nuovo in {{preferred}}.',
    },
    resolution: {
      title: 'Risoluzione',
      label: 'Ris',
      target: '{{recommended}} (ogni lato {{min}}–{{max}} px)',
      rotated: '{{size}} (salvato come {{stored}}, ruotato di {{rotation}}°)',
      tooSmall: '{{size}} è sotto il minimo di {{min}} px per lato di {{profile}}. Esporta a {{recommended}}.',
      tooLarge: '{{size}} supera il massimo di {{max}} px per lato di {{profile}}. Ridimensionalo a {{recommended}}.',
      shapeTooSmall:
        '{{size}} è sotto il minimo di {{min}} per il formato {{shape}} di {{profile}}. Esporta a {{recommended}}.',
      soft: '{{size}} è accettato ma sotto il consigliato {{recommended}}: sui telefoni sembrerà poco nitido. Esporta in Full HD se la sorgente lo permette.',
      meets: '{{size}} rispetta la risoluzione consigliata.',
    },
    'aspect-ratio': {
      title: 'Proporzioni',
      label: 'AR',
      unexpected: '{{size}} ha proporzioni che {{profile}} non prevede ({{shapes}}). Reinquadra in {{primary}}.',
      fits: '{{shape}}: {{note}}.',
      reframe: '{{shape}}: {{note}}. Reinquadra in {{primary}} per usare tutto lo schermo.',
      notes: {
        fullScreenVertical: 'verticale a tutto schermo',
        barsAboveAndBelow: 'mostrato con bande sopra e sotto',
        landscapeLetterboxed: 'orizzontale con bande nere, occupa circa un terzo dello schermo',
        croppedInReelsTab: 'ritagliato in 9:16 nella scheda Reels',
        barsInReelsTab: 'mostrato con bande nella scheda Reels',
        landscapeInReelsTab: 'orizzontale con bande nere nella scheda Reels',
        squareIsAShort: 'il formato quadrato è accettato come Short',
        bars: 'mostrato con bande',
        landscapeIsNotAShort: 'i video orizzontali non sono Shorts',
        acceptedForInFeedAds: 'accettato per gli annunci In-Feed',
      },
    },
    'frame-rate': {
      title: 'Frame rate',
      label: 'FPS',
      unreadable: 'Impossibile leggere il frame rate. Esporta a 30 fps costanti.',
      outside: '{{fps}} è fuori dall’intervallo {{range}} di {{profile}}. Esporta a 30 fps.',
      variable:
        'Frame rate variabile (circa {{fps}}), tipico delle riprese col telefono e delle registrazioni dello schermo: dopo il caricamento l’audio può andare fuori sincrono. Esporta a 30 fps costanti.',
      constant: '{{fps}}, costante.',
    },
    bitrate: {
      title: 'Bitrate',
      label: 'Rate',
      advice: '{{range}} per {{size}}',
      target: '≥ {{floor}}; consigliato {{advice}}',
      targetWithMax: '≥ {{floor}}; ≤ {{ceiling}}; consigliato {{advice}}',
      unreadable: 'Impossibile leggere il bitrate.',
      belowMinimum: '{{rate}} è sotto il minimo di {{floor}} di {{profile}}. Esporta a {{advice}}.',
      aboveMaximum: '{{rate}} supera il massimo di {{ceiling}} di {{profile}}. Esporta con un bitrate più basso.',
      low: '{{rate}} è sotto {{floor}}: dopo la ricodifica della piattaforma l’immagine rischia di squadrettarsi. Esporta a {{advice}}.',
      ok: '{{rate}}.',
    },
    'file-size': {
      title: 'Dimensione del file',
      label: 'Dim',
      within: '{{size}}, entro il limite di {{limit}}.',
      over: '{{size}} supera il limite di {{limit}} di {{profile}}. Esporta con un bitrate più basso o accorcia il video.',
    },
    'pixel-format': {
      title: 'Formato pixel',
      label: 'Pix',
      unknown: 'sconosciuto',
      bitDepth: '{{bits}} bit',
      withTransparency: 'con trasparenza',
      target: '{{formats}} (4:2:0 a 8 bit)',
      targetHdr: '{{formats}} (4:2:0 a 8 bit); HDR a 10 bit accettato',
      playsEverywhere: '{{format}} (4:2:0, 8 bit) si riproduce ovunque.',
      tenBitHdr: '{{hdr}}, 10 bit',
      tenBitSdr: 'SDR a 10 bit',
      keepsHdr: '{{what}} 4:2:0: {{profile}} accetta i caricamenti HDR e li mantiene.',
      keepsTenBit: '{{what}} 4:2:0: {{profile}} accetta i caricamenti a 10 bit e li mantiene.',
      toneMapped:
        '{{what}}: {{profile}} accetta il caricamento ma lo converte in SDR (tone mapping), quindi colori e luminosità possono cambiare. Esporta in SDR Rec. 709 a 8 bit (yuv420p) per colori prevedibili.',
      toEightBit:
        '{{what}}: {{profile}} lo converte a 8 bit e nelle sfumature possono comparire bande. Esporta in yuv420p a 8 bit per risultati prevedibili.',
      notPlayable:
        '{{format}} non è un formato che i telefoni riproducono: la piattaforma lo ricodifica e i colori possono cambiare. Esporta di nuovo in 4:2:0 a 8 bit (yuv420p).',
      notPlayableAlpha:
        '{{format}} non è un formato che i telefoni riproducono: la piattaforma lo ricodifica e i colori possono cambiare. La trasparenza si perde al caricamento: metti prima la grafica su uno sfondo. Esporta di nuovo in 4:2:0 a 8 bit (yuv420p).',
    },
    'audio-codec': {
      title: 'Codec audio',
      label: 'ACodec',
      none: 'nessuna traccia audio',
      noTrack: 'Nessuna traccia audio: nessun codec da controllare (vedi {{sound}}).',
      recommended: '{{codec}} è consigliato.',
      usuallyWorks: '{{codec}} di solito funziona, ma è consigliato {{preferred}}.',
      rejected: '{{profile}} non accetta l’audio {{codec}}. Esporta di nuovo in {{preferred}}.',
    },
  },
};
