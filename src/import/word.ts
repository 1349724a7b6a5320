// `import` of a Word document clausemark built (docs/word-rondgang.md): the document as it came back (theirs, own.ts)
// written into the Markdown it was built from, clause by clause (into.ts). The Markdown written into is the
// --into file, else the source the document carries; the text the document was built from (the merge's base) is
// the carried source, else the --into file's own text or a version in its git history whose hash the document
// records. Tracked changes are proposals, decided per clause; comments are kept beside their clause.
import { basename, resolve } from 'node:path';
import { blobAt, fileVersions, gitFile } from '../io/git.js';
import { withFileLock } from '../io/lock.js';
import { editedFile, writeFileAtomic } from '../io/atomic.js';
import { decodeSource, encodeSource, readSource, type SourceText } from '../io/read.js';
import type { CheckFinding, MessageParams } from '../model/diagnostics.js';
import type { Clause, Policy, PolicyMeta } from '../model/policy.js';
import { errorById, saidDate } from '../io/messages.js';
import { allClauses } from '../model/walk.js';
import { sourceHash } from '../model/word-source.js';
import { parsePolicy } from '../parse/index.js';
import { accountWords } from './account.js';
import type { OwnDocument, ReadDocument, WordComment } from './blocks.js';
import { valuesOf } from './clause-value.js';
import { asDraft, historyFindings } from './history.js';
import type { CommentPlace } from './comment-notes.js';
import { bringInto, type IntoReport } from './into.js';
import { structureText, theirText, type TheirText } from './own.js';
import { checkOutput, targetOf, type ImportOptions, type ImportResult, type WordNotes } from './result.js';

/** Versions of the --into file's history searched for the one the document was built from. */
const HISTORY_LIMIT = 500;

/** Where the text the document was built from was found. */
export type BaseFound = 'carried' | 'target' | 'history' | 'none';

/** The version of `file` in git whose text has `hash`, newest first; undefined when none has. */
function versionWithHash(file: string, hash: string): string | undefined {
  const tracked = gitFile(file);
  if (!tracked) return undefined;
  for (const version of fileVersions(tracked).slice(0, HISTORY_LIMIT)) {
    try {
      const text = decodeSource(blobAt(tracked, version.commit, version.path), file).text;
      if (sourceHash(text) === hash) return text;
    } catch {
      // A version git cannot read, or one that is no text: not the one.
    }
  }
  return undefined;
}

/** The text the document was built from, and where it was found. */
function findBase(
  own: OwnDocument,
  ours: string | undefined,
  into: string | undefined,
): { text?: string; found: BaseFound } {
  if (own.carried !== undefined) return { text: own.carried, found: 'carried' };
  if (own.hash && ours !== undefined && sourceHash(ours) === own.hash) return { text: ours, found: 'target' };
  const old = own.hash && into ? versionWithHash(into, own.hash) : undefined;
  return old !== undefined ? { text: old, found: 'history' } : { found: 'none' };
}

/**
 * A paragraph without a bookmark whose text is exactly a clause of the base that the document no longer has under
 * its ID (LibreOffice renames a copied bookmark, an editor drops one on cut and paste; Word cuts a name after 40
 * characters): that clause, under its ID. Returns the renamed text and what was recognised.
 */
function recognise(
  theirs: TheirText,
  base: Policy | undefined,
  path: string,
): { theirs: TheirText; recognised: { from: string; to: string }[] } {
  if (!base) return { theirs, recognised: [] };
  const inTheirs = new Set(allClauses(theirs.policy).map(({ clause }) => clause.id));
  const baseValues = valuesOf(base);
  const missing = new Map<string, Clause>();
  for (const { clause } of allClauses(base)) if (!inTheirs.has(clause.id)) missing.set(clause.id, clause);
  if (missing.size === 0) return { theirs, recognised: [] };
  const theirValues = valuesOf(theirs.policy);
  const fresh = new Set(theirs.fresh);
  const recognised: { from: string; to: string }[] = [];
  for (const { clause } of allClauses(theirs.policy)) {
    const value = theirValues.clause(clause);
    const truncated =
      !fresh.has(clause.id) && clause.id.length >= 40
        ? [...missing.keys()].filter((id) => id.startsWith(clause.id))
        : [];
    const same = fresh.has(clause.id)
      ? [...missing].filter(([, old]) => baseValues.clause(old) === value).map(([id]) => id)
      : truncated;
    if (same.length !== 1) continue;
    const to = same[0] as string;
    missing.delete(to);
    recognised.push({ from: clause.id, to });
  }
  if (recognised.length === 0) return { theirs, recognised };
  let output = theirs.output;
  for (const { from, to } of recognised) output = output.replace(`{#${from}}`, `{#${to}}`);
  const parsed = parsePolicy(output, { path });
  const renamed = new Map(recognised.map(({ from, to }) => [from, to]));
  return {
    theirs: {
      ...theirs,
      output,
      parsed,
      policy: parsed.policy,
      ids: new Map([...theirs.ids].map(([key, id]) => [key, renamed.get(id) ?? id])),
      fresh: theirs.fresh.filter((id) => !renamed.has(id)),
    },
    recognised,
  };
}

/** A finding of the import report about the Word document, at line 1 of the written file. */
function finding(
  ruleId: string,
  messageId: string,
  fixId: string,
  params: MessageParams,
  severity: 'warning' | 'error' = 'warning',
): CheckFinding {
  return {
    ruleId,
    severity,
    messageId,
    fixId,
    params,
    place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  };
}

/** The line of a clause in the written text, so a finding stands where the person will look. */
function placed(result: CheckFinding, policy: Policy, id: string): CheckFinding {
  const clause = allClauses(policy).find((visit) => visit.clause.id === id)?.clause;
  const line = clause?.idPosition?.start.line ?? clause?.position.start.line;
  return line ? { ...result, place: { start: { line, column: 1 }, end: { line, column: 1 } } } : result;
}

const excerpt = (text: string): string => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** What a proposal changes in a clause: the words that differ, with two words around them, on each side. */
export function changedWords(before: string, after: string): { before: string; after: string } {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const from = Math.max(0, start - 2);
  const piece = (words: string[]): string => {
    const to = Math.min(words.length, words.length - end + 2);
    const text = words.slice(from, to).join(' ');
    return `${from > 0 ? '… ' : ''}${excerpt(text)}${to < words.length ? ' …' : ''}`;
  };
  return { before: a.length === 0 ? '' : piece(a), after: b.length === 0 ? '' : piece(b) };
}

/** The import report of a Word round trip: what was brought in, what Word proposed and commented, what conflicts. */
function wordFindings(
  report: IntoReport,
  own: OwnDocument,
  ids: ReadonlyMap<string, string>,
  recognised: readonly { from: string; to: string }[],
  policy: Policy,
  base: BaseFound,
): CheckFinding[] {
  const out: CheckFinding[] = [];
  const at = (id: string, entry: CheckFinding): void => {
    out.push(placed(entry, policy, id));
  };
  if (base === 'none') out.push(finding('import-word', 'import-word.no-base', 'import-word.check-conflicts', {}));
  for (const id of report.changed)
    at(id, finding('import-word', 'import-word.changed', 'import-word.check-diff', { id }));
  for (const id of report.formatted)
    at(id, finding('import-word', 'import-word.formatted', 'import-word.check-diff', { id }));
  for (const id of report.added) at(id, finding('import-word', 'import-word.added', 'import-word.check-diff', { id }));
  for (const id of report.removed)
    out.push(finding('import-word', 'import-word.removed', 'import-word.check-diff', { id }));
  for (const id of report.moved) at(id, finding('import-word', 'import-word.moved', 'import-word.check-diff', { id }));
  for (const id of report.renamed)
    out.push(finding('import-word', 'import-word.renamed', 'import-word.check-diff', { id }));
  for (const id of report.sectionsAdded)
    out.push(finding('import-word', 'import-word.section-added', 'import-word.check-diff', { id }));
  for (const id of report.sectionsRemoved)
    out.push(finding('import-word', 'import-word.section-removed', 'import-word.check-diff', { id }));
  for (const { from, to } of recognised)
    at(to, finding('import-word', 'import-word.recognised', 'import-word.check-diff', { id: to, name: from }));
  for (const item of report.notBrought)
    out.push(finding('import-word', 'import-word.not-brought', 'import-word.by-hand', { id: item }));
  for (const { id, kind } of report.conflicts)
    at(id, finding('import-conflict', `import-conflict.${kind}`, 'import-conflict.resolve', { id }, 'error'));
  out.push(...proposalFindings(own, ids, policy), ...commentFindings(own, ids, policy, report.comments));
  return out;
}

/** Each proposal (tracked change) by its clause with its authors and dates. */
function proposalFindings(own: OwnDocument, ids: ReadonlyMap<string, string>, policy: Policy): CheckFinding[] {
  const out: CheckFinding[] = [];
  const at = (id: string, entry: CheckFinding): void => {
    out.push(placed(entry, policy, id));
  };
  for (const proposal of own.proposals) {
    const id = ids.get(proposal.clause) ?? proposal.clause;
    const words = changedWords(proposal.before, proposal.after);
    const params = {
      id,
      authors: proposal.authors.join(', ') || '?',
      dates: proposal.dates.map(saidDate).join(', ') || '?',
      before: words.before || '—',
      after: words.after || '—',
    };
    const [messageId, fixId] =
      proposal.decision === 'open'
        ? ['import-proposal.open', 'import-proposal.decide']
        : [
            `import-proposal.${proposal.decision}ed`,
            `import-proposal.${proposal.decision === 'accept' ? 'reject' : 'accept'}-instead`,
          ];
    at(id, finding('import-proposal', messageId, fixId, params));
  }
  return out;
}

/** The report's word of each comment: where it was kept (beside its clause, under a heading, under the title). */
function commentFindings(
  own: OwnDocument,
  ids: ReadonlyMap<string, string>,
  policy: Policy,
  places: ReadonlyMap<string, CommentPlace>,
): CheckFinding[] {
  const out: CheckFinding[] = [];
  const at = (id: string, entry: CheckFinding): void => {
    out.push(placed(entry, policy, id));
  };
  for (const comment of own.comments) {
    const id = ids.get(comment.clause) ?? comment.clause;
    const place = places.get(id) ?? 'clause';
    const messageId = place === 'clause' ? 'import-comment.kept' : `import-comment.kept-${place}`;
    at(
      id,
      finding('import-comment', messageId, 'import-comment.resolve', {
        id,
        author: comment.author || '?',
        date: comment.date ?? '?',
        text: excerpt(comment.text),
      }),
    );
    if (comment.named)
      at(
        id,
        finding('import-comment', 'import-comment.controls-named', 'import-comment.check-named', {
          id,
          count: comment.named,
        }),
      );
  }
  return out;
}

/** The Word comments as the HTML comments kept beside their clause: "Word: author, date: text". */
function commentNotes(comments: readonly WordComment[], ids: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const comment of comments) {
    const id = ids.get(comment.clause) ?? comment.clause;
    const note = `Word: ${[comment.author, comment.date].filter(Boolean).join(', ')}: ${comment.text}`;
    out.set(id, [...(out.get(id) ?? []), note]);
  }
  return out;
}

/** Brings the document in: the text to write, and the report. Reads the --into file (under its lock when writing). */
function bringIn(
  file: string,
  read: ReadDocument,
  own: OwnDocument,
  options: ImportOptions,
  ours: SourceText | undefined,
  path: string,
) {
  const into = options.into ? resolve(options.cwd ?? process.cwd(), options.into) : undefined;
  const base = findBase(own, ours?.text, into);
  const basePolicy = base.text !== undefined ? parsePolicy(base.text, { path }).policy : undefined;
  const oursText = ours?.text ?? base.text;
  // Without a target of its own (or one holding the very base text) ours is the base: the same text, read once.
  const oursPolicy =
    oursText === base.text ? basePolicy : oursText !== undefined ? parsePolicy(oursText, { path }).policy : undefined;
  const otherOrganisation = into && oursPolicy ? samePolicy(file, into, own, oursPolicy) : [];
  const adopted = into !== undefined && oursPolicy?.meta.status === 'approved';
  const taken = new Set([
    ...(oursPolicy ? allClauses(oursPolicy).map(({ clause }) => clause.id) : []),
    ...(basePolicy ? allClauses(basePolicy).map(({ clause }) => clause.id) : []),
  ]);
  const first = theirText(read, own, path, taken);
  const { theirs, recognised } = recognise(first, basePolicy, path);
  const comments = commentNotes(own.comments, theirs.ids);
  const label = basename(file);
  const merged = bringInto(
    oursPolicy
      ? {
          ours: oursPolicy,
          ...(basePolicy ? { base: basePolicy } : {}),
          theirs: theirs.policy,
          fresh: new Set(theirs.fresh),
          label,
          comments,
          ...(options.intoConflicts ? { conflicts: options.intoConflicts } : {}),
        }
      : // Nothing to write into: the document's own text, its comments kept beside their clauses.
        { ours: theirs.policy, theirs: theirs.policy, base: theirs.policy, fresh: new Set(), label, comments },
  );
  const { source: output, report } = merged;
  return { output, report, theirs, recognised, found: base.found, otherOrganisation, adopted };
}

/** The policy the document says it is, from the frontmatter it carries. */
function documentMeta(own: OwnDocument): PolicyMeta {
  const frontmatter = own.frontmatter ?? own.carried ?? '';
  return parsePolicy(`${frontmatter.replace(/\n*$/, '')}\n`, { path: 'frontmatter.md' }).policy.meta;
}

/** A field both name: the policy id or organisation key each states, none inferred from a file name. */
const stated = (meta: PolicyMeta, field: 'id' | 'org' | 'organisation'): string | undefined =>
  meta.inferred.includes(field) ? undefined : meta[field];

/**
 * --into merges only into the policy the document was made from: another policy id is refused, naming both (its
 * text would be written into the other policy as edits nobody made); another organisation is a warning (a policy
 * adopted from another school's copy is the same policy).
 */
function samePolicy(file: string, into: string, own: OwnDocument, ours: Policy): CheckFinding[] {
  const theirs = documentMeta(own);
  const [docId, intoId] = [stated(theirs, 'id'), stated(ours.meta, 'id')];
  if (docId !== undefined && intoId !== undefined && docId !== intoId)
    throw errorById(
      {
        messageId: 'import-refused.into-other-policy',
        fixId: 'import-refused.into-its-source',
        params: { file: basename(file), id: docId, into: basename(into), intoId },
      },
      { place: { file } },
    );
  const docOrg = stated(theirs, 'org') ?? stated(theirs, 'organisation');
  const intoOrg = stated(ours.meta, 'org') ?? stated(ours.meta, 'organisation');
  if (docOrg === undefined || intoOrg === undefined || docOrg === intoOrg) return [];
  return [
    finding('import-word', 'import-word.other-organisation', 'import-word.check-organisation', {
      file: basename(file),
      organisation: theirs.organisation || docOrg,
      into: basename(into),
      intoOrganisation: ours.meta.organisation || intoOrg,
    }),
  ];
}

/** Imports a clausemark Word document: into the --into file, or as a new policy file. */
/** What the proposals and comments say, by the clause IDs they ended up under (for the board pack). */
function wordNotesOf(own: OwnDocument, ids: ReadonlyMap<string, string>): WordNotes {
  return {
    proposals: own.proposals.map((proposal) => ({
      clause: ids.get(proposal.clause) ?? proposal.clause,
      authors: proposal.authors,
      dates: proposal.dates,
      before: proposal.before,
      after: proposal.after,
      accepted: proposal.decision === 'accept',
    })),
    comments: own.comments.map((comment) => ({
      clause: ids.get(comment.clause) ?? comment.clause,
      author: comment.author,
      ...(comment.date ? { date: comment.date } : {}),
      text: comment.text,
    })),
  };
}

/** How many clauses and sections the document changed, added, removed and moved, and how many conflict. */
function broughtCounts(report: IntoReport): NonNullable<ImportResult['brought']> {
  return {
    changed: report.changed.length + report.renamed.length,
    added: report.added.length + report.sectionsAdded.length,
    removed: report.removed.length + report.sectionsRemoved.length,
    moved: report.moved.length,
    conflicts: report.conflicts.length,
  };
}

interface WordWork {
  file: string;
  read: ReadDocument;
  own: OwnDocument;
  options: ImportOptions;
}

/** The policy the document gives, written into `ours` when there is one, with its report. */
function computeWord({ file, read, own, options }: WordWork, ours: SourceText | undefined, target: string) {
  const result = bringIn(file, read, own, options, ours, target);
  // Written as the document says it (nothing to bring it into, or nothing changed there): theirs is already parsed.
  const parsed =
    result.output === result.theirs.output ? result.theirs.parsed : parsePolicy(result.output, { path: target });
  // An adopted source whose text the document changes: its adoption no longer covers the text written. A comment
  // kept as an HTML comment is no policy text, and changes no adoption.
  const counts = broughtCounts(result.report);
  const lapsed =
    ours !== undefined && result.adopted && counts.changed + counts.added + counts.removed + counts.moved > 0;
  const findings = [
    ...(lapsed
      ? [
          finding(
            'import-word',
            'import-word.adoption-lapsed',
            'import-word.adopt-again',
            { target: basename(target) },
            'error',
          ),
        ]
      : []),
    ...result.otherOrganisation,
    ...wordFindings(result.report, own, result.theirs.ids, result.recognised, parsed.policy, result.found),
    ...checkOutput(parsed, options),
  ];
  return {
    output: result.output,
    findings,
    accounting: accountWords(read.sourceText, result.output, structureText(read.blocks), [], read.notesText),
    brought: { ...counts, ...(lapsed ? { lapsed: true } : {}) },
    word: {
      ...wordNotesOf(own, result.theirs.ids),
      base: result.found,
      // The source changed after the document was made from it: what differs may be the source's own later edits.
      ...(ours && own.hash !== undefined && sourceHash(ours.text) !== own.hash ? { sourceMoved: true } : {}),
      ...(own.hash !== undefined ? { sourceHash: own.hash } : {}),
      ...(ours ? { conflicts: result.report.conflicts } : {}),
    },
    meta: { approvals: parsed.policy.meta.approvals },
  };
}

/** import --into: the document brought into its Markdown source, written atomically under the file's lock. */
function intoSource(work: WordWork, into: string): ImportResult {
  const { file, options } = work;
  const run = (): ImportResult => {
    const ours = readSource(into);
    const computed = computeWord(work, ours, into);
    const changed = computed.output !== ours.text;
    if (!options.dryRun && changed)
      writeFileAtomic(into, encodeSource(computed.output, ours), {
        edit: true,
        ...(options.force ? { force: true, forceOption: '--force' } : { forceOption: '--force' }),
      });
    return {
      file,
      target: into,
      output: computed.output,
      meta: computed.meta,
      findings: computed.findings,
      dropped: [],
      accounting: computed.accounting,
      written: !options.dryRun && changed,
      brought: computed.brought,
      word: computed.word,
    };
  };
  return options.dryRun ? run() : withFileLock(editedFile(into), run);
}

export function importWord(file: string, read: ReadDocument, own: OwnDocument, options: ImportOptions): ImportResult {
  const work: WordWork = { file, read, own, options };
  const cwd = options.cwd ?? process.cwd();
  if (options.into) return intoSource(work, resolve(cwd, options.into));
  const frontmatter = own.frontmatter ?? own.carried ?? '';
  const meta = parsePolicy(`${frontmatter.replace(/\n*$/, '')}\n`, { path: 'frontmatter.md' }).policy.meta;
  const target = targetOf(file, meta.id, options.org ?? meta.org, options);
  const computed = computeWord(work, undefined, target);
  // A new policy from the document: a draft, whatever approvals the document carries (history.ts). Brought --into
  // its source, the source's own approvals are the source's (intoSource).
  const draft = asDraft(computed.output);
  const findings =
    draft.output === computed.output
      ? computed.findings
      : [
          ...computed.findings.filter((finding) => finding.ruleId.startsWith('import-')),
          ...historyFindings(draft.history),
          ...checkOutput(parsePolicy(draft.output, { path: target }), options),
        ];
  return {
    file,
    target,
    output: draft.output,
    meta: { approvals: [], ...(draft.history.length > 0 ? { history: draft.history } : {}) },
    findings,
    dropped: [],
    accounting: computed.accounting,
    written: false,
    word: computed.word,
  };
}
