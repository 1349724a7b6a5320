// A returned Word document brought back into its source from the workplace (`clausemark serve`,
// /werkplek/terugbrengen): first `import --into --dry-run` (nothing written) reads what it proposes, remarks and
// conflicts with, shown per article; the officer accepts or rejects the proposals of each article; then `import
// --into` with `--accept-changes` of the accepted articles (the others rejected) writes the source and the change is
// committed. Both are import's own job: nothing of the merge is decided here. The document waits in memory between the
// two steps (a few at a time, under a random name), never in policies/. What import's report says once saved is told as
// done, each article by its number, section and opening words, not by its ID.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { UploadedFile } from '../io/form-data.js';
import { wordMessage } from '../io/messages.js';
import type { Project } from '../io/project.js';
import type { ImportResult } from '../import/result.js';
import { allClauses } from '../model/walk.js';
import { loadPolicy } from '../parse/index.js';
import { importJob } from './import.js';
import { articleName, broughtLine, previewLine } from './serve-returned-names.js';
import { type Committed, commitChange, needOfficer, refuseChanged, WorkplaceRefusal } from './serve-actions.js';
import { fileHash } from './serve-policies.js';

interface Pending {
  file: string;
  upload: UploadedFile;
  base: string;
}

/** Documents waiting for the officer's decision; the oldest forgotten first. */
const PENDING_LIMIT = 8;
const pending = new Map<string, Pending>();

/** One article of the returned document: its proposals (tracked changes) and comments. */
export interface ReturnedArticle {
  clause: string;
  /** The article as the officer knows it: its number and section, or its ID. */
  name: string;
  proposals: { authors: string[]; dates: string[]; before: string; after: string }[];
  comments: { author: string; date?: string; text: string }[];
}

export interface ReturnedConflict {
  clause: string;
  name: string;
  source: string;
  word: string;
}

export interface ReturnedPreview {
  id: string;
  file: string;
  filename: string;
  base: string;
  articles: ReturnedArticle[];
  conflicts: ReturnedConflict[];
  /** What import's report says besides (changed, added, moved articles, …), worded as what saving will do. */
  lines: string[];
}

/** The text Word proposes for a clause in conflict: the quote import --dry-run writes below the source's text. */
function wordTextOf(output: string, filename: string, clause: string): string {
  const lines = output.split('\n');
  const head = lines.findIndex((line) => line.includes(`CONFLICT (Word: ${filename}, ${clause})`));
  if (head < 0) return '';
  const quoted: string[] = [];
  for (const line of lines.slice(head + 1)) {
    const inner = /^\s*>\s?(.*)$/.exec(line);
    if (!inner) break;
    quoted.push(inner[1] ?? '');
  }
  return quoted.join('\n').trim();
}

async function imported(
  entry: Pending,
  project: Project,
  decide: { acceptChanges?: boolean | string; rejectChanges?: boolean; dryRun?: boolean },
): Promise<ImportResult> {
  const temp = mkdtempSync(join(tmpdir(), 'clausemark-returned-'));
  try {
    const document = join(temp, basename(entry.upload.filename) || 'teruggekomen.docx');
    writeFileSync(document, entry.upload.data);
    const [result] = await importJob([document], { into: entry.file, ...decide }, project);
    if (!result) throw new Error('import gave no result');
    return result;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function previewOf(id: string, entry: Pending, result: ImportResult): ReturnedPreview {
  const { policy } = loadPolicy(entry.file);
  const articles = new Map<string, ReturnedArticle>();
  const article = (clause: string): ReturnedArticle => {
    let found = articles.get(clause);
    if (!found) {
      found = { clause, name: articleName(policy, clause), proposals: [], comments: [] };
      articles.set(clause, found);
    }
    return found;
  };
  for (const { clause, authors, dates, before, after } of result.word?.proposals ?? [])
    article(clause).proposals.push({ authors, dates, before, after });
  for (const { clause, author, date, text } of result.word?.comments ?? [])
    article(clause).comments.push({ author, ...(date ? { date } : {}), text });
  const conflicts = result.findings
    .filter((finding) => finding.ruleId === 'import-conflict')
    .map((finding) => String(('params' in finding ? finding.params?.id : undefined) ?? ''))
    .filter((clause, index, all) => clause !== '' && all.indexOf(clause) === index)
    .map((clause) => ({
      clause,
      name: articleName(policy, clause),
      source: allClauses(policy).find((visit) => visit.clause.id === clause)?.clause.text ?? '',
      word: wordTextOf(result.output, basename(entry.upload.filename), clause),
    }));
  // Proposals, comments and conflicts are shown by article above; the rest of import's report is told in words, as
  // what saving will do (nothing is saved yet).
  const shown = new Set(['import-conflict', 'import-proposal', 'import-comment']);
  const lines = result.findings
    .filter((finding) => !shown.has(finding.ruleId))
    .map((finding) => previewLine(finding, policy));
  return {
    id,
    file: entry.file,
    filename: entry.upload.filename,
    base: entry.base,
    articles: [...articles.values()],
    conflicts,
    lines,
  };
}

/** Reads what a returned document brings to the policy `file` (import --into --dry-run), and keeps it for the decision. */
export async function previewReturned(
  file: string,
  upload: UploadedFile,
  base: string,
  project: Project,
): Promise<ReturnedPreview> {
  refuseChanged(file, base);
  if (!/\.docx$/i.test(upload.filename))
    throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace-returned.not-docx' }));
  const entry = { file, upload, base };
  const result = await imported(entry, project, { dryRun: true });
  const id = randomBytes(12).toString('hex');
  pending.set(id, entry);
  while (pending.size > PENDING_LIMIT) pending.delete(pending.keys().next().value as string);
  return previewOf(id, entry, result);
}

export interface ReturnedDecision {
  /** The articles whose proposals are accepted; those of every other article are rejected. */
  accepted: string[];
  /** Every article with proposals, as the preview listed them. */
  listed: string[];
}

/** The waiting document brought into its source with the officer's decision per article, and committed. */
export async function bringReturned(
  folder: string,
  id: string,
  decision: ReturnedDecision,
  officer: string,
  project: Project,
): Promise<{ file: string; result: ImportResult; lines: string[]; committed?: Committed }> {
  const who = needOfficer(officer);
  const entry = pending.get(id);
  if (!entry) throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace-returned.gone' }));
  refuseChanged(entry.file, entry.base);
  const accepted = decision.accepted.filter((clause) => decision.listed.includes(clause));
  const decide =
    decision.listed.length === 0 || accepted.length === decision.listed.length
      ? { acceptChanges: true }
      : accepted.length === 0
        ? { rejectChanges: true }
        : { acceptChanges: accepted.join(',') };
  const before = fileHash(entry.file);
  const was = loadPolicy(entry.file).policy;
  const result = await imported(entry, project, decide);
  pending.delete(id);
  const now = loadPolicy(entry.file).policy;
  // Comments are kept in the source as they were shown by article on the preview; the rest is told as done.
  const lines = result.findings
    .filter((finding) => finding.ruleId !== 'import-comment')
    .map((finding) => broughtLine(finding, [now, was]));
  if (!result.written || fileHash(entry.file) === before) return { file: entry.file, result, lines };
  const { meta } = now;
  const params = {
    title: meta.title,
    version: meta.version,
    organisation: meta.organisation || meta.org,
    file: basename(entry.upload.filename),
    accepted: String(accepted.length),
    rejected: String(decision.listed.length - accepted.length),
  };
  const key = decision.listed.length === 0 ? 'brought' : 'decided';
  const committed = commitChange(
    folder,
    entry.file,
    meta.lang ?? 'nl',
    `workplace-revision-commit.${key}`,
    params,
    who,
  );
  return { file: entry.file, result, lines, committed };
}
