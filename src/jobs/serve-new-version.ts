// The workplace's "new version" (`clausemark serve`, /werkplek/nieuwe-versie): an adopted policy copied as the
// handleiding says a new version is started, into the `revisions/` folder beside it (policies/<org>/revisions/<name>-
// <version>.md, as the shipped example revision): the same text and fields, its version raised, `supersedes` naming
// the version it replaces, a concept again (status draft, no approvals, no `effective` date: those belong to the
// adopted text). A `review` date goes too: it was the adopted text's next review, and the new version's is counted
// from its own adoption, by the interval `review` names (kept) or else its procedure's, as check and agenda count it
// (docs/procedure.md). The adopted file is not touched; the copy is written atomically and committed by the officer.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { wordMessage } from '../io/messages.js';
import { namedKind } from '../model/kind.js';
import { loadPolicy } from '../parse/index.js';
import { editFrontmatter } from '../parse/frontmatter-edit.js';
import { proceduresFor } from '../procedure/load.js';
import { type Committed, commitChange, needOfficer, refuseChanged, WorkplaceRefusal } from './serve-actions.js';

/** The version a new version of `version` gets unless the officer names one: 1.0 → 1.1, 2 → 3, 1.0.2 → 1.0.3. */
export function nextVersion(version: string): string {
  const last = /(\d+)(\D*)$/.exec(version);
  if (!last || last.index === undefined) return `${version}.1`;
  return `${version.slice(0, last.index)}${Number(last[1]) + 1}${last[2]}`;
}

const SAFE_VERSION = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

/** Where the new version of `file` goes: the revisions/ folder beside it, named by the policy's file and version. */
export function newVersionFile(file: string, version: string): string {
  return join(dirname(file), 'revisions', `${basename(file, '.md')}-${version}.md`);
}

/** Whether the procedure of `file`'s kind names a review interval (the project at `root`); false when none is read. */
function procedureReviews(file: string, root: string): boolean {
  const kind = namedKind(loadPolicy(file).policy);
  if (!kind) return false;
  try {
    return proceduresFor(file, root).kinds[kind]?.review !== undefined;
  } catch {
    return false; // A procedure file to fix: check says what is wrong with it.
  }
}

/** What the officer is told of an adopted text's review date left out of the new version. */
function reviewDropped(date: string, old: string, file: string, root: string): string {
  const messageId = procedureReviews(file, root)
    ? 'workplace-revision-review.dropped'
    : 'workplace-revision-review.dropped-none';
  return wordMessage({ messageId, params: { date, old } });
}

export interface NewVersion {
  target: string;
  committed: Committed;
  /** What to tell of the adopted text's review date, left out of the copy. */
  review?: string;
}

/**
 * The new version of the adopted policy `file`, written beside it and committed; refused for a policy not adopted.
 * `root`: the project's, whose procedures say when the new version is reviewed.
 */
export function startNewVersion(
  folder: string,
  file: string,
  base: string,
  asked: string,
  officer: string,
  root: string,
): NewVersion {
  const who = needOfficer(officer);
  refuseChanged(file, base);
  const { meta, frontmatter } = loadPolicy(file).policy;
  if (meta.status !== 'approved')
    throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace-revision.not-adopted' }));
  const version = asked.trim() === '' ? nextVersion(meta.version) : asked.trim();
  if (!SAFE_VERSION.test(version) || version === meta.version)
    throw new WorkplaceRefusal(
      wordMessage({ messageId: 'workplace-revision.bad-version', params: { version, old: meta.version } }),
    );
  const target = newVersionFile(file, version);
  if (existsSync(target))
    throw new WorkplaceRefusal(
      wordMessage({ messageId: 'workplace-revision.exists', params: { file: basename(target), version } }),
    );
  // A date as YAML reads it (a Date) or as written in quotes.
  const review = frontmatter?.data.review;
  const written = review instanceof Date ? review.toISOString().slice(0, 10) : String(review ?? '').trim();
  const reviewDate = /^\d{4}-\d{2}-\d{2}$/.test(written) ? written : undefined;
  const text = editFrontmatter(readFileSync(file, 'utf8'), file, (doc) => {
    doc.set('version', version);
    doc.set('supersedes', meta.version);
    doc.set('status', 'draft');
    for (const adopted of ['approvals', 'effective', 'conflicts']) doc.delete(adopted);
    if (reviewDate) doc.delete('review');
    // In revisions/ the folder no longer names the organisation: the key the adopted text had is written out.
    if (meta.inferred.includes('org')) doc.set('org', meta.org);
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileAtomic(target, text);
  const organisation = meta.organisation || meta.org;
  const params = { title: meta.title, version, old: meta.version, organisation };
  return {
    target,
    committed: commitChange(folder, target, meta.lang ?? 'nl', 'workplace-revision-commit.new-version', params, who),
    ...(reviewDate ? { review: reviewDropped(reviewDate, meta.version, file, root) } : {}),
  };
}
