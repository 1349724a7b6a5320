// The CLI's command words, apart from the table that imports their modules (src/cli/command-table.ts), so that a
// module the command thread loads first (src/cli/startup/code-cache.ts names each command's code cache by its word) can tell
// a command from a mistyped word without pulling in every command's imports. The table's type holds it to this list.

export const COMMAND_WORDS = [
  'check',
  'approve',
  'build',
  'fmt',
  'start',
  'diff',
  'compare',
  'confirm',
  'textconv',
  'git-diff',
  'adapt',
  'deviations',
  'upgrade',
  'serve',
  'import',
  'agenda',
  'dossier',
  'acknowledge',
] as const;

export type CommandWord = (typeof COMMAND_WORDS)[number];

/** Other words for a command, as the office says it (commander's alias): `kennisname` is `acknowledge`. */
export const COMMAND_ALIASES: Readonly<Record<string, CommandWord>> = { kennisname: 'acknowledge' };

const WORDS: ReadonlySet<string> = new Set(COMMAND_WORDS);

/** Whether `word` is one of the CLI's commands. */
export function isCommandWord(word: string | undefined): word is CommandWord {
  return word !== undefined && WORDS.has(word);
}
