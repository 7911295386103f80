import type { cli as en } from '../en/cli.js';
import type { SameKeys } from '../../keys.js';

/** Il comando `preflight`: aiuto, errori d'uso, avanzamento, tabelle e messaggi, dando del tu. */
export const cli: SameKeys<typeof en> = {
  program: {
    description: 'Controlli prima della pubblicazione per bozze di video verticali brevi (TikTok, Reels, Shorts).',
    version: 'mostra il numero di versione',
    help: 'mostra l’aiuto del comando',
    afterError: '(lancia preflight --help per vedere come si usa)',
    verbose:
      'scrivi su stderr ogni riga di comando di ffmpeg/ffprobe, quanto è durata e come è finita (come PREFLIGHT_DEBUG=1)',
    lang: 'lingua dei testi stampati (predefinita: quella di LC_ALL, LC_MESSAGES o LANG)',
  },
  args: {
    paths: 'percorsi',
    runId: 'id-analisi',
    text: 'testo',
    dir: 'cartella',
  },
  help: {
    usage: 'Uso:',
    arguments: 'Argomenti:',
    options: 'Opzioni:',
    globalOptions: 'Opzioni globali:',
    commands: 'Comandi:',
    choices: 'valori',
    default: 'predefinito',
    usageOptions: '[opzioni]',
    usageCommand: '[comando]',
  },
  usage: {
    unknownOption: "errore: opzione sconosciuta '{{flag}}'",
    unknownCommand: "errore: comando sconosciuto '{{name}}'",
    dashName: "per controllare un file il cui nome inizia con '-', mettici -- davanti: {{command}}",
    didYouMean: '(Forse intendevi {{name}}?)',
    didYouMeanOneOf: '(Forse intendevi uno tra {{names}}?)',
    missingArgument: "errore: manca l’argomento obbligatorio '{{name}}'",
    optionMissingArgument: "errore: manca il valore dell’opzione '{{flags}}'",
    missingMandatoryOption: "errore: l’opzione obbligatoria '{{flags}}' non è stata indicata",
    invalidChoice: "errore: il valore '{{value}}' non va bene per l’opzione '{{flags}}'. Valori ammessi: {{choices}}.",
    invalidValue: "errore: il valore '{{value}}' non va bene per l’opzione '{{flags}}': {{reason}}",
    invalidArgumentChoice:
      "errore: il valore '{{value}}' non va bene per l’argomento '{{name}}'. Valori ammessi: {{choices}}.",
    invalidArgument: "errore: il valore '{{value}}' non va bene per l’argomento '{{name}}': {{reason}}",
    tooManyArguments_one: 'errore: troppi argomenti. Ne è previsto {{count}}, ne sono arrivati {{got}}.',
    tooManyArguments_other: 'errore: troppi argomenti. Ne sono previsti {{count}}, ne sono arrivati {{got}}.',
    tooManyArgumentsFor_one:
      "errore: troppi argomenti per '{{command}}'. Ne è previsto {{count}}, ne sono arrivati {{got}}.",
    tooManyArgumentsFor_other:
      "errore: troppi argomenti per '{{command}}'. Ne sono previsti {{count}}, ne sono arrivati {{got}}.",
  },
  expect: {
    wholeNumberIn: 'serve un numero intero da {{min}} a {{max}}',
    wholeNumber: 'serve un numero intero, da 1 in su',
    port: 'serve un numero di porta (0–65535)',
    runId: 'serve il numero di un’analisi (vedi `preflight history`)',
  },
  options: {
    db: 'archivio della cronologia (predefinito: PREFLIGHT_DB, altrimenti la cartella userData dell’app)',
    format: 'formato del report, al posto di quello dato dall’estensione del file',
    sidecar: 'scrivi <bozza>.preflight.json accanto a ogni bozza',
    force:
      'sostituisci un file esistente che non è un report di Preflight (mai una bozza né l’archivio della cronologia)',
    profile: 'la piattaforma di cui controllare i requisiti',
    runId: 'numero dell’analisi, da `preflight history`',
  },
  commands: {
    check: {
      description: 'controlla le bozze (file o cartelle, sottocartelle comprese) e stampa una scheda per ognuna',
      paths: 'file video o cartelle; metti -- prima di un nome che comincia con “-”',
      json: 'stampa un solo documento JSON (schemaVersion 1) su stdout; l’avanzamento va su stderr',
      concurrency: 'bozze analizzate insieme (predefinito: numero di core)',
      failOn: 'esci con 1 quando una bozza arriva a questo esito',
      noCache: 'decodifica di nuovo ogni bozza, anche se le sue misure sono già salvate',
      report: 'scrivi anche un report: .html, .pdf, .csv o .json (si può ripetere)',
      caption:
        'la didascalia da controllare con la bozza (una sola bozza; altrimenti si legge il .txt accanto a ogni bozza)',
    },
    report: {
      description:
        'scrivi il report di un’analisi salvata, o di una sola sua bozza (--draft), con le immagini conservate dall’analisi',
      out: 'il file del report: .html, .pdf, .csv o .json',
      draft: 'solo questa bozza dell’analisi: la sua scheda da passare a chi serve',
    },
    history: {
      description: 'elenca le analisi salvate, dalla più recente',
      limit: 'quante analisi mostrare',
      json: 'stampa le analisi in JSON',
    },
    show: {
      description: 'stampa un’analisi salvata (la stessa tabella o lo stesso documento JSON di check)',
      json: 'stampa il documento JSON (schemaVersion 1)',
    },
    delete: {
      description:
        'elimina un’analisi salvata e i suoi risultati (le misure restano salvate, così ricontrollare è immediato)',
    },
    label: {
      description: 'dai un nome a un’analisi nella cronologia ("" toglie il nome)',
      text: 'il nome o una nota, fino a 120 caratteri',
    },
    rescore: {
      description:
        'ricalcola il punteggio di un’analisi salvata per un altro profilo, partendo dalle misure salvate (non si decodifica niente)',
      profile: 'la piattaforma di cui usare i requisiti',
    },
    profiles: {
      description: 'elenca i profili delle piattaforme e i loro requisiti principali',
      json: 'stampa i profili in JSON',
    },
    serve: {
      description:
        'apri l’interfaccia dell’app in un browser di questo computer (solo loopback, con un token nuovo a ogni avvio)',
      port: 'porta su cui restare in ascolto (predefinita: una libera)',
      open: 'apri il browser predefinito',
    },
    demo: {
      description: 'genera delle bozze di esempio con l’ffmpeg incluso (una volta sola) e controllale',
      dir: 'dove mettere le bozze di esempio',
      json: 'stampa il documento JSON al posto della tabella',
    },
  },
  profiles: {
    default: 'predefinito',
    or: 'o',
    targets:
      '{{min}}–{{max}} s (ideale {{low}}–{{high}} s), {{minFps}}–{{maxFps}} fps, {{containers}}, {{codecs}}, proporzioni {{aspects}}',
  },
  check: {
    cancelling: 'Annullamento… (premi di nuovo Ctrl+C per uscire subito)',
    cancelled:
      'Analisi annullata: le bozze non finite risultano non controllate; avvia di nuovo l’analisi per finirle.',
    nothingChecked: 'Non è stato controllato nulla: correggi --report e avvia di nuovo l’analisi.',
    searchedIn: 'Cercato in: {{paths}}',
    notSaved: 'non è stato possibile salvare questa analisi nella cronologia: {{reason}}',
    notAllSaved: 'non è stato possibile salvare tutti i risultati nella cronologia: {{reason}}',
    saved: 'Salvata come analisi n. {{run}}.',
    savedFromCache_one:
      'Salvata come analisi n. {{run}} ({{count}} bozza su {{total}} presa dalla cache, senza decodificarla).',
    savedFromCache_other:
      'Salvata come analisi n. {{run}} ({{count}} bozze su {{total}} prese dalla cache, senza decodificarle).',
    progress: 'Analisi {bar} {percentage}% | {done}/{files} bozze | mancano {remaining} | {current}',
    captionOneDraft:
      '--caption vale per una sola bozza; per una cartella, metti ogni didascalia in un file .txt accanto alla sua bozza (finale.mp4 → finale.txt).',
    captionTooLarge: '--caption supera i 100 KB: una didascalia è di poche righe.',
  },
  table: {
    draft: 'Bozza',
    verdict: 'Esito',
    score: 'Punti',
    problems: 'Problemi',
    summary_one: '{{count}} bozza controllata per {{profile}}: {{counts}}',
    summary_other: '{{count}} bozze controllate per {{profile}}: {{counts}}',
    summaryPartly_one: '{{checked}} su {{count}} bozza controllata per {{profile}}: {{counts}}',
    summaryPartly_other: '{{checked}} su {{count}} bozze controllate per {{profile}}: {{counts}}',
    stoppedBy: {
      cancelled: '{{notChecked}} (analisi annullata)',
      interrupted: '{{notChecked}} (analisi interrotta)',
      running: '{{notChecked}} (analisi ancora in corso)',
    },
    notChecked: 'non controllata',
    none: 'nessuna',
    skipped_one: '{{skipped}} (non controllato; con --json trovi il motivo).',
    skipped_other: '{{skipped}} (non controllati; con --json trovi il motivo di ognuno).',
  },
  history: {
    columns: { run: 'n.', started: 'avviata', profile: 'profilo', status: 'stato', results: 'risultati' },
    status: { running: 'in corso', completed: 'completata', cancelled: 'annullata', interrupted: 'interrotta' },
    rescoreOf: 'punteggio ricalcolato dall’analisi n. {{run}}',
    empty: 'Ancora nessuna analisi in {{path}}. Controlla una cartella con `preflight check <cartella>`.',
    deleted_one: 'Eliminata l’analisi n. {{run}} ({{count}} bozza); le misure salvate restano.',
    deleted_other: 'Eliminata l’analisi n. {{run}} ({{count}} bozze); le misure salvate restano.',
    rescored: 'Salvata come analisi n. {{run}} (l’analisi n. {{source}} con il punteggio ricalcolato per {{profile}}).',
    off: 'Cronologia e cache disattivate: {{reason}}',
  },
  report: {
    oneFormat: '--format vale per un solo report: dai a ogni report la sua estensione.',
    drafts_one: '{{count}} bozza',
    drafts_other: '{{count}} bozze',
    timing: '{{drafts}} in {{total}}, {{perDraft}} per bozza',
    timingTotal: 'in {{total}}',
    pictures: 'Immagini per il report: {{done}}/{{total}}',
    writing: 'Scrivo {{file}} ({{drafts}})…',
    written: 'Report scritto: {{file}} ({{timing}})',
    sidecars: 'File di accompagnamento scritti: {{written}}',
    sidecarsSkipped: 'File di accompagnamento scritti: {{written}}, saltati: {{skipped}}',
    warning: 'attenzione: {{reason}}',
  },
  serve: {
    notBuilt: 'l’interfaccia non è compilata ({{dir}} non contiene index.html). Lancia prima `npm run build`.',
    running: 'Preflight è in funzione su {{url}} (solo loopback; Ctrl+C lo ferma).',
    links: 'Ogni link di accesso vale una volta sola, per 5 minuti; premi Invio qui per averne uno nuovo.',
    header: 'Gli script possono mandare l’intestazione “Authorization: Bearer {{token}}”.',
    login: 'Accedi da {{url}}',
    noBrowser: 'Impossibile aprire un browser ({{why}}): apri tu il link “Accedi da” qui sopra.',
    exited: '{{command}} è uscito con il codice {{code}}',
    stopped: 'Fermato.',
  },
  demo: {
    samples: 'Bozze di esempio in {{dir}}',
  },
};
