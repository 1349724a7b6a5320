// One run of clausemark as a function: parse the arguments, run one command, return the exit code. Everything the
// run says goes through the CliIO it is given (src/cli/context.ts); it never exits the process, sets
// process.exitCode or handles signals and broken pipes: that is the binary's part (src/cli/main.ts). A test, or any
// program, can so run the CLI in its own process and get the bytes a spawned `clausemark` would print.
// Commander parses arguments, each command calls one library job. Commands are imported lazily (src/cli/command-table.ts)
// so `check` does not pay for loading pdfkit.
import { Command, CommanderError, Option } from 'commander';
import { toolVersion } from '../io/version.js';
import {
  errorById,
  MESSAGE_LANGUAGES,
  type MessageIds,
  setMessageLanguage,
  told,
  wordMessage,
} from '../io/messages.js';
import type { MessageRef } from '../model/diagnostics.js';
import { type ClausemarkError, isClausemarkError } from '../model/errors.js';
import { cachesOffNotice } from './cache.js';
import type { CommandTable } from './command-table.js';
import { DEBUG_OPTION, LANG_OPTION } from './command-options.js';
import { COMMAND_ALIASES } from './command-words.js';
import { type CliIO, type CommandContext, commandContext } from './context.js';
import { languageFromArguments, languageFromLocale, messageLanguageFor } from './message-language.js';
import { helpInRunLanguage, helpTerm, helpWords } from './help-words.js';
import { failureJson, wantsColour } from './report.js';

const LANGUAGES: string[] = [...MESSAGE_LANGUAGES];

// ---- commander's own errors, in clausemark's form -----------------------------------------------------------------
// Unknown command or option, a missing or invalid option value: reported like every other mistake, as
// `clausemark: <argument>: <message>` with a `fix:` line, so a person sees one form.

/** Codes commander uses for help and version output: not errors, nothing to report. */
const INFORMATIONAL = new Set(['commander.help', 'commander.helpDisplayed', 'commander.version']);

function isInformational(error: CommanderError): boolean {
  return INFORMATIONAL.has(error.code);
}

/** The long flag of an option's flags (`-o, --out <dir>` → `--out`). */
function flagOf(flags: string): string {
  const words = flags.split(/[\s,|]+/).filter((word) => word.startsWith('-'));
  return words.find((word) => word.startsWith('--')) ?? words[0] ?? flags;
}

/** Commander's "(Did you mean --strict?)" suggestion, when it made one. */
function suggestionIn(message: string): string | undefined {
  return /\(Did you mean (?:one of )?(.+?)\?\)/.exec(message)?.[1];
}

/** The help to run: a command's options when there is one, else the list of commands. */
function helpFor(command: string | undefined): MessageRef {
  return command
    ? { messageId: 'usage.help-command', params: { command } }
    : { messageId: 'usage.help-commands', params: {} };
}

/** An unknown option: commander's suggestion when it made one, else the help to run. */
function unknownOption(flag: string, suggestion: string | undefined, command: string | undefined): MessageIds {
  const help = helpFor(command);
  return suggestion
    ? { messageId: 'usage.unknown-option', fixId: 'usage.did-you-mean-option', params: { flag, suggestion, help } }
    : { messageId: 'usage.unknown-option', fixId: help.messageId, params: { flag, ...help.params } };
}

/**
 * An option value commander refused (`option '--format <f>' argument 'xml' is invalid. …`): the flags and the value
 * it quotes, with the choices it allows or its reason as the fix. Undefined when it quotes fewer than the two.
 */
function refusedValue(
  text: string,
  quoted: readonly string[],
  command: string | undefined,
): { flags: string; ids: MessageIds } | undefined {
  if (quoted.length < 2) return undefined;
  const [flags = '', value = ''] = quoted;
  const reason = text.slice(text.indexOf('is invalid.') + 'is invalid.'.length).trim();
  const choices = /Allowed choices are (.*?)\.?$/.exec(reason)?.[1];
  const help = helpFor(command);
  const fix: Pick<MessageIds, 'fixId' | 'params'> = choices
    ? { fixId: 'usage.use-choice', params: { choices } }
    : reason
      ? { fixId: 'usage.commander-reason', params: { reason } }
      : { fixId: help.messageId, params: { ...help.params } };
  return { flags, ids: { messageId: 'usage.not-a-choice', ...fix, params: { ...fix.params, value } } };
}

/** A required argument missing, or too many given: named in the user's words, with the help to run. */
function argumentCountError(code: string, firstLine: string, command: string | undefined): ClausemarkError | undefined {
  const help = helpFor(command);
  const place = { place: { argument: command ?? 'clausemark' }, ruleId: 'usage' };
  if (code === 'commander.missingArgument') {
    const name = /'([^']*)'/.exec(firstLine)?.[1] ?? '';
    return errorById(
      {
        messageId: 'usage.argument-required',
        fixId: help.messageId,
        params: { ...help.params, name: helpTerm(`<${name}>`) },
      },
      place,
    );
  }
  if (code === 'commander.excessArguments') {
    const [expected = '', received = ''] = /Expected (\d+) arguments? but got (\d+)/.exec(firstLine)?.slice(1) ?? [];
    return errorById(
      { messageId: 'usage.too-many-arguments', fixId: help.messageId, params: { ...help.params, expected, received } },
      place,
    );
  }
  return undefined;
}

/**
 * Commander's error as a ClausemarkError naming the argument at fault, with a fix hint. `command` is the command
 * being run, when there is one, for the help to point to.
 */
function usageError(error: CommanderError, command: string | undefined): ClausemarkError {
  const text = error.message.replace(/^error: /, '');
  const firstLine = text.split('\n')[0] ?? text;
  const suggestion = suggestionIn(text);
  const make = (argument: string, ids: MessageIds): ClausemarkError =>
    errorById(ids, { place: { argument }, ruleId: 'usage' });

  const counted = argumentCountError(error.code, firstLine, command);
  if (counted) return counted;
  // Dispatch on commander's error code; the quoted words of its message name what was wrong (flag, value).
  const quoted = [...firstLine.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
  switch (error.code) {
    case 'commander.unknownCommand': {
      const name = quoted[0] ?? '';
      return make(name, {
        messageId: 'usage.unknown-command',
        ...(suggestion
          ? { fixId: 'usage.did-you-mean-command', params: { name, suggestion, help: helpFor(undefined) } }
          : { fixId: 'usage.help-commands', params: { name } }),
      });
    }
    case 'commander.unknownOption': {
      const flag = quoted[0] ?? '';
      return make(flag, unknownOption(flag, suggestion, command));
    }
    case 'commander.optionMissingArgument': {
      const flags = quoted[0] ?? '';
      return make(flagOf(flags), { messageId: 'usage.argument-missing', fixId: 'usage.give-value', params: { flags } });
    }
    case 'commander.missingMandatoryOptionValue': {
      const flags = quoted[0] ?? '';
      return make(flagOf(flags), {
        messageId: 'usage.option-required',
        ...(command
          ? { fixId: 'usage.add-option-help', params: { flags, help: helpFor(command) } }
          : { fixId: 'usage.add-option', params: { flags } }),
      });
    }
    case 'commander.invalidArgument': {
      const refused = refusedValue(text, quoted, command);
      if (!firstLine.startsWith('option ') || !refused) break;
      return make(flagOf(refused.flags), refused.ids);
    }
  }
  // Anything else (a missing argument, too many arguments …): commander's words, pointed at the command.
  const help = helpFor(command);
  return make(command ?? 'clausemark', {
    messageId: 'usage.commander',
    fixId: help.messageId,
    params: { ...help.params, words: firstLine.replace(/\.$/, '') },
  });
}

/** `--format json` (or `--format=json`) on the command line: a program reads the output. */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((arg, index) => arg === '--format=json' || (arg === '--format' && argv[index + 1] === 'json'));
}

/**
 * A failure, told on the run's standard error in clausemark's form (exit code 2). With --format json, a clausemark
 * error is also written to standard output by id (messageId, fixId, params), for the program reading that output.
 */
export function reportFailure(error: unknown, argv: readonly string[], context: CommandContext): void {
  const debug = argv.includes('--debug');
  if (isClausemarkError(error)) {
    if (wantsJson(argv)) context.out(failureJson(error.finding));
    context.err(`clausemark: ${told(error)}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    context.err(
      `clausemark: internal error: ${message}\n  This is a bug in clausemark; please report it with the command you ran.${debug ? '' : ' (--debug shows details)'}`,
    );
  }
  // --debug: the stack, and the stack of the error it was made from (a template's Handlebars error, …).
  for (let at: unknown = error; debug && at instanceof Error; at = at.cause) if (at.stack) context.err(at.stack);
  context.exitCode = 2;
}

/**
 * Runs one command of `commands` (src/cli/command-table.ts: every command, or in the light bundle of the command
 * thread only its commands, scripts/bundle.mjs) in `context` and returns its exit code (also left in
 * context.exitCode). `argv` is shaped like process.argv: the program and script first, then the arguments.
 */
export async function runInContext(
  argv: readonly string[],
  context: CommandContext,
  commands: CommandTable,
): Promise<number> {
  const { io } = context;
  const args = argv.slice(2);
  // The run's language first, so every message of it, a settings file's own error too, is worded in it.
  setMessageLanguage(languageFromArguments(args) ?? languageFromLocale(process.env));
  try {
    setMessageLanguage(messageLanguageFor(args, context.project));
    const words = helpWords('program');
    // Caches that were not turned off but are not safe to use are off for this run: one line says why.
    const cachesOff = cachesOffNotice();
    if (cachesOff) io.stderr.write(`clausemark: ${wordMessage(cachesOff)}\n`);
    const program = new Command('clausemark')
      // The run's words in the help, before any command is added (commands inherit them): src/cli/help-words.ts.
      .configureHelp(helpInRunLanguage())
      .helpOption('-h, --help', words('opt-help'))
      .helpCommand('help [command]', words('help-command'))
      .description(words('description'))
      .version(toolVersion(), '-V, --version', words('opt-version'))
      .option(DEBUG_OPTION, words('opt-debug'))
      .exitOverride()
      // Errors are printed by reportFailure in clausemark's form; help goes to the run's stdout/stderr as commander
      // writes it, as wide as the terminal when it is one (commander's own rule, asked of the run's streams).
      .configureOutput({
        writeOut: (text) => void io.stdout.write(text),
        writeErr: (text) => void io.stderr.write(text),
        getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : undefined) ?? 80,
        getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : undefined) ?? 80,
        getOutHasColors: () => wantsColour(io.stdout),
        getErrHasColors: () => wantsColour(io.stderr),
        outputError: () => undefined,
      });
    // Register only the command being run (plus all of them for --help), so start-up loads little.
    const typed = args.find((arg) => !arg.startsWith('-'));
    const wanted = typed !== undefined && Object.hasOwn(COMMAND_ALIASES, typed) ? COMMAND_ALIASES[typed] : typed;
    const versionOnly = wanted === undefined && args.some((arg) => arg === '--version' || arg === '-V');
    const names = wanted && wanted in commands ? [wanted] : versionOnly ? [] : Object.keys(commands);
    for (const name of names) (await commands[name]?.())?.register(program, context);
    // Every command takes --lang for the language of its messages (read above, before any was worded); import's
    // document language is its --document-lang.
    for (const command of program.commands)
      if (!command.options.some((option) => option.long === '--lang'))
        command.addOption(new Option(LANG_OPTION, words('opt-lang')).choices(LANGUAGES));
    try {
      await program.parseAsync([...argv]);
    } catch (error) {
      if (!(error instanceof CommanderError)) throw error;
      // --help and --version exit 0 (help shown for a missing command: 2); argument errors exit 2 with a message.
      if (isInformational(error)) context.exitCode = error.exitCode === 0 ? 0 : 2;
      else reportFailure(usageError(error, wanted && wanted in commands ? wanted : undefined), argv, context);
    }
  } catch (error) {
    reportFailure(error, argv, context);
  }
  return context.exitCode;
}

/** Runs one command of `commands` with its output going to `io` and returns its exit code. */
export function runClausemark(argv: readonly string[], io: CliIO, commands: CommandTable): Promise<number> {
  return runInContext(argv, commandContext(io), commands);
}
