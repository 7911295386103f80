import type { errors as en } from '../en/errors.js';
import type { SameKeys } from '../../keys.js';

/** Errori dei singoli file, le loro etichette e i consigli, e gli errori dell'archivio della cronologia. */
export const errors: SameKeys<typeof en> = {
  labels: {
    'not-found': 'File mancante',
    unreadable: 'Non leggibile',
    'not-a-file': 'Non è un file',
    'empty-file': 'File vuoto',
    'not-a-video': 'Non è un video',
    'no-video-stream': 'Nessuna traccia video',
    truncated: 'File incompleto',
    corrupt: 'File danneggiato',
    'decode-failed': 'Non si decodifica',
    changed: 'Modificato nel frattempo',
    timeout: 'Tempo scaduto',
    cancelled: 'Non controllata',
    'ffmpeg-missing': 'Manca ffmpeg',
    internal: 'Errore interno',
  },
  advice: {
    'not-found': 'Il file è stato spostato, rinominato o eliminato: controlla il percorso e rifai l’analisi.',
    unreadable: 'Dai al tuo utente il permesso di lettura sul file o sulla cartella, poi controllalo di nuovo.',
    'not-a-file': 'Indica un file video o una cartella di video.',
    'empty-file': 'L’esportazione o la copia non è arrivata alla fine: esporta o copia di nuovo il file.',
    'not-a-video':
      'Questo file non contiene un video che ffmpeg sappia leggere. Se dovrebbe esserlo, esportalo di nuovo in MP4.',
    'no-video-stream':
      'Il file non ha immagini (solo audio o un contenitore vuoto): esporta il video con la sua traccia d’immagine.',
    truncated: 'L’esportazione o la copia si è interrotta: esporta o copia di nuovo il file.',
    corrupt: 'Il file è danneggiato: esportalo di nuovo dall’editor.',
    'decode-failed': 'Da questo file non si riesce a decodificare nessun fotogramma: esportalo di nuovo dall’editor.',
    changed:
      'Il file era ancora in scrittura mentre veniva controllato: aspetta che l’esportazione finisca, poi controllalo di nuovo.',
    timeout: 'ffmpeg ci ha messo troppo su questo file: verifica che si riproduca, poi controllalo di nuovo.',
    cancelled: 'L’analisi è stata annullata prima di arrivare a questa bozza: controllala di nuovo.',
    'ffmpeg-missing':
      'Reinstalla con `npm install`, oppure imposta FFMPEG_PATH / FFPROBE_PATH su eseguibili che funzionano.',
    internal: 'Qualcosa è andato storto in modo inatteso: rilancialo con PREFLIGHT_DEBUG=1 e segnala cosa stampa.',
  },
  unexpected: 'Errore inatteso: {{reason}}',
  file: {
    notFound: 'Il file non esiste (spostato, rinominato o eliminato?).',
    gone: 'Il file non esiste più.',
    permissionDenied: 'Il file non si può leggere (permesso negato).',
    unreadable: 'Il file non si può leggere ({{reason}}).',
    notAFile: 'Questo non è un file normale.',
    empty: 'Il file è vuoto (0 byte): l’esportazione o la copia non è arrivata alla fine.',
    changed:
      'Il file è cambiato durante l’analisi (esportazione o copia ancora in corso?): controllalo di nuovo quando ha finito.',
    folderUnreadable: 'Non si riesce a leggere la cartella ({{reason}}).',
    folderDenied: 'Non si riesce a leggere la cartella (permesso negato).',
    linkLoop:
      'Il percorso gira in tondo tra collegamenti simbolici (un collegamento riporta a sé stesso): correggi o elimina il collegamento.',
    nameTooLong:
      'Il percorso è troppo lungo perché il sistema lo apra: sposta il file in una cartella con un percorso più corto, o rinominalo.',
    diskError: 'Il disco ha segnalato un errore di lettura (EIO): copia di nuovo il file, o controlla il disco.',
  },
  media: {
    truncated:
      'Il file è incompleto (manca il suo indice): l’esportazione si è interrotta o la copia non è finita. Esportalo di nuovo.',
    notAVideo: 'Questo non è un video che ffmpeg sappia leggere. Se dovrebbe esserlo, esportalo di nuovo in MP4.',
    notIsoMedia:
      'Nonostante il nome, il contenuto non è MP4/MOV. Se dovrebbe essere un video, esportalo di nuovo in MP4.',
    damaged: 'Il file non si riesce a leggere come video: è danneggiato. Esportalo di nuovo.',
    audioOnly: 'È un file solo audio: non c’è nessuna traccia video da controllare. Esporta il video con le immagini.',
    noVideoTrack: 'Il file non contiene nessuna traccia video. Esportalo di nuovo con le immagini.',
    noDuration:
      'Il file non dichiara una durata e non se ne riesce a leggere nessun fotogramma: è danneggiato o ancora in scrittura.',
    noPicture: 'Da questo file non si riesce a decodificare nessun fotogramma: è danneggiato. Esportalo di nuovo.',
    notReadable: 'Non è un file video leggibile.',
    unsupportedContainer: 'Contenitore video non supportato ({{container}}).',
    noVideoStream: 'Il file non ha una traccia video.',
  },
  process: {
    cancelled: 'Elaborazione annullata ({{step}})',
    timeout: 'Elaborazione fermata: dopo {{seconds}} s non era ancora finita ({{step}})',
    fileCancelled: 'Annullato prima che questo file fosse finito.',
    batchCancelled: 'L’analisi è stata annullata prima di arrivare a questa bozza.',
  },
  binaries: {
    cannotStart: 'Impossibile avviare {{program}} ({{path}}): {{reason}}',
    notFoundAt: '{{program}} non si trova in {{path}}. Imposta {{variable}} su un eseguibile che funziona.',
    notExecutable:
      '{{path}} non è eseguibile e non è stato possibile renderlo tale: lancia chmod +x sul file o imposta {{variable}}.',
    missing: 'Manca il programma {{program}}: installa le dipendenze (npm install) o imposta {{variable}}.',
    lacksFilters_one:
      'L’ffmpeg in uso ({{path}}) non ha il filtro {{filters}}: imposta FFMPEG_PATH su una build più completa.',
    lacksFilters_other:
      'L’ffmpeg in uso ({{path}}) non ha i filtri {{filters}}: imposta FFMPEG_PATH su una build più completa.',
  },
  store: {
    movedAside:
      'Il database della cronologia era danneggiato: è stato spostato in {{aside}} e ne è stato creato uno nuovo.',
    historyOff: 'Cronologia e cache sono disattivate: {{reason}}',
    historyOffLead: 'Cronologia e cache sono disattivate:',
    foreignFile:
      '{{path}} non è un archivio della cronologia di Preflight (è un altro tipo di file, o l’archivio di un altro programma): non è stato toccato. ' +
      'Indica con --db o PREFLIGHT_DB il nome di un file nuovo.',
    cannotOpen: 'Non si riesce ad aprire l’archivio della cronologia {{path}}: {{reason}}',
    cannotUse: 'Non si riesce a usare l’archivio della cronologia {{path}}: {{reason}}',
    cannotRead: 'Non si riesce a leggere l’archivio della cronologia {{path}}: {{reason}}',
    damaged:
      'L’archivio della cronologia {{path}} è danneggiato ({{reason}}). È stato lasciato com’è: il prossimo `preflight check` lo sposta da parte e ne crea uno nuovo.',
    newerSchema:
      'L’archivio della cronologia {{path}} è stato scritto da una versione più recente di Preflight (schema {{version}}, questa versione gestisce fino allo schema {{latest}}). ' +
      'Aggiorna Preflight, oppure usa un altro archivio con --db: il file non è stato modificato.',
    noRun: 'In {{path}} non c’è nessuna analisi n. {{run}} (vedi `preflight history`).',
    noDraftInRun: 'L’analisi n. {{run}} non contiene la bozza {{path}}.',
    incompleteResult: 'Il risultato salvato è incompleto.',
    notRescorable:
      'Il profilo {{profile}} analizza i primi {{profileSec}} s, ma l’analisi n. {{run}} ne ha misurati {{measuredSec}}: controlla di nuovo le bozze.',
  },
  report: {
    unknownFormat: 'Formato di report “{{format}}” sconosciuto: usa {{formats}}.',
    formatOfName:
      'Dal nome “{{path}}” non si capisce il formato del report: fai finire il nome con {{extensions}} oppure aggiungi --format.',
    refusedInput: 'Non scrivo su {{path}}: è una delle bozze di questo report. Non è stato scritto nulla.',
    refusedCaption: 'Non scrivo su {{path}}: è la didascalia di una bozza di questo report. Non è stato scritto nulla.',
    refusedDatabase: 'Non scrivo su {{path}}: è l’archivio della cronologia. Non è stato scritto nulla.',
    refusedNotAFile: 'Non scrivo su {{path}}: esiste già e non è un file normale. Non è stato scritto nulla.',
    refusedForeign:
      'Non scrivo su {{path}}: esiste già e non è un report di Preflight. Non è stato scritto nulla; aggiungi --force per sostituirlo.',
    cannotWrite: {
      noFolder:
        'Impossibile scrivere {{path}}: la cartella {{folder}} non esiste (creala, o indica un’altra cartella). Non è stato scritto nulla.',
      notAFolder: 'Impossibile scrivere {{path}}: {{folder}} non è una cartella. Non è stato scritto nulla.',
      diskFull: 'Impossibile scrivere {{path}}: il disco è pieno. Non è stato scritto nulla.',
      quota: 'Impossibile scrivere {{path}}: la quota del disco è esaurita. Non è stato scritto nulla.',
      denied:
        'Impossibile scrivere {{path}}: non hai il permesso di scrivere in {{folder}}. Non è stato scritto nulla.',
      readOnly: 'Impossibile scrivere {{path}}: {{folder}} è su un disco di sola lettura. Non è stato scritto nulla.',
      isFolder: 'Impossibile scrivere {{path}}: {{path}} è una cartella. Non è stato scritto nulla.',
      nameTooLong:
        'Impossibile scrivere {{path}}: il nome è troppo lungo per il disco (scegline uno più corto). Non è stato scritto nulla.',
      other: 'Impossibile scrivere {{path}}: {{reason}}. Non è stato scritto nulla.',
    },
  },
  run: {
    inProgress: 'L’analisi n. {{run}} è ancora in corso: annullala prima di eliminarla.',
    labelTooLong: 'Il nome di un’analisi può avere al massimo {{max}} caratteri (questo ne ha {{length}}).',
    incompleteHistory:
      'Nella cronologia ci sono solo {{stored}} delle {{total}} bozze dell’analisi n. {{run}} (non si è riusciti a salvarle tutte): controlla di nuovo le bozze per esportare un report completo.',
  },
};
