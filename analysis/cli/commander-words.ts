import { Help, type Argument, type Command, type Option } from 'commander';
import type { MessageKey, MessageParams, Words } from '../i18n/words.js';

/**
 * Commander writes its help titles, value notes and usage errors in English. These hooks say them
 * in the reader's language from the `cli.help` and `cli.usage` texts (whose English is commander's
 * own text, word for word). Set on the program before its commands are added: they inherit it.
 */
export function speakCommander(program: Command, words: Words): void {
  program
    .configureOutput({ outputError: (text, write) => write(sayCommanderError(text, words)) })
    .configureHelp(helpIn(words));
}

/**
 * One command's usage errors as `speakCommander` says them, each followed by the line `hint` gives
 * for it (from commander's English text), when it gives one.
 */
export function hintUnderErrors(command: Command, words: Words, hint: (error: string) => string | undefined): Command {
  return command.configureOutput({
    outputError: (text, write) => {
      write(sayCommanderError(text, words));
      const extra = hint(text);
      if (extra) write(`${extra}\n`);
    },
  });
}

/** The option commander did not know, from its error text ("error: unknown option '-x'"). */
export function unknownOptionOf(text: string): string | undefined {
  return /^error: unknown option '(?<flag>.*)'$/m.exec(text)?.groups?.flag;
}

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.globalOptions',
  'Commands:': 'cli.help.commands',
};

/** "(choices: "a", "b", default: "a")" after a description, its two words said in the reader's language. */
function withNotes(full: string, description: string, words: Words): string {
  if (!full.startsWith(description)) return full;
  const notes = full
    .slice(description.length)
    .replace(/(^ ?\(|, )choices: /, (_, lead: string) => `${lead}${words.t('cli.help.choices')}: `)
    .replace(/(^ ?\(|, )default: /, (_, lead: string) => `${lead}${words.t('cli.help.default')}: `);
  return description + notes;
}

function helpIn(words: Words): Partial<Help> {
  return {
    styleTitle(title: string): string {
      const key = TITLES[title];
      return key ? words.t(key) : title;
    },
    commandUsage(this: Help, command: Command): string {
      return Help.prototype.commandUsage
        .call(this, command)
        .replace('[options]', words.t('cli.help.usageOptions'))
        .replace('[command]', words.t('cli.help.usageCommand'));
    },
    optionDescription(this: Help, option: Option): string {
      return withNotes(Help.prototype.optionDescription.call(this, option), option.description, words);
    },
    argumentDescription(this: Help, argument: Argument): string {
      return withNotes(Help.prototype.argumentDescription.call(this, argument), argument.description, words);
    },
  };
}

/** Commander's usage errors, each with the texts its fields become (`cli.usage.*`). */
const ERRORS: Array<[RegExp, (m: Record<string, string>) => [MessageKey, MessageParams]]> = [
  [/^error: unknown option '(?<flag>.*)'$/, (m) => ['cli.usage.unknownOption', { flag: m.flag! }]],
  [/^error: unknown command '(?<name>.*)'$/, (m) => ['cli.usage.unknownCommand', { name: m.name! }]],
  [/^error: missing required argument '(?<name>.*)'$/, (m) => ['cli.usage.missingArgument', { name: m.name! }]],
  [/^error: option '(?<flags>.*)' argument missing$/, (m) => ['cli.usage.optionMissingArgument', { flags: m.flags! }]],
  [
    /^error: required option '(?<flags>.*)' not specified$/,
    (m) => ['cli.usage.missingMandatoryOption', { flags: m.flags! }],
  ],
  [
    /^error: option '(?<flags>.*?)' argument '(?<value>.*)' is invalid\. Allowed choices are (?<choices>.*)\.$/,
    (m) => ['cli.usage.invalidChoice', { flags: m.flags!, value: m.value!, choices: m.choices! }],
  ],
  [
    /^error: option '(?<flags>.*?)' argument '(?<value>.*)' is invalid\. (?<reason>.*)$/,
    (m) => ['cli.usage.invalidValue', { flags: m.flags!, value: m.value!, reason: m.reason! }],
  ],
  [
    /^error: command-argument value '(?<value>.*)' is invalid for argument '(?<name>.*?)'\. Allowed choices are (?<choices>.*)\.$/,
    (m) => ['cli.usage.invalidArgumentChoice', { value: m.value!, name: m.name!, choices: m.choices! }],
  ],
  [
    /^error: command-argument value '(?<value>.*)' is invalid for argument '(?<name>.*?)'\. (?<reason>.*)$/,
    (m) => ['cli.usage.invalidArgument', { value: m.value!, name: m.name!, reason: m.reason! }],
  ],
  [
    /^error: too many arguments for '(?<command>.*)'\. Expected (?<count>\d+) arguments? but got (?<got>\d+)\.$/,
    (m) => ['cli.usage.tooManyArgumentsFor', { command: m.command!, count: Number(m.count), got: m.got! }],
  ],
  [
    /^error: too many arguments\. Expected (?<count>\d+) arguments? but got (?<got>\d+)\.$/,
    (m) => ['cli.usage.tooManyArguments', { count: Number(m.count), got: m.got! }],
  ],
  [/^\(Did you mean one of (?<names>.*)\?\)$/, (m) => ['cli.usage.didYouMeanOneOf', { names: m.names! }]],
  [/^\(Did you mean (?<name>.*)\?\)$/, (m) => ['cli.usage.didYouMean', { name: m.name! }]],
];

/**
 * One of commander's error outputs ("error: …\n", maybe a "(Did you mean …?)" line) in the reader's
 * language; a line it does not know is left as commander wrote it.
 */
export function sayCommanderError(text: string, words: Words): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, say] of ERRORS) {
        const match = pattern.exec(line);
        if (match) return words.t(...say(match.groups ?? {}));
      }
      return line;
    })
    .join('\n');
}
