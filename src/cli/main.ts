#!/usr/bin/env node
// The thin shell: commander parses arguments, each command calls one library function. Commands are imported
// lazily so `check` does not pay for loading pdfkit.
import { Command, CommanderError } from 'commander';
import { ClausemarkError, isClausemarkError } from '../model/errors.js';
import { finishWritesOnSignals } from '../io/atomic.js';
import { toolVersion } from '../io/version.js';

type Registrar = (program: Command) => void;

const COMMANDS: Record<string, () => Promise<{ register: Registrar }>> = {
  check: () => import('./commands/check.js'),
  approve: () => import('./commands/approve.js'),
  build: () => import('./commands/build.js'),
  fmt: () => import('./commands/fmt.js'),
  start: () => import('./commands/start.js'),
  diff: () => import('./commands/diff.js'),
  compare: () => import('./commands/compare.js'),
  confirm: () => import('./commands/confirm.js'),
  textconv: () => import('./commands/textconv.js'),
  'git-diff': () => import('./commands/git-diff.js'),
  adapt: () => import('./commands/adapt.js'),
  deviations: () => import('./commands/deviations.js'),
  upgrade: () => import('./commands/upgrade.js'),
  serve: () => import('./commands/serve.js'),
  import: () => import('./commands/import.js'),
};

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

function helpFor(command: string | undefined): string {
  return command ? `run \`clausemark ${command} --help\` for its options` : 'run `clausemark --help` for the commands';
}

/**
 * Commander's error as a ClausemarkError naming the argument at fault, with a fix hint. `command` is the command
 * being run, when there is one, for the help to point to.
 */
function usageError(error: CommanderError, command: string | undefined): ClausemarkError {
  const text = error.message.replace(/^error: /, '');
  const firstLine = text.split('\n')[0] ?? text;
  const suggestion = suggestionIn(text);
  const make = (message: string, argument: string, hint: string): ClausemarkError =>
    new ClausemarkError(message, { place: { argument }, hint, ruleId: 'usage' });

  // Dispatch on commander's error code; the quoted words of its message name what was wrong (flag, value).
  const quoted = [...firstLine.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
  switch (error.code) {
    case 'commander.unknownCommand': {
      const name = quoted[0] ?? '';
      const hint = suggestion
        ? `did you mean \`clausemark ${suggestion}\`? (${helpFor(undefined)})`
        : helpFor(undefined);
      return make(`unknown command '${name}'`, name, hint);
    }
    case 'commander.unknownOption': {
      const flag = quoted[0] ?? '';
      const hint = suggestion ? `did you mean ${suggestion}? (${helpFor(command)})` : helpFor(command);
      return make(`unknown option '${flag}'`, flag, hint);
    }
    case 'commander.optionMissingArgument': {
      const flags = quoted[0] ?? '';
      return make('argument missing', flagOf(flags), `give the option a value: ${flags}`);
    }
    case 'commander.missingMandatoryOptionValue': {
      const flags = quoted[0] ?? '';
      return make('this option is required', flagOf(flags), `add ${flags}${command ? ` (${helpFor(command)})` : ''}`);
    }
    case 'commander.invalidArgument': {
      if (quoted.length < 2 || !firstLine.startsWith('option ')) break;
      const [flags = '', value = ''] = quoted;
      const reason = text.slice(text.indexOf('is invalid.') + 'is invalid.'.length).trim();
      const choices = /Allowed choices are (.*?)\.?$/.exec(reason)?.[1];
      return make(
        `'${value}' is not a value this option takes`,
        flagOf(flags),
        choices ? `use one of: ${choices}` : reason || helpFor(command),
      );
    }
  }
  // Anything else (a missing argument, too many arguments …): commander's words, pointed at the command.
  return make(firstLine.replace(/\.$/, ''), command ?? 'clausemark', helpFor(command));
}

/** `--format json` (or `--format=json`) on the command line: a program reads the output. */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((arg, index) => arg === '--format=json' || (arg === '--format' && argv[index + 1] === 'json'));
}

async function reportFailure(error: unknown, debug: boolean): Promise<void> {
  if (isClausemarkError(error)) {
    // For a program, the failure by id on stdout too (diff, compare, deviations, check --format json).
    if (wantsJson(process.argv)) {
      const { failureJson } = await import('./report.js');
      process.stdout.write(`${failureJson(error.finding)}\n`);
    }
    console.error(`clausemark: ${error.format()}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `clausemark: internal error: ${message}\n  This is a bug in clausemark; please report it with the command you ran.${debug ? '' : ' (--debug shows details)'}`,
    );
  }
  if (debug && error instanceof Error && error.stack) console.error(error.stack);
  process.exitCode = 2;
}

export async function main(argv: string[]): Promise<void> {
  finishWritesOnSignals();
  const debug = argv.includes('--debug');
  const program = new Command('clausemark')
    .description('Policy documents as code: check, format, build, diff and compare structured Markdown policies.')
    .version(toolVersion(), '-V, --version', "print clausemark's version")
    .option('--debug', 'show stack traces for internal errors')
    .exitOverride()
    // Errors are printed by reportFailure in clausemark's form; help still goes to stdout/stderr as commander writes it.
    .configureOutput({ writeErr: (text) => process.stderr.write(text), outputError: () => undefined });
  // Register only the command being run (plus all of them for --help), so start-up loads little.
  const wanted = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const versionOnly = wanted === undefined && argv.slice(2).some((arg) => arg === '--version' || arg === '-V');
  const names = wanted && wanted in COMMANDS ? [wanted] : versionOnly ? [] : Object.keys(COMMANDS);
  for (const name of names) {
    const load = COMMANDS[name];
    if (load) (await load()).register(program);
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0 (help shown for a missing command: 2); argument errors exit 2 with a message.
      if (isInformational(error)) process.exitCode = error.exitCode === 0 ? 0 : 2;
      else await reportFailure(usageError(error, wanted && wanted in COMMANDS ? wanted : undefined), debug);
      return;
    }
    await reportFailure(error, debug);
  }
}

// A reader that stops early (`clausemark diff … | head`) closes the pipe: that is not an error, just stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv).catch((error: unknown) => reportFailure(error, process.argv.includes('--debug')));
