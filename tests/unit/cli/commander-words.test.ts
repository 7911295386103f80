import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import {
  hintUnderErrors,
  sayCommanderError,
  speakCommander,
  unknownOptionOf,
} from '../../../analysis/cli/commander-words.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';

/** What commander itself writes for one mistake (its English, untouched). */
function commanderSays(build: (program: Command) => void, args: string[]): string {
  let said = '';
  const program = new Command('preflight')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, outputError: (text) => (said += text) });
  build(program);
  try {
    program.parse(args, { from: 'user' });
  } catch {
    // exitOverride throws after writing the error
  }
  return said;
}

const withCommands = (program: Command): void => {
  program
    .command('check')
    .argument('<paths...>')
    .option('--json')
    .option('-c, --concurrency <n>', '', () => {
      throw new InvalidArgumentError('expected a whole number from 1 to 64');
    });
  program.command('show').argument('<run-id>').option('--json');
  program
    .command('rescore')
    .argument('<run-id>')
    .addOption(new Option('-p, --profile <id>').choices(['tiktok', 'reels']).makeOptionMandatory());
  program.command('demo').addArgument(new Argument('<kind>').choices(['a', 'b']));
  program.addOption(new Option('--lang <code>').choices(['en', 'it']));
};

const MISTAKES: Array<[string, string[]]> = [
  ['unknown option', ['check', 'a.mp4', '--jsn']],
  ['unknown command', ['chek', 'a.mp4']],
  ['missing argument', ['show']],
  ['option missing its value', ['check', 'a.mp4', '--concurrency']],
  ['mandatory option', ['rescore', '3']],
  ['invalid choice', ['--lang', 'fr', 'show', '3']],
  ['invalid value', ['check', 'a.mp4', '--concurrency', '0']],
  ['invalid argument choice', ['demo', 'c']],
  ['too many arguments', ['show', '3', '4']],
];

describe("commander's words", () => {
  it.each(MISTAKES)('%s: English is exactly what commander writes; Italian is translated', (_, args) => {
    const text = commanderSays(withCommands, args);
    expect(text).toMatch(/^error: /);
    expect(sayCommanderError(text, english())).toBe(text);
    const italian = sayCommanderError(text, wordsFor('it'));
    expect(italian).toMatch(/^errore: /);
    expect(italian).not.toMatch(/\b(error|unknown|missing|invalid|Allowed|Expected|Did you mean)\b/);
  });

  it('keeps what was typed and lists the allowed choices', () => {
    const text = commanderSays(withCommands, ['--lang', 'fr', 'show', '3']);
    expect(sayCommanderError(text, wordsFor('it'))).toBe(
      "errore: il valore 'fr' non va bene per l’opzione '--lang <code>'. Valori ammessi: en, it.\n",
    );
  });

  it('a suggestion line is translated too, an unknown line is left as it is', () => {
    const text = commanderSays(withCommands, ['check', 'a.mp4', '--jsno']);
    expect(text).toContain('(Did you mean --json?)');
    expect(sayCommanderError(text, wordsFor('it'))).toBe(
      "errore: opzione sconosciuta '--jsno'\n(Forse intendevi --json?)\n",
    );
    expect(sayCommanderError('something else\n', wordsFor('it'))).toBe('something else\n');
  });

  it('a hint follows the errors of the one command it is set on', () => {
    let said = '';
    const program = new Command('preflight').exitOverride();
    speakCommander(program, wordsFor('it'));
    program.configureOutput({ writeErr: () => undefined, outputError: (text, write) => write(text) });
    const check = program.command('check').argument('<paths...>');
    program.command('show').argument('<run-id>');
    const capture = { writeErr: (text: string) => (said += text) };
    hintUnderErrors(check, wordsFor('it'), (error) => `hint for ${unknownOptionOf(error)}`).configureOutput(capture);
    program.commands[1]!.configureOutput(capture);
    const attempt = (args: string[]): string => {
      said = '';
      try {
        program.parse(args, { from: 'user' });
      } catch {
        // exitOverride throws after writing the error
      }
      return said;
    };
    expect(attempt(['check', '-x.mp4'])).toBe("errore: opzione sconosciuta '-x.mp4'\nhint for -x.mp4\n");
    expect(attempt(['show', '-x.mp4'])).not.toContain('hint');
  });

  it("unknownOptionOf reads the option from commander's English error", () => {
    expect(unknownOptionOf("error: unknown option '-final.mp4'\n")).toBe('-final.mp4');
    expect(unknownOptionOf("error: unknown command 'chek'\n")).toBeUndefined();
  });

  it("help titles and value notes in the reader's language", () => {
    const help = (lang: 'en' | 'it'): string => {
      const program = new Command('preflight');
      speakCommander(program, wordsFor(lang));
      program
        .command('check')
        .addOption(new Option('--fail-on <level>', 'when').choices(['warn', 'fail']).default('fail'));
      return program.commands[0]!.helpInformation();
    };
    expect(help('en')).toContain('Usage: preflight check');
    expect(help('en')).toContain('when (choices: "warn", "fail", default: "fail")');
    expect(help('en')).toContain('Usage: preflight check [options]');
    expect(help('it')).toContain('Uso: preflight check [opzioni]');
    expect(help('it')).toContain('Opzioni:');
    expect(help('it')).toContain('when (valori: "warn", "fail", predefinito: "fail")');
  });
});
