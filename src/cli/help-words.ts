// The words of `--help` in the run's language: each command's description, arguments and options by id
// (`help-<command>.description`, `.arg-<name>`, `.opt-<long flag>` in templates/messages/<lang>.yaml), and commander's
// own words around them (the headings, "default:", "choices:", the help option and command, the terms in angle
// brackets: `help.*`, `help-terms.*`), put in through commander's Help hooks. So a Dutch user reads Dutch help and
// nothing of it is written in the command files.
import type { Argument, Command, Help, Option } from 'commander';
import { messageTexts, wordMessage } from '../io/messages.js';

/** The help words of one command: `words('opt-out')` is `help-<command>.opt-out`. */
export function helpWords(command: string): (key: string, params?: Record<string, string>) => string {
  return (key, params = {}) => wordMessage({ messageId: `help-${command}.${key}`, params });
}

/** A word of commander's own around the command's words (`help.<key>`). */
function said(key: string, params: Record<string, string> = {}): string {
  return wordMessage({ messageId: `help.${key}`, params });
}

/** The headings commander writes, by what it writes. */
const HEADINGS: Record<string, string> = {
  'Usage:': 'usage',
  'Arguments:': 'arguments',
  'Options:': 'options',
  'Commands:': 'commands',
  'Global Options:': 'options',
};

/**
 * A term in angle or square brackets in the run's language, word by word (`<dir|file>` → `<map|bestand>`,
 * `[paths...]` → `[paden...]`, `<YYYY-MM-DD>` → `<JJJJ-MM-DD>`): the words of `help-terms`, others as they are.
 */
export function helpTerm(term: string): string {
  const terms = messageTexts();
  return term.replace(/[<[][^>\]]*[>\]]/g, (bracketed) =>
    bracketed.replace(/[A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z]/g, (word) => terms.get(`help-terms.${word}`) ?? word),
  );
}

/** Values as commander shows them: JSON, so a text reads "out" and a list reads as one. */
const shown = (value: unknown): string => JSON.stringify(value);

/** "(choices: …, default: …)" after a description, in the run's words. */
function withExtras(description: string, extras: readonly string[]): string {
  if (extras.length === 0) return description;
  const said = `(${extras.join(', ')})`;
  return description ? `${description} ${said}` : said;
}

/**
 * The Help settings (commander's `configureHelp`) that put the run's words in: given before any command is added,
 * so every command inherits them.
 */
export function helpInRunLanguage(): Partial<Help> {
  return {
    styleTitle: (title: string) => {
      const key = HEADINGS[title];
      return key ? said(key) : title;
    },
    styleUsage: (usage: string) =>
      usage
        .split(' ')
        .map((word) =>
          word === '[options]' ? said('options-term') : word === '[command]' ? said('command-term') : helpTerm(word),
        )
        .join(' '),
    optionTerm: (option: Option) => helpTerm(option.flags),
    argumentTerm: (argument: Argument) => {
      const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
      return helpTerm(argument.required ? `<${name}>` : `[${name}]`);
    },
    subcommandTerm: (command: Command) => {
      const args = command.registeredArguments
        .map((argument) => {
          const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
          return helpTerm(argument.required ? `<${name}>` : `[${name}]`);
        })
        .join(' ');
      const options = command.options.length > 0 ? ` ${said('options-term')}` : '';
      return `${command.name()}${options}${args ? ` ${args}` : ''}`;
    },
    optionDescription: (option: Option) => {
      const extras: string[] = [];
      if (option.argChoices) extras.push(said('choices', { choices: option.argChoices.map(shown).join(', ') }));
      const showDefault =
        option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && showDefault)
        extras.push(said('default', { value: option.defaultValueDescription ?? shown(option.defaultValue) }));
      return withExtras(option.description, extras);
    },
    argumentDescription: (argument: Argument) => {
      const extras: string[] = [];
      if (argument.argChoices) extras.push(said('choices', { choices: argument.argChoices.map(shown).join(', ') }));
      if (argument.defaultValue !== undefined)
        extras.push(said('default', { value: argument.defaultValueDescription ?? shown(argument.defaultValue) }));
      return withExtras(argument.description, extras);
    },
  };
}
