// `clausemark import FILE…` as a library job: Word, PDF, HTML and text documents turned into clausemark policies
// (src/import/), each with its findings and an account of what was kept; with --into, a returned Word document
// brought back into its source. The flags are checked first: a usage error reads no file.
import { errorById } from '../io/messages.js';
import type { Project } from '../io/project.js';
import type { ImportResult } from '../import/result.js';
import { ID_PATTERN, KEY_PATTERN, slugify } from '../parse/ids.js';
import { isOutputLanguage } from '../text/output-language.js';

export interface ImportFlags {
  org?: string;
  out?: string;
  /** The document's language (nl or en); detected when not given. */
  documentLang?: string;
  force?: boolean;
  /** true, or the clause IDs whose tracked changes to accept (the others are rejected). */
  acceptChanges?: boolean | string;
  rejectChanges?: boolean | string;
  into?: string;
  dryRun?: boolean;
  template?: string;
  kind?: string;
}

/** Clause IDs given to --accept-changes or --reject-changes ("a,b c"), or undefined for the flag alone. */
function listedIds(value: boolean | string | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value.split(/[\s,]+/).filter(Boolean);
}

/** What the two flags decide: all changes one way, or the listed clauses one way and the others the other way. */
function changeDecision(options: ImportFlags): { changes: 'refuse' | 'accept' | 'reject'; changeIds?: string[] } {
  const accept = listedIds(options.acceptChanges);
  const reject = listedIds(options.rejectChanges);
  if (accept) return { changes: 'accept', changeIds: accept };
  if (reject) return { changes: 'reject', changeIds: reject };
  return { changes: options.acceptChanges ? 'accept' : options.rejectChanges ? 'reject' : 'refuse' };
}

/**
 * --accept-changes with --reject-changes (unless one of them lists clauses, the other then names the rest), a
 * --document-lang other than nl or en, a --kind that is no ID, an --org that is no key (a name typed there would be
 * written as a key that check refuses, and name the folder): usage errors.
 */
function refuseBadFlags(options: ImportFlags): void {
  const lists = [options.acceptChanges, options.rejectChanges].filter((value) => typeof value === 'string').length;
  if (options.acceptChanges && options.rejectChanges && lists !== 1) {
    throw errorById(
      { messageId: 'bad-options.accept-and-reject', fixId: 'bad-options.choose-one' },
      { place: { argument: 'import' } },
    );
  }
  const lang = options.documentLang;
  if (lang !== undefined && !isOutputLanguage(lang))
    throw errorById(
      { messageId: 'bad-options.unknown-lang', fixId: 'import-document-lang.nl-en', params: { lang } },
      { place: { argument: '--document-lang' } },
    );
  if (options.org !== undefined && !KEY_PATTERN.test(options.org)) {
    const key = slugify(options.org, Number.POSITIVE_INFINITY) || 'stichting-de-school';
    throw errorById(
      { messageId: 'bad-options.bad-org', fixId: 'bad-options.org-key', params: { org: options.org, key } },
      { place: { argument: '--org' } },
    );
  }
  if (options.kind !== undefined && !ID_PATTERN.test(options.kind)) {
    throw errorById(
      { messageId: 'bad-options.bad-kind', fixId: 'bad-options.kind-id', params: { kind: options.kind } },
      { place: { argument: '--kind' } },
    );
  }
}

/** Imports `files` in `project` as the flags say; one result per document. */
export async function importJob(
  files: readonly string[],
  options: ImportFlags,
  project: Project,
): Promise<ImportResult[]> {
  refuseBadFlags(options);
  const lang = options.documentLang;
  // Imported here, not at the top: the CLI registers every command and should not load the readers for `--help`.
  const { importDocuments } = await import('../import/index.js');
  const ids = options.template
    ? (await import('../template/adopt.js')).templateIdSource(options.template, project)
    : undefined;
  return importDocuments(files, {
    project,
    ...(ids ? { ids } : {}),
    ...(options.org ? { org: options.org } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.out ? { out: options.out } : {}),
    ...(lang && isOutputLanguage(lang) ? { lang } : {}),
    ...(options.into ? { into: options.into } : {}),
    force: options.force === true,
    dryRun: options.dryRun === true,
    ...changeDecision(options),
  });
}
