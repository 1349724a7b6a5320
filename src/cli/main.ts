#!/usr/bin/env node
// The thin shell: commander parses arguments, each command calls one library function. Commands are imported
// lazily so `check` does not pay for loading pdfkit.
import { Command, CommanderError } from 'commander';
import { isClausemarkError } from '../model/errors.js';

type Registrar = (program: Command) => void;

const COMMANDS: Record<string, () => Promise<{ register: Registrar }>> = {
  check: () => import('./commands/check.js'),
  approve: () => import('./commands/approve.js'),
  build: () => import('./commands/build.js'),
  fmt: () => import('./commands/fmt.js'),
  start: () => import('./commands/start.js'),
  diff: () => import('./commands/diff.js'),
  compare: () => import('./commands/compare.js'),
  textconv: () => import('./commands/textconv.js'),
  'git-diff': () => import('./commands/git-diff.js'),
  adapt: () => import('./commands/adapt.js'),
  deviations: () => import('./commands/deviations.js'),
  upgrade: () => import('./commands/upgrade.js'),
  serve: () => import('./commands/serve.js'),
};

function reportFailure(error: unknown, debug: boolean): void {
  if (isClausemarkError(error)) {
    console.error(`clausemark: ${error.format()}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`clausemark: internal error: ${message}\n  This is a bug in clausemark; please report it with the command you ran.${debug ? '' : ' (--debug shows details)'}`);
  }
  if (debug && error instanceof Error && error.stack) console.error(error.stack);
  process.exitCode = 2;
}

export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  const program = new Command('clausemark')
    .description('Policy documents as code: check, format, build, diff and compare structured Markdown policies.')
    .option('--debug', 'show stack traces for internal errors')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  // Register only the command being run (plus all of them for --help), so start-up loads little.
  const wanted = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const names = wanted && wanted in COMMANDS ? [wanted] : Object.keys(COMMANDS);
  for (const name of names) {
    const load = COMMANDS[name];
    if (load) (await load()).register(program);
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message; --help and --version exit 0, argument errors exit 2.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    reportFailure(error, debug);
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
