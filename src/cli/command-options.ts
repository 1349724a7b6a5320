// The options of check, build and diff as commander is given them (src/cli/commands/check.ts, build.ts, diff.ts;
// --format from format-option.ts, --lang and --debug from program.ts): written once, here, in a module that loads
// nothing, because the main thread reads a run's arguments by them (src/cli/startup/main-thread-run.ts) before it loads
// commander or the messages. An option is a flag, or takes a value when its definition names one (`<value>`).

/** The program's own flag, taken before the command too. */
export const DEBUG_OPTION = '--debug';
/** The language of the messages, which every command but import takes (program.ts adds it). */
export const LANG_OPTION = '--lang <language>';
/** A command's --format of its report kind's format table (format-option.ts). */
export const FORMAT_OPTION = '--format <format>';

export const CHECK_OPTIONS = {
  strict: '--strict',
  quiet: '--quiet',
  at: '--at <YYYY-MM-DD>',
} as const;

export const BUILD_OPTIONS = {
  out: '--out <dir|file>',
  brand: '--brand <name>',
  showIds: '--show-ids',
  pdfa: '--pdfa',
  format: '--format <formats>',
  jobs: '--jobs <n>',
  force: '--force',
  noSite: '--no-site',
  strict: '--strict',
  at: '--at <YYYY-MM-DD>',
} as const;

export const DIFF_OPTIONS = {
  from: '--from <rev>',
  to: '--to <rev>',
  out: '--out <file>',
  exitCode: '--exit-code',
  ignoreEditorial: '--ignore-editorial',
  brand: '--brand <name>',
  author: '--author <name>',
} as const;

/** An option's name as it is typed: `--out <dir|file>` → `--out`. */
export function optionName(definition: string): string {
  return definition.split(' ')[0] as string;
}

/** Whether an option takes a value (`--out <dir|file>`), not a flag (`--strict`). */
export function takesValue(definition: string): boolean {
  return definition.includes('<');
}
