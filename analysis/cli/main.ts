import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { killAllProcesses } from '../media/process-registry.js';
import { DEFAULT_PROFILE_ID, PROFILES, getProfile, profileIds } from '../profiles/index.js';
import { defaultDemoDir } from './demo-dir.js';
import { EXIT_USAGE, type FailOn } from './exit-code.js';
import { REPORT_FORMATS } from '../report/formats.js';
import { readVersion } from './version.js';
import { displayText } from './terminal-text.js';

/** A commander parser for a whole number in [min, max], with the message to show otherwise. */
function integerIn(min: number, max: number, expected: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected ${expected}`);
    return n;
  };
}

const positiveInt = integerIn(1, 64, 'a whole number from 1 to 64');
const wholeNumber = integerIn(1, Number.MAX_SAFE_INTEGER, 'a whole number of 1 or more');
const portNumber = integerIn(0, 65535, 'a port number (0–65535)');
const runId = integerIn(1, Number.MAX_SAFE_INTEGER, 'a run number (see `preflight history`)');

const dbOption = (): Option =>
  new Option('--db <path>', "history database (default: PREFLIGHT_DB, else the app's userData folder)");

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const formatOption = (): Option =>
  new Option('--format <format>', 'report format, instead of the file extension').choices([...REPORT_FORMATS]);

interface CheckOptions {
  profile: string;
  json?: boolean;
  concurrency?: number;
  failOn: FailOn;
  cache: boolean;
  db?: string;
  report: string[];
  format?: string;
  sidecar?: boolean;
  force?: boolean;
}

const forceOption = (): Option =>
  new Option(
    '--force',
    'replace an existing file that is not a Preflight report (never a draft or the history database)',
  );

const profileOption = (): Option =>
  new Option('-p, --profile <id>', 'platform targets to check against')
    .choices(profileIds())
    .default(DEFAULT_PROFILE_ID);

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('preflight')
    .description('Pre-flight checks for short-form vertical video drafts (TikTok, Reels, Shorts).')
    .version(readVersion(), '-V, --version')
    .showHelpAfterError('(run preflight --help for usage)')
    .option(
      '--verbose',
      'log every ffmpeg/ffprobe command line, its duration and exit status to stderr (same as PREFLIGHT_DEBUG=1)',
    )
    .hook('preAction', (command) => {
      if (command.opts<{ verbose?: boolean }>().verbose) process.env.PREFLIGHT_DEBUG = '1';
    })
    .exitOverride();

  program
    .command('check', { isDefault: true })
    .description('check drafts (files or folders, searched recursively) and print a scorecard per draft')
    .argument('<paths...>', 'video files or folders; put -- before a name that starts with "-"')
    .addOption(profileOption())
    .option('--json', 'print one JSON document (schemaVersion 1) to stdout; progress goes to stderr')
    .option('-c, --concurrency <n>', 'drafts analysed at once (default: number of cores)', positiveInt)
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when a draft reaches this verdict')
        .choices(['warn', 'fail', 'never'])
        .default('fail'),
    )
    .option('--no-cache', 'decode every draft again, even when its measurements are stored')
    .option('-r, --report <file>', 'also write a report: .html, .pdf, .csv or .json (repeatable)', collect, [])
    .addOption(formatOption())
    .option('--sidecar', 'write <draft>.preflight.json next to each draft')
    .addOption(forceOption())
    .addOption(dbOption())
    .action(async (paths: string[], opts: CheckOptions) => {
      setExit(
        // Loaded when needed: --help, --version and the store commands never pay for the engine.
        await (
          await import('./check-command.js')
        ).runCheckCommand(paths, {
          profile: getProfile(opts.profile),
          json: Boolean(opts.json),
          concurrency: opts.concurrency,
          failOn: opts.failOn,
          cache: opts.cache,
          db: opts.db,
          reports:
            opts.report.length || opts.sidecar
              ? { files: opts.report, format: opts.format, sidecar: Boolean(opts.sidecar), force: Boolean(opts.force) }
              : undefined,
        }),
      );
    });

  program
    .command('report')
    .description('write a report of a stored run, or of one of its drafts (--draft), with the pictures the check kept')
    .argument('<run-id>', 'run number from `preflight history`', runId)
    .requiredOption('-o, --out <file>', 'the report file: .html, .pdf, .csv or .json')
    .addOption(formatOption())
    .option('--sidecar', 'write <draft>.preflight.json next to each draft')
    .option('--draft <path>', 'only this draft of the run: its scorecard to hand on')
    .addOption(forceOption())
    .addOption(dbOption())
    .action(
      async (
        id: number,
        opts: { out: string; format?: string; sidecar?: boolean; force?: boolean; db?: string; draft?: string },
      ) => {
        setExit(
          await (
            await import('./store-commands.js')
          ).runReportCommand(
            id,
            { files: [opts.out], format: opts.format, sidecar: Boolean(opts.sidecar), force: Boolean(opts.force) },
            { db: opts.db, draft: opts.draft && resolve(opts.draft) },
          ),
        );
      },
    );

  program
    .command('history')
    .description('list the stored runs, newest first')
    .option('-n, --limit <n>', 'how many runs', wholeNumber, 20)
    .option('--json', 'print the runs as JSON')
    .addOption(dbOption())
    .action(async (opts: { limit: number; json?: boolean; db?: string }) => {
      setExit(
        (await import('./store-commands.js')).runHistoryCommand({
          limit: opts.limit,
          json: Boolean(opts.json),
          db: opts.db,
        }),
      );
    });

  program
    .command('show')
    .description('print a stored run (the same table or JSON document as check)')
    .argument('<run-id>', 'run number from `preflight history`', runId)
    .option('--json', 'print the JSON document (schemaVersion 1)')
    .addOption(dbOption())
    .action(async (id: number, opts: { json?: boolean; db?: string }) => {
      setExit((await import('./store-commands.js')).runShowCommand(id, { json: Boolean(opts.json), db: opts.db }));
    });

  program
    .command('delete')
    .description('delete a stored run and its results (stored measurements stay, so a re-check is instant)')
    .argument('<run-id>', 'run number from `preflight history`', runId)
    .addOption(dbOption())
    .action(async (id: number, opts: { db?: string }) => {
      setExit((await import('./store-commands.js')).runDeleteCommand(id, { db: opts.db }));
    });

  program
    .command('label')
    .description('name a stored run in history ("" clears the name)')
    .argument('<run-id>', 'run number from `preflight history`', runId)
    .argument('<text>', 'the name or note, up to 120 characters')
    .addOption(dbOption())
    .action(async (id: number, text: string, opts: { db?: string }) => {
      setExit((await import('./store-commands.js')).runLabelCommand(id, text, { db: opts.db }));
    });

  program
    .command('rescore')
    .description('score a stored run against another profile, from its stored measurements (nothing is decoded)')
    .argument('<run-id>', 'run number from `preflight history`', runId)
    .addOption(
      new Option('-p, --profile <id>', 'platform targets to score against').choices(profileIds()).makeOptionMandatory(),
    )
    .option('--json', 'print the JSON document (schemaVersion 1)')
    .addOption(dbOption())
    .action(async (id: number, opts: { profile: string; json?: boolean; db?: string }) => {
      setExit(
        (await import('./store-commands.js')).runRescoreCommand(id, getProfile(opts.profile), {
          json: Boolean(opts.json),
          db: opts.db,
        }),
      );
    });

  program
    .command('profiles')
    .description('list the platform profiles and their main targets')
    .option('--json', 'print the profiles as JSON')
    .action((opts: { json?: boolean }) => {
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(PROFILES, null, 2)}\n`);
        return;
      }
      for (const p of PROFILES) {
        const s = p.spec;
        process.stdout.write(
          `${p.id.padEnd(11)} ${p.name}${p.id === DEFAULT_PROFILE_ID ? ' (default)' : ''}\n` +
            `            ${p.duration.minSec}–${p.duration.maxSec} s (sweet spot ${p.duration.sweetSpotSec.join('–')} s), ${s.minFps}–${s.maxFps} fps, ` +
            `${s.containers.join('/')}, ${s.videoCodecs.join('/')}, aspect ${s.aspectRatios
              .filter((a) => a.status === 'pass')
              .map((a) => a.label)
              .join(' or ')}\n`,
        );
      }
    });

  program
    .command('serve')
    .description('serve the desktop UI to a browser on this machine (loopback only, per-start token)')
    .option('--port <n>', 'port to listen on (default: a free one)', portNumber, 0)
    .option('--open', 'open the default browser')
    .addOption(dbOption())
    .action(async (opts: { port: number; open?: boolean; db?: string }) => {
      setExit(
        await (
          await import('./serve-command.js')
        ).runServeCommand({ port: opts.port, open: Boolean(opts.open), db: opts.db }),
      );
    });

  program
    .command('demo')
    .description('generate sample drafts with the bundled ffmpeg (once) and check them')
    .argument('[dir]', 'where to put the sample drafts', defaultDemoDir())
    .addOption(profileOption())
    .option('--json', 'print the JSON document instead of the table')
    .action(async (dir: string, opts: { profile: string; json?: boolean }) => {
      setExit(
        await (
          await import('./demo-command.js')
        ).runDemoCommand(dir, { profile: getProfile(opts.profile), json: Boolean(opts.json) }),
      );
    });

  return program;
}

/** Runs the CLI and returns the exit code (0 ok, 1 a draft failed, 2 usage / nothing readable). */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every usage mistake exits 2.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    killAllProcesses();
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`preflight: ${displayText(message)}\n`);
    return EXIT_USAGE;
  }
}
