// Every command of the CLI by its word, and the module that registers it (src/cli/commands/), loaded only when that
// command is run so `check` does not pay for loading pdfkit. Apart from src/cli/program.ts, which is given the table
// it runs from, so the bundler can make a bundle of the command thread with some commands alone (scripts/bundle.mjs
// reads their entries here: a `check` reads, deserialises and keeps the code of those commands, not of every
// command). Keep one entry a line, as the bundler reads them.
import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import type { CommandWord } from './command-words.js';

export type Registrar = (program: Command, context: CommandContext) => void;

/** Commands by their word, each with the import of the module that registers it. */
export type CommandTable = Record<string, () => Promise<{ register: Registrar }>>;

/** Every command word of src/cli/command-words.ts and no other: a table that differs from the list fails to compile. */
type EveryCommand = Record<CommandWord, () => Promise<{ register: Registrar }>>;

const EVERY_COMMAND = {
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
  agenda: () => import('./commands/agenda.js'),
  dossier: () => import('./commands/dossier.js'),
  acknowledge: () => import('./commands/acknowledge.js'),
} satisfies EveryCommand;

export const COMMANDS: CommandTable = EVERY_COMMAND;
