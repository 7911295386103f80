/**
 * The `preflight` command (English): help, usage errors, progress, tables and messages. Italian:
 * ../it/cli.ts, same keys. These English texts are what the CLI printed before it spoke any other
 * language, word for word: scripts and tests read them.
 */
export const cli = {
  /** The program and its global options. */
  program: {
    description: 'Pre-flight checks for short-form vertical video drafts (TikTok, Reels, Shorts).',
    version: 'output the version number',
    help: 'display help for command',
    /** Printed under every usage error. */
    afterError: '(run preflight --help for usage)',
    verbose:
      'log every ffmpeg/ffprobe command line, its duration and exit status to stderr (same as PREFLIGHT_DEBUG=1)',
    lang: 'language of what is printed (default: from LC_ALL, LC_MESSAGES or LANG)',
  },
  /** Commander's own words in `--help`. */
  /** The arguments' names in usage lines and help ("preflight check [options] <paths...>"). */
  args: {
    paths: 'paths',
    runId: 'run-id',
    text: 'text',
    dir: 'dir',
  },
  help: {
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    globalOptions: 'Global Options:',
    commands: 'Commands:',
    /** Before an option's allowed values: "(choices: "warn", "fail", "never", default: "fail")". */
    choices: 'choices',
    default: 'default',
    /** The usage line's placeholders: "preflight [options] [command]". */
    usageOptions: '[options]',
    usageCommand: '[command]',
  },
  /**
   * Commander's usage errors, said again in the reader's language (English: exactly commander's
   * text). flags: "--lang <code>"; value: what was typed; reason: one of `expect` below.
   */
  usage: {
    unknownOption: "error: unknown option '{{flag}}'",
    unknownCommand: "error: unknown command '{{name}}'",
    /** Under unknownOption when the "option" is an existing file; command: "preflight check -- -final.mp4". */
    dashName: "to check a file whose name starts with '-', put -- before it: {{command}}",
    didYouMean: '(Did you mean {{name}}?)',
    didYouMeanOneOf: '(Did you mean one of {{names}}?)',
    missingArgument: "error: missing required argument '{{name}}'",
    optionMissingArgument: "error: option '{{flags}}' argument missing",
    missingMandatoryOption: "error: required option '{{flags}}' not specified",
    invalidChoice: "error: option '{{flags}}' argument '{{value}}' is invalid. Allowed choices are {{choices}}.",
    invalidValue: "error: option '{{flags}}' argument '{{value}}' is invalid. {{reason}}",
    invalidArgumentChoice:
      "error: command-argument value '{{value}}' is invalid for argument '{{name}}'. Allowed choices are {{choices}}.",
    invalidArgument: "error: command-argument value '{{value}}' is invalid for argument '{{name}}'. {{reason}}",
    /** count: the arguments the command takes; got: how many were given. */
    tooManyArguments_one: 'error: too many arguments. Expected {{count}} argument but got {{got}}.',
    tooManyArguments_other: 'error: too many arguments. Expected {{count}} arguments but got {{got}}.',
    tooManyArgumentsFor_one:
      "error: too many arguments for '{{command}}'. Expected {{count}} argument but got {{got}}.",
    tooManyArgumentsFor_other:
      "error: too many arguments for '{{command}}'. Expected {{count}} arguments but got {{got}}.",
  },
  /** Why a number given on the command line was refused. */
  expect: {
    wholeNumberIn: 'expected a whole number from {{min}} to {{max}}',
    wholeNumber: 'expected a whole number of 1 or more',
    port: 'expected a port number (0–65535)',
    runId: 'expected a run number (see `preflight history`)',
  },
  /** Options several commands share. */
  options: {
    db: "history database (default: PREFLIGHT_DB, else the app's userData folder)",
    format: 'report format, instead of the file extension',
    sidecar: 'write <draft>.preflight.json next to each draft',
    force: 'replace an existing file that is not a Preflight report (never a draft or the history database)',
    profile: 'platform targets to check against',
    runId: 'run number from `preflight history`',
  },
  commands: {
    check: {
      description: 'check drafts (files or folders, searched recursively) and print a scorecard per draft',
      paths: 'video files or folders; put -- before a name that starts with "-"',
      json: 'print one JSON document (schemaVersion 1) to stdout; progress goes to stderr',
      concurrency: 'drafts analysed at once (default: number of cores)',
      failOn: 'exit 1 when a draft reaches this verdict',
      noCache: 'decode every draft again, even when its measurements are stored',
      report: 'also write a report: .html, .pdf, .csv or .json (repeatable)',
      caption: 'the caption to check with the draft (one draft only; otherwise the .txt beside each draft is read)',
    },
    report: {
      description:
        'write a report of a stored run, or of one of its drafts (--draft), with the pictures the check kept',
      out: 'the report file: .html, .pdf, .csv or .json',
      draft: 'only this draft of the run: its scorecard to hand on',
    },
    history: {
      description: 'list the stored runs, newest first',
      limit: 'how many runs',
      json: 'print the runs as JSON',
    },
    show: {
      description: 'print a stored run (the same table or JSON document as check)',
      json: 'print the JSON document (schemaVersion 1)',
    },
    delete: {
      description: 'delete a stored run and its results (stored measurements stay, so a re-check is instant)',
    },
    label: {
      description: 'name a stored run in history ("" clears the name)',
      text: 'the name or note, up to 120 characters',
    },
    rescore: {
      description: 'score a stored run against another profile, from its stored measurements (nothing is decoded)',
      profile: 'platform targets to score against',
    },
    profiles: {
      description: 'list the platform profiles and their main targets',
      json: 'print the profiles as JSON',
    },
    serve: {
      description: 'serve the desktop UI to a browser on this machine (loopback only, per-start token)',
      port: 'port to listen on (default: a free one)',
      open: 'open the default browser',
    },
    demo: {
      description: 'generate sample drafts with the bundled ffmpeg (once) and check them',
      dir: 'where to put the sample drafts',
      json: 'print the JSON document instead of the table',
    },
  },
  /** `preflight profiles`. */
  profiles: {
    default: 'default',
    /** The word between the accepted shapes: "9:16 or 4:5". */
    or: 'or',
    targets:
      '{{min}}–{{max}} s (sweet spot {{low}}–{{high}} s), {{minFps}}–{{maxFps}} fps, {{containers}}, {{codecs}}, aspect {{aspects}}',
  },
  /** `preflight check` (and `demo`). */
  check: {
    cancelling: 'Cancelling… (press Ctrl+C again to quit at once)',
    cancelled: 'Cancelled: the drafts not finished are counted as not checked; check again to finish them.',
    /** After a --report target was refused, before any draft was decoded. */
    nothingChecked: 'Nothing was checked: change --report and run the check again.',
    /** paths: what was named on the command line, comma separated. */
    searchedIn: 'In: {{paths}}',
    notSaved: 'this check could not be saved to history: {{reason}}',
    notAllSaved: 'the results could not all be saved to history: {{reason}}',
    saved: 'Saved as run {{run}}.',
    /** count: drafts whose measurements came from the cache; total: drafts checked. */
    savedFromCache_one: 'Saved as run {{run}} ({{count}} of {{total}} from the cache, not decoded).',
    savedFromCache_other: 'Saved as run {{run}} ({{count}} of {{total}} from the cache, not decoded).',
    /** The progress bar: {bar}, {percentage}, {done}, {files}, {remaining} and {current} are the bar's own fields. */
    progress: 'Checking {bar} {percentage}% | {done}/{files} drafts | ETA {remaining} | {current}',
    captionOneDraft:
      '--caption goes with exactly one draft; for a folder, put each caption in a .txt file beside its draft (final.mp4 → final.txt).',
    captionTooLarge: '--caption is over 100 KB: a caption is a few lines.',
  },
  /** The table of drafts and the lines under it. */
  table: {
    draft: 'Draft',
    verdict: 'Verdict',
    score: 'Score',
    /** A terminal too narrow for a column per check: one column lists the checks that did not pass. */
    problems: 'Problems',
    /** counts: the counts above, comma separated, or `none`. */
    summary_one: '{{count}} draft checked for {{profile}}: {{counts}}',
    summary_other: '{{count}} drafts checked for {{profile}}: {{counts}}',
    /** The summary when some drafts were not checked (a cancel): checked, of count planned. */
    summaryPartly_one: '{{checked}} of {{count}} draft checked for {{profile}}: {{counts}}',
    summaryPartly_other: '{{checked}} of {{count}} drafts checked for {{profile}}: {{counts}}',
    /** notChecked: the app's "9 not checked"; then how the run ended (the run statuses of `history`). */
    stoppedBy: {
      cancelled: '{{notChecked}} (cancelled)',
      interrupted: '{{notChecked}} (interrupted)',
      running: '{{notChecked}} (still running)',
    },
    /** The verdict cell of a draft a cancel stopped. */
    notChecked: 'not checked',
    none: 'none',
    /** skipped: the batch's "3 files skipped: 2 images, 1 document" line; count: the files skipped. */
    skipped_one: '{{skipped}} (not checked; --json lists them with the reason).',
    skipped_other: '{{skipped}} (not checked; --json lists them with the reason).',
  },
  /** `preflight history`, `label`, `show`, `delete`, `rescore`. */
  history: {
    /** The column titles of the runs table. */
    columns: { run: 'run', started: 'started', profile: 'profile', status: 'status', results: 'results' },
    status: { running: 'running', completed: 'completed', cancelled: 'cancelled', interrupted: 'interrupted' },
    rescoreOf: 're-score of run {{run}}',
    empty: 'No runs yet in {{path}}. Check a folder with `preflight check <folder>`.',
    deleted_one: 'Deleted run {{run}} ({{count}} draft); stored measurements are kept.',
    deleted_other: 'Deleted run {{run}} ({{count}} drafts); stored measurements are kept.',
    rescored: 'Saved as run {{run}} (run {{source}} re-scored for {{profile}}).',
    /** reason: why the database could not be opened. */
    off: 'History and cache are off: {{reason}}',
  },
  /** `--report`, `--sidecar` and `preflight report`. */
  report: {
    oneFormat: '--format applies to one report; name each report with its own extension instead.',
    drafts_one: '{{count}} draft',
    drafts_other: '{{count}} drafts',
    /** drafts: "49 drafts"; total: "3.2 s" or "420 ms"; perDraft: "65 ms". */
    timing: '{{drafts}} in {{total}}, {{perDraft}} per draft',
    timingTotal: 'in {{total}}',
    pictures: 'Taking pictures for the report: {{done}}/{{total}}',
    writing: 'Writing {{file}} ({{drafts}})…',
    written: 'Report written: {{file}} ({{timing}})',
    sidecars: 'Sidecars written: {{written}}',
    sidecarsSkipped: 'Sidecars written: {{written}}, skipped: {{skipped}}',
    warning: 'warning: {{reason}}',
  },
  /** `preflight serve`. */
  serve: {
    notBuilt: 'the UI is not built ({{dir}} has no index.html). Run `npm run build` first.',
    running: 'Preflight is running at {{url}} (loopback only; Ctrl+C stops it).',
    links: 'Each login link works once, for 5 minutes; press Enter here for a new one.',
    header: 'Scripts can send the header "Authorization: Bearer {{token}}".',
    login: 'Log in at {{url}}',
    noBrowser: 'Could not open a browser ({{why}}): open the "Log in at" link above yourself.',
    exited: '{{command}} exited with code {{code}}',
    stopped: 'Stopped.',
  },
  /** `preflight demo`. */
  demo: {
    samples: 'Sample drafts in {{dir}}',
  },
};
