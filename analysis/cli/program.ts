import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { LANGS } from '../i18n/lang.js';
import { logMissingKeysTo } from '../i18n/missing-keys.js';
import { english, type Words } from '../i18n/words.js';
import { killAllProcesses } from '../media/process-registry.js';
import { DEFAULT_PROFILE_ID, PROFILES, getProfile, profileIds } from '../profiles/index.js';
import type { Profile } from '../profiles/types.js';
import { shellQuote } from '../media/command-log.js';
import { hintUnderErrors, speakCommander, unknownOptionOf } from './commander-words.js';
import { defaultDemoDir } from './demo-dir.js';
import { EXIT_USAGE, type FailOn } from './exit-code.js';
import { cliLanguage, said } from './language.js';
import { REPORT_FORMATS } from '../report/formats.js';
import { readVersion } from './version.js';
import { displayText } from './terminal-text.js';

/** A commander parser for a whole number in [min, max], with the message to show otherwise. */
function integerIn(min: number, max: number, expected: () => string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(expected());
    return n;
  };
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function exists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Under "unknown option '-final.mp4'": when that "option" names a file or folder that exists, it
 * was meant as a draft, so say how to name it (`--` before it). Nothing for a real typo.
 */
function dashNameHint(error: string, words: Words): string | undefined {
  const flag = unknownOptionOf(error);
  if (!flag || !exists(flag)) return undefined;
  return words.t('cli.usage.dashName', { command: `preflight check -- ${displayText(shellQuote(flag))}` });
}

/** `PREFLIGHT_DEBUG=1` or `--verbose` (the command log's own test). */
const debugging = (argv: readonly string[]): boolean =>
  process.env.PREFLIGHT_DEBUG === '1' || process.env.PREFLIGHT_DEBUG === 'true' || argv.includes('--verbose');

/** A figure as the profile states it (15, 0.5), with the reader's decimal mark. */
function asStated(value: number, words: Words): string {
  const digits = String(value).split('.')[1]?.length ?? 0;
  return words.f.decimal(value, digits);
}

/** `preflight profiles`: each profile's main targets, two lines per profile. */
function describeProfile(p: Profile, words: Words): string {
  const s = p.spec;
  const n = (value: number): string => asStated(value, words);
  const [low, high] = p.duration.sweetSpotSec;
  const targets = words.t('cli.profiles.targets', {
    min: n(p.duration.minSec),
    max: n(p.duration.maxSec),
    low: n(low),
    high: n(high),
    minFps: n(s.minFps),
    maxFps: n(s.maxFps),
    containers: s.containers.join('/'),
    codecs: s.videoCodecs.join('/'),
    aspects: s.aspectRatios
      .filter((a) => a.status === 'pass')
      .map((a) => a.label)
      .join(` ${words.t('cli.profiles.or')} `),
  });
  const isDefault = p.id === DEFAULT_PROFILE_ID ? ` (${words.t('cli.profiles.default')})` : '';
  return `${p.id.padEnd(11)} ${p.name}${isDefault}\n            ${targets}\n`;
}

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
  caption?: string;
}

/**
 * The whole program, its help and its messages in `words`' language. `langChosen`: `--lang` was
 * given, so a stored run's report is written in it rather than in the run's own language.
 */
export function buildProgram(setExit: (code: number) => void, words: Words = english(), langChosen = false): Command {
  const t = words.t;
  const positiveInt = integerIn(1, 64, () => t('cli.expect.wholeNumberIn', { min: 1, max: 64 }));
  const wholeNumber = integerIn(1, Number.MAX_SAFE_INTEGER, () => t('cli.expect.wholeNumber'));
  const portNumber = integerIn(0, 65535, () => t('cli.expect.port'));
  const runId = integerIn(1, Number.MAX_SAFE_INTEGER, () => t('cli.expect.runId'));
  const runIdHelp = t('cli.options.runId');
  const dbOption = (): Option => new Option('--db <path>', t('cli.options.db'));
  const formatOption = (): Option =>
    new Option('--format <format>', t('cli.options.format')).choices([...REPORT_FORMATS]);
  const forceOption = (): Option => new Option('--force', t('cli.options.force'));
  const profileOption = (): Option =>
    new Option('-p, --profile <id>', t('cli.options.profile')).choices(profileIds()).default(DEFAULT_PROFILE_ID);
  const language = { words, langChosen };

  const program = new Command('preflight');
  // Help titles, value notes and usage errors in the reader's language; the commands below inherit it.
  speakCommander(program, words);
  program
    .description(t('cli.program.description'))
    .version(readVersion(), '-V, --version', t('cli.program.version'))
    .helpOption('-h, --help', t('cli.program.help'))
    .helpCommand('help [command]', t('cli.program.help'))
    .showHelpAfterError(t('cli.program.afterError'))
    .option('--verbose', t('cli.program.verbose'))
    // Read from argv before the program is built (its help is in that language); declared here for
    // --help and so that commander refuses a language it does not know, listing the choices.
    .addOption(new Option('--lang <code>', t('cli.program.lang')).choices(LANGS))
    .hook('preAction', (command) => {
      if (command.opts<{ verbose?: boolean }>().verbose) process.env.PREFLIGHT_DEBUG = '1';
    })
    .exitOverride();

  const check = program.command('check', { isDefault: true });
  // `preflight check -final.mp4`: said how to name a draft that starts with a dash.
  hintUnderErrors(check, words, (error) => dashNameHint(error, words));
  check
    .description(t('cli.commands.check.description'))
    .argument(`<${t('cli.args.paths')}...>`, t('cli.commands.check.paths'))
    .addOption(profileOption())
    .option('--json', t('cli.commands.check.json'))
    .option('-c, --concurrency <n>', t('cli.commands.check.concurrency'), positiveInt)
    .addOption(
      new Option('--fail-on <level>', t('cli.commands.check.failOn'))
        .choices(['warn', 'fail', 'never'])
        .default('fail'),
    )
    .option('--no-cache', t('cli.commands.check.noCache'))
    .option('-r, --report <file>', t('cli.commands.check.report'), collect, [])
    .option('--caption <text>', t('cli.commands.check.caption'))
    .addOption(formatOption())
    .option('--sidecar', t('cli.options.sidecar'))
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
          words,
          caption: opts.caption,
          reports:
            opts.report.length || opts.sidecar
              ? { files: opts.report, format: opts.format, sidecar: Boolean(opts.sidecar), force: Boolean(opts.force) }
              : undefined,
        }),
      );
    });

  program
    .command('report')
    .description(t('cli.commands.report.description'))
    .argument(`<${t('cli.args.runId')}>`, runIdHelp, runId)
    .requiredOption('-o, --out <file>', t('cli.commands.report.out'))
    .addOption(formatOption())
    .option('--sidecar', t('cli.options.sidecar'))
    .option('--draft <path>', t('cli.commands.report.draft'))
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
            { db: opts.db, draft: opts.draft && resolve(opts.draft), ...language },
          ),
        );
      },
    );

  program
    .command('history')
    .description(t('cli.commands.history.description'))
    .option('-n, --limit <n>', t('cli.commands.history.limit'), wholeNumber, 20)
    .option('--json', t('cli.commands.history.json'))
    .addOption(dbOption())
    .action(async (opts: { limit: number; json?: boolean; db?: string }) => {
      setExit(
        (await import('./store-commands.js')).runHistoryCommand({
          limit: opts.limit,
          json: Boolean(opts.json),
          db: opts.db,
          words,
        }),
      );
    });

  program
    .command('show')
    .description(t('cli.commands.show.description'))
    .argument(`<${t('cli.args.runId')}>`, runIdHelp, runId)
    .option('--json', t('cli.commands.show.json'))
    .addOption(dbOption())
    .action(async (id: number, opts: { json?: boolean; db?: string }) => {
      setExit(
        (await import('./store-commands.js')).runShowCommand(id, { json: Boolean(opts.json), db: opts.db, words }),
      );
    });

  program
    .command('delete')
    .description(t('cli.commands.delete.description'))
    .argument(`<${t('cli.args.runId')}>`, runIdHelp, runId)
    .addOption(dbOption())
    .action(async (id: number, opts: { db?: string }) => {
      setExit((await import('./store-commands.js')).runDeleteCommand(id, { db: opts.db, words }));
    });

  program
    .command('label')
    .description(t('cli.commands.label.description'))
    .argument(`<${t('cli.args.runId')}>`, runIdHelp, runId)
    .argument(`<${t('cli.args.text')}>`, t('cli.commands.label.text'))
    .addOption(dbOption())
    .action(async (id: number, text: string, opts: { db?: string }) => {
      setExit((await import('./store-commands.js')).runLabelCommand(id, text, { db: opts.db, words }));
    });

  program
    .command('rescore')
    .description(t('cli.commands.rescore.description'))
    .argument(`<${t('cli.args.runId')}>`, runIdHelp, runId)
    .addOption(
      new Option('-p, --profile <id>', t('cli.commands.rescore.profile')).choices(profileIds()).makeOptionMandatory(),
    )
    .option('--json', t('cli.commands.show.json'))
    .addOption(dbOption())
    .action(async (id: number, opts: { profile: string; json?: boolean; db?: string }) => {
      setExit(
        (await import('./store-commands.js')).runRescoreCommand(id, getProfile(opts.profile), {
          json: Boolean(opts.json),
          db: opts.db,
          words,
        }),
      );
    });

  program
    .command('profiles')
    .description(t('cli.commands.profiles.description'))
    .option('--json', t('cli.commands.profiles.json'))
    .action((opts: { json?: boolean }) => {
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(PROFILES, null, 2)}\n`);
        return;
      }
      for (const p of PROFILES) process.stdout.write(describeProfile(p, words));
    });

  program
    .command('serve')
    .description(t('cli.commands.serve.description'))
    .option('--port <n>', t('cli.commands.serve.port'), portNumber)
    .option('--open', t('cli.commands.serve.open'))
    .addOption(dbOption())
    .action(async (opts: { port?: number; open?: boolean; db?: string }) => {
      setExit(
        await (
          await import('./serve-command.js')
        ).runServeCommand({ port: opts.port ?? 0, open: Boolean(opts.open), db: opts.db, words }),
      );
    });

  program
    .command('demo')
    .description(t('cli.commands.demo.description'))
    .argument(`[${t('cli.args.dir')}]`, t('cli.commands.demo.dir'), defaultDemoDir())
    .addOption(profileOption())
    .option('--json', t('cli.commands.demo.json'))
    .action(async (dir: string, opts: { profile: string; json?: boolean }) => {
      setExit(
        await (
          await import('./demo-command.js')
        ).runDemoCommand(dir, { profile: getProfile(opts.profile), json: Boolean(opts.json), words }),
      );
    });

  return program;
}

/** Runs the CLI and returns the exit code (0 ok, 1 a draft failed, 2 usage / nothing readable). */
/** Builds the commands in the reader's language and runs the one argv names; the exit code comes back. */
export async function runProgram(argv: readonly string[]): Promise<number> {
  // The language first: commander's help and errors are written in it.
  const { words, chosen } = cliLanguage(argv, process.env);
  if (debugging(argv)) logMissingKeysTo((line) => process.stderr.write(`${line}\n`));
  let exitCode = 0;
  const program = buildProgram(
    (code) => {
      exitCode = code;
    },
    words,
    chosen,
  );
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every usage mistake exits 2.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    killAllProcesses();
    // Store, run and media errors carry their phrase: said again in the reader's language.
    process.stderr.write(`preflight: ${displayText(said(error, words))}\n`);
    return EXIT_USAGE;
  }
}
