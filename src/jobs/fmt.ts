// `clausemark fmt [paths…]` as a library job: each policy's Markdown normalised and every clause and section given an
// ID (src/fmt/), printed (the default), checked (--check, for CI) or written back (--write, lossless and atomic).
// With --template the IDs a clause gets are the sector template's, where the clause is the template's.
import type { FileFormatResult } from '../fmt/index.js';
import { discoverPolicies } from '../io/discover.js';
import { errorById } from '../io/messages.js';
import type { Project } from '../io/project.js';

export interface FmtOptions {
  write?: boolean;
  check?: boolean;
  force?: boolean;
  template?: string;
}

export interface FmtJobResult {
  mode: 'print' | 'check' | 'write';
  results: FileFormatResult[];
}

/** --write with --check, or --force without --write: a usage error before any file is read. */
function refuseOptionClash(options: FmtOptions): void {
  if (options.write && options.check) {
    throw errorById(
      { messageId: 'bad-options.write-and-check', fixId: 'bad-options.check-or-write' },
      { place: { argument: 'fmt' } },
    );
  }
  if (options.force && !options.write) {
    throw errorById(
      { messageId: 'bad-options.force-without-write', fixId: 'bad-options.add-write' },
      { place: { argument: '--force' }, ruleId: 'bad-arguments' },
    );
  }
}

export async function fmtJob(paths: readonly string[], options: FmtOptions, project: Project): Promise<FmtJobResult> {
  refuseOptionClash(options);
  // Imported here, not at the top: the CLI registers every command and should not load the parser for `--help`.
  const { formatFiles } = await import('../fmt/index.js');
  const ids = options.template
    ? (await import('../template/adopt.js')).templateIdSource(options.template, project)
    : undefined;
  const files = discoverPolicies([...paths]);
  const mode = options.write ? 'write' : options.check ? 'check' : 'print';
  const write = { force: options.force === true, forceOption: '--force' };
  return {
    mode,
    results: formatFiles(files, { ...(ids ? { ids } : {}), mode, ...(mode === 'write' ? { write } : {}) }),
  };
}
