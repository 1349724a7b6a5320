// `import`: a foreign document (text, Word, PDF) → a clausemark policy. Readers turn each format into blocks,
// the frontmatter reader takes what the document states about itself, one writer (through fmt) writes the policy,
// and every word of the source is accounted for: in the policy, in order, or in the report as dropped.
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { findProject } from '../io/project.js';
import { proceduresFor } from '../procedure/load.js';
import type { SectorProcedures } from '../procedure/types.js';
import { settleSteps } from './approvals.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { CheckFinding } from '../model/diagnostics.js';
import { inMegabytes, inputLimits, LIMIT_VARIABLES, limitInMegabytes } from '../io/limits.js';
import { errorById, wordMessage } from '../io/messages.js';
import { readCapped } from '../io/read.js';
import { isClausemarkError } from '../model/errors.js';
import { NUMBERING_LEVELS, type PolicyNumbering } from '../model/numbering.js';
import { parsePolicy } from '../parse/index.js';
import { slugify } from '../parse/ids.js';
import { accountWords, words, type Accounting } from './account.js';
import {
  blockText,
  counted,
  type Block,
  type Decision,
  type OwnDocument,
  type ReadDocument,
  type SourcePlace,
} from './blocks.js';
import { asDraft, historyFindings } from './history.js';
import { plainHeadings } from './heading-emphasis.js';
import { keepSignatureBreaks } from './letter-closings.js';
import { theirText } from './own.js';
import { importWord } from './word.js';
import { extractMeta, stillApplying, type ImportedMeta } from './meta.js';
import { reportedDateFields } from './field-dates.js';
import { markPlaceholders } from './readers/docx-fill-ins.js';
import { fillInDecisions, LEFT_OUT_FILL_INS, runningFillIns, statedFillIns } from './fill-ins.js';
import { policyKinds } from '../parse/kinds.js';
import { pickReader } from './readers/index.js';
import { realMarkers } from './real-markers.js';
import { numberingDecisions } from './numbering-check.js';
import { reportFindings } from './report.js';
import { type ListPattern, listsByOwner, typedNumbering } from './typed-numbering.js';
import { type PolicyHeader, writePolicy } from './write.js';
import { checkOutput, targetOf, type DroppedText, type ImportOptions, type ImportResult } from './result.js';
import { detectLanguage } from '../text/language.js';
import { DEFAULT_DOCUMENT_LANGUAGE, isOutputLanguage, outputLanguage, primarySubtag } from '../text/output-language.js';

export { broughtSummary, importSummary } from './summary.js';
export type { DroppedText, ImportOptions, ImportResult } from './result.js';

/**
 * The language of the document's text (src/text/language.ts), as one clausemark writes its words in: a text too
 * short to tell is taken to be in the default language, one in another language gets English labels.
 */
function languageOfText(text: string): 'nl' | 'en' {
  return outputLanguage(detectLanguage(text) ?? DEFAULT_DOCUMENT_LANGUAGE);
}

/** A language the document states (`lang: en`, `<html lang="nl-NL">`), when it is one clausemark writes. */
function statedLanguage(lang: string | undefined): 'nl' | 'en' | undefined {
  const code = primarySubtag(lang ?? '');
  return isOutputLanguage(code) ? code : undefined;
}

/** The typed number each block holds as structure ("Artikel 3", "1.2", "a)"): a real item marker, a heading's. */
function typedNumbers(blocks: readonly Block[]): Map<Block, string> {
  const numbers = realMarkers(blocks);
  for (const block of blocks) if (block.kind === 'heading' && block.marker) numbers.set(block, block.marker);
  return numbers;
}

/**
 * In source order: the text left out (`dropped`), and the text the policy holds as structure (its numbers). A typed
 * number the policy prints otherwise ("4." printed "3") is not held by it: it is left out, and listed in the report
 * where import-numbering names it.
 */
const accountedText = (
  blocks: readonly Block[],
  renumbered: ReadonlySet<Block>,
): { dropped: string[]; structure: string[] } => {
  const numbers = typedNumbers(blocks);
  const dropped: string[] = [];
  const structure: string[] = [];
  for (const block of blocks) {
    const number = numbers.get(block);
    if (block.kind === 'dropped') dropped.push(block.text);
    else if (number !== undefined) (renumbered.has(block) ? dropped : structure).push(number);
  }
  return { dropped, structure };
};

/** The typed numbers the policy prints otherwise, as text left out, each where it stands in the source. */
function renumberedTexts(blocks: readonly Block[], renumbered: ReadonlySet<Block>): DroppedText[] {
  const numbers = typedNumbers(blocks);
  const reason = wordMessage({ messageId: 'import-reason.renumbered' });
  return blocks.flatMap((block) => {
    const text = renumbered.has(block) ? numbers.get(block) : undefined;
    if (text === undefined) return [];
    return [{ text, reason, line: block.source.line, ...(block.source.page ? { page: block.source.page } : {}) }];
  });
}

/** Source words neither in the policy nor listed as left out: one finding per source line, naming the words. */
function lostWords(accounting: Accounting, places: readonly SourcePlace[] | undefined): Decision[] {
  const byLine = new Map<number, string[]>();
  accounting.missing.forEach((word, index) => {
    const line = accounting.missingLines[index] ?? 0;
    byLine.set(line, [...(byLine.get(line) ?? []), word]);
  });
  return [...byLine].map(([line, lost]) => ({
    ruleId: 'import-lost',
    messageId: 'import-lost.words',
    fixId: 'import-report.check-original',
    params: {
      words: lost.join(' ').slice(0, 80),
      count: counted(lost.length, ['import-count.word', 'import-count.words']),
    },
    source: places?.[line] ?? { line: line + 1 },
  }));
}

function readDocument(file: string): Uint8Array {
  try {
    return readCapped(file, inputLimits().importBytes, 'importBytes');
  } catch (error) {
    // A missing file in import's own words; every other refusal (a folder, too large, unreadable) as readCapped says.
    if (isClausemarkError(error) && error.finding.messageId === 'unreadable-file.no-such-file') {
      throw errorById(
        { messageId: 'import-refused.no-such-file', fixId: 'import-refused.check-path' },
        { place: { file } },
      );
    }
    throw error;
  }
}

/**
 * Refuses a document whose text (`size` bytes of it) is more than a policy may hold: no other command would read the
 * policy written, and a text file of 50 MB on one line took gigabytes of memory to import. A text file is judged by
 * its bytes before it is read, a Word document or PDF by the text read from it.
 */
function refuseLargerThanAPolicy(file: string, size: number): void {
  const limit = inputLimits().sourceBytes;
  if (size <= limit) return;
  throw errorById(
    {
      messageId: 'import-refused.text-too-large',
      fixId: 'import-refused.split-or-raise',
      params: { size: inMegabytes(size), max: limitInMegabytes(limit), variable: LIMIT_VARIABLES.sourceBytes },
    },
    { place: { file } },
  );
}

/** Whether the bytes are a PDF or a ZIP package (.docx): their text is known only once read. */
const isPackaged = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) ||
  (bytes[0] === 0x50 && bytes[1] === 0x4b);

/** Imports one document. Throws a ClausemarkError (exit 2, nothing written) when it cannot be imported faithfully. */
/** The same kind of policy gets the same id in every organisation, so that compare and diff line them up. */
function policyId(file: string, title: string | undefined, options: ImportOptions, decisions: Decision[]): string {
  const kinds = options.kind === undefined && title ? policyKinds(title) : [];
  const kind = kinds[0];
  // Said only when unsure: a title that names one kind ("Pestprotocol") gives its id without a word (the id is in
  // the front matter written); one that names several ("Privacyreglement en klachtenregeling") is a warning.
  if (kind && kinds.length > 1)
    decisions.push({
      ruleId: 'import-kind',
      messageId: 'import-kind.several',
      fixId: 'import-kind.set-kind',
      params: { id: kind.id, name: kind.name, kinds: kinds.map((other) => `${other.id} ("${other.name}")`).join(', ') },
      source: { line: 0 },
    });
  return options.kind ?? kind?.id ?? (slugify(title ?? basename(file, extname(file))) || 'policy');
}

/**
 * Word's list definitions, and for the levels they leave out (a Word document that numbers its articles but types
 * its clauses' "1)") the labels the text typed ("Artikel 1", "a)") where each level has one form.
 */
function numberingOf(
  blocks: readonly Block[],
  listed: PolicyNumbering | undefined,
  decisions: Decision[],
): { numbering?: PolicyNumbering; lists: ListPattern[] } {
  const typed = typedNumbering(blocks);
  const both: PolicyNumbering = { ...typed.numbering, ...listed };
  const levels = NUMBERING_LEVELS.flatMap((level) => (both[level] ? [[level, both[level]] as const] : []));
  decisions.push(...typed.decisions);
  return levels.length > 0 ? { numbering: Object.fromEntries(levels), lists: typed.lists } : { lists: typed.lists };
}

/**
 * The policy written, and written again with `numbering.lists` where lists of one level keep forms of their own: the
 * IDs that name those lists are known once fmt gave them (the same the second time: the body is the same).
 */
function writeNumbered(
  blocks: readonly Block[],
  header: PolicyHeader,
  lists: readonly ListPattern[],
  target: string,
  ids: ImportOptions['ids'],
): ReturnType<typeof writePolicy> {
  const first = writePolicy(blocks, header, target, ids);
  if (lists.length === 0) return first;
  const owned = listsByOwner(blocks, lists, first.parsed.policy);
  if (Object.keys(owned).length === 0) return first;
  return writePolicy(blocks, { ...header, numbering: { ...header.numbering, lists: owned } }, target, ids);
}

/** Text hidden in Word (w:vanish), left out by the reader. */
const isHidden = (block: Block): boolean =>
  block.kind === 'dropped' && block.reason.messageId === 'import-reason.word-hidden';

/** The text left out of the policy, each with why, for the report. */
function droppedTexts(blocks: readonly Block[]): DroppedText[] {
  return blocks.flatMap((block) =>
    block.kind === 'dropped'
      ? [
          {
            text: block.text,
            reason: wordMessage(block.reason),
            line: block.source.line,
            ...(block.source.page ? { page: block.source.page } : {}),
          },
        ]
      : [],
  );
}

/** A field the document does not state, to be filled in by hand. */
function unstatedFinding(field: string): CheckFinding {
  return {
    ruleId: 'import-unstated',
    severity: 'warning',
    messageId: 'import-unstated.not-stated',
    fixId: 'import-unstated.fill-in',
    // The field in words in the message ("de organisatie"), its key where the fix says where to write it.
    params: { field, what: { messageId: `import-unstated.field-${field}` } },
    place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  };
}

/**
 * The refusal of a document that leaves no text for a policy: without a word it needs OCR, perhaps; with words all
 * left out (front matter, cover lines) it says so, and why, instead of asking for text recognition.
 */
function noText(file: string, sourceText: string, blocks: readonly Block[]): Error {
  const count = words(sourceText).length;
  if (count === 0)
    return errorById({ messageId: 'import-refused.no-text', fixId: 'import-refused.needs-ocr' }, { place: { file } });
  const reasons = [...new Set(droppedTexts(blocks).map((dropped) => dropped.reason))].join(', ');
  return errorById(
    { messageId: 'import-refused.all-left-out', fixId: 'import-refused.text-elsewhere', params: { count, reasons } },
    { place: { file } },
  );
}

/**
 * The frontmatter the document states and the blocks the body keeps (meta.ts), what its own metadata states first,
 * with the reader's decisions that still apply to them.
 */
function metaOf(
  read: ReadDocument,
  org: string,
  procedures: SectorProcedures | undefined,
  options: ImportOptions,
): { meta: ImportedMeta; blocks: Block[]; decisions: Decision[] } {
  const { meta, blocks, decisions } = extractMeta(read.blocks, {
    org,
    orgGiven: options.org !== undefined,
    ...(procedures ? { procedures } : {}),
    ...(read.firstLineIsTitle === false ? { firstLineIsTitle: false } : {}),
    ...(read.structured ? { structured: true } : {}),
  });
  // What the document's own metadata states comes before what was read from its text.
  for (const field of ['title', 'version', 'effective', 'organisation'] as const) {
    const stated = read.meta?.[field];
    if (stated) meta[field] = stated;
  }
  return { meta, blocks, decisions: [...stillApplying(read.decisions, blocks), ...decisions] };
}

export async function importDocument(file: string, options: ImportOptions = {}): Promise<ImportResult> {
  // Streamed with a cap, so a pipe or a device (/dev/urandom) is read like a file and stops at the limit.
  const bytes = readDocument(file);
  if (!isPackaged(bytes)) refuseLargerThanAPolicy(file, bytes.length);
  const reader = await pickReader(bytes, file);
  const read = await reader(bytes, {
    path: file,
    changes: options.changeIds ? 'accept' : (options.changes ?? 'refuse'),
    ...(options.attachment === false ? { attachment: false } : {}),
    // The refusal's hint offers --dry-run to see each proposal by clause: alone, it lists them without deciding.
    ...(options.dryRun && (options.changes ?? 'refuse') === 'refuse' && !options.changeIds ? { listOnly: true } : {}),
  });
  refuseLargerThanAPolicy(file, Buffer.byteLength(read.sourceText));
  if (read.own) {
    const own = options.changeIds ? await decidedPerClause(reader, bytes, file, read, options) : read;
    const result = importWord(file, own, own.own as OwnDocument, options);
    // What Word hides is never clause text: listed as left out (the writer's frame is left out without a word).
    const hidden = own.blocks.filter(isHidden);
    result.dropped = droppedTexts(hidden);
    result.findings.unshift(...reportFindings(result.output, hidden, []));
    if (!options.into && !options.dryRun) writeResults([result], options);
    return result;
  }
  refuseOwnOnly(file, options);
  if (read.policySource !== undefined) return attachedPolicy(file, read.policySource, options);
  return importRead(file, read, options);
}

/** A document of another program's: its structure and frontmatter read from its text, then checked. */
function importRead(file: string, read: ReadDocument, options: ImportOptions): ImportResult {
  const org = options.org ?? slugify(basename(file, extname(file))) ?? 'organisation';
  const procedures = proceduresOf(org, options);
  const { meta, blocks, decisions } = metaOf(read, org, procedures, options);
  plainHeadings(blocks);
  keepSignatureBreaks(blocks);
  if (!blocks.some((block) => block.kind !== 'dropped' && block.kind !== 'heading' && blockText(block).trim() !== '')) {
    throw noText(file, read.sourceText, blocks);
  }
  const id = policyId(file, meta.title, options, decisions);
  decisions.push(...settleSteps(meta.approvals, meta.unsettled ?? [], procedures, id));
  const unstated = (['title', 'version', 'organisation'] as const).filter((field) => !meta[field]);
  const target = targetOf(file, id, org, options);
  const { numbering, lists } = numberingOf(blocks, read.numbering, decisions);
  const lang = options.lang ?? statedLanguage(read.meta?.lang) ?? languageOfText(read.sourceText);
  // A template's fill-ins ("[naam directeur]") in any format, found before a Word placeholder's place is marked so;
  // those of a title or organisation the metadata states (a front matter's) first, as the frontmatter comes first.
  decisions.push(...statedFillIns(read), ...fillInDecisions(blocks), ...runningFillIns(blocks));
  markPlaceholders(blocks, lang);
  const { output, parsed } = writeNumbered(
    blocks,
    {
      ...meta,
      id,
      org,
      lang,
      unstated,
      // The kind given, or the one kind the title names, is the policy's kind where its sector has a procedure for
      // it: so its steps can be recorded and it counts for its school's duty (the overview's "begin er een" gives
      // `--kind`; check asks for the kind the title names). A title naming several kinds is left to the user.
      ...(kindOf(id, meta.title, options, procedures) ? { kind: id } : {}),
      ...(numbering ? { numbering } : {}),
    },
    lists,
    target,
    options.ids,
  );

  // Where the source's own numbering, counted by clausemark, prints another label than the source showed.
  const labels = numberingDecisions(blocks, parsed.policy);
  decisions.push(...labels.decisions);
  const accounted = accountedText(blocks, labels.renumbered);
  const dropped = [...droppedTexts(blocks), ...renumberedTexts(blocks, labels.renumbered)];
  const accounting = accountWords(read.sourceText, output, accounted.dropped, accounted.structure);
  noteBesideTheCounts(accounting, read, decisions);
  const findings: CheckFinding[] = reportFindings(output, blocks, [
    ...decisions,
    ...lostWords(accounting, read.sourcePlaces),
  ]);
  findings.unshift(...unstated.toReversed().map(unstatedFinding));
  findings.push(...historyFindings(meta.history ?? []));
  findings.push(...checkOutput(parsed, options));
  const result: ImportResult = { file, target, output, meta, findings, dropped, accounting, written: false };
  if (!options.dryRun) writeResults([result], options);
  return result;
}

/**
 * What the summary says beside the counts: pages and symbols not read, pages perhaps out of order, and what was kept
 * but is no text of the policy yet (Word's date fields, a template's fill-ins).
 */
function noteBesideTheCounts(accounting: Accounting, read: ReadDocument, decisions: readonly Decision[]): void {
  if (read.unreadPages) accounting.unreadPages = read.unreadPages;
  if (read.unreadSymbols) accounting.unreadSymbols = read.unreadSymbols;
  // Named as their findings are: a date field on a line left out (a cover's, the closing line) is in no text kept.
  const dateFields = reportedDateFields(decisions);
  if (dateFields.length > 0) accounting.dateFields = dateFields;
  // Likewise a fill-in never filled in ("[naam directeur]"), kept in the text: not one on a line left out (a header's).
  const fillIns = decisions.filter(
    (decision) => decision.ruleId === 'import-fill-in' && !LEFT_OUT_FILL_INS.has(decision.messageId),
  );
  if (fillIns.length > 0) accounting.fillIns = fillIns.map((decision) => String(decision.params.text));
  if (read.unorderedPages) accounting.unorderedPages = read.unorderedPages;
}

/**
 * The procedures that will hold for the policy in its organisation's folder (its bodies' names, the steps they
 * take), or none when they cannot be read: a procedure file at fault is check's to report, not import's.
 */
function proceduresOf(org: string, options: ImportOptions): SectorProcedures | undefined {
  const cwd = options.cwd ?? process.cwd();
  try {
    return proceduresFor(join(cwd, 'policies', org, 'policy.md'), options.project?.root ?? findProject(cwd).root);
  } catch {
    return undefined;
  }
}

/** Whether `id` is the policy's kind: given by --kind, or the only kind the title names, with a procedure. */
function kindOf(id: string, title: string | undefined, options: ImportOptions, procedures?: SectorProcedures): boolean {
  if (!procedures?.kinds[id]) return false;
  if (options.kind !== undefined) return true;
  const named = title ? policyKinds(title) : [];
  return named.length === 1 && named[0]?.id === id;
}

/** A clausemark PDF/A's own Markdown source: nothing to reconstruct, every word kept. */
function attachedPolicy(file: string, source: string, options: ImportOptions): ImportResult {
  const parsed = parsePolicy(source, { path: file });
  const target = targetOf(file, parsed.policy.meta.id, options.org ?? parsed.policy.meta.org, options);
  const findings: CheckFinding[] = [
    {
      ruleId: 'import-attachment',
      severity: 'warning',
      messageId: 'import-attachment.source-attached',
      fixId: 'import-attachment.nothing-to-do',
      params: {},
      place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    },
  ];
  // A draft, like any import: the approvals the attached source records are history (history.ts), as for a Word
  // document clausemark built.
  const draft = asDraft(source);
  findings.push(...historyFindings(draft.history));
  findings.push(...checkOutput(parsePolicy(draft.output, { path: target }), options));
  const result: ImportResult = {
    file,
    target,
    output: draft.output,
    meta: { approvals: [], ...(draft.history.length > 0 ? { history: draft.history } : {}) },
    findings,
    dropped: [],
    accounting: {
      total: words(source).length,
      kept: words(source).length,
      numbering: 0,
      listed: 0,
      missing: [],
      missingLines: [],
      recall: 1,
    },
    written: false,
  };
  if (!options.dryRun) writeResults([result], options);
  return result;
}

/**
 * A clausemark Word document read again with its tracked changes decided per clause: the clauses `changeIds` names
 * as `changes` says, the others the other way. A new paragraph is named by the ID it gets with every change taken.
 */
async function decidedPerClause(
  reader: Awaited<ReturnType<typeof pickReader>>,
  bytes: Uint8Array,
  file: string,
  read: ReadDocument,
  options: ImportOptions,
): Promise<ReadDocument> {
  const own = read.own as OwnDocument;
  const names = theirText(read, own, file, new Set()).ids;
  const nameOf = (key: string): string => names.get(key) ?? key;
  const proposed = new Set(own.proposals.map((proposal) => nameOf(proposal.clause)));
  const unknown = (options.changeIds ?? []).filter((id) => !proposed.has(id));
  if (unknown.length > 0) {
    throw errorById(
      {
        messageId: 'import-refused.no-proposal-in',
        fixId: 'import-refused.proposals-are-in',
        params: { ids: unknown.join(', '), proposed: [...proposed].join(', ') || '—' },
      },
      { place: { file } },
    );
  }
  const listed = new Set(options.changeIds);
  const chosen = options.changes === 'reject' ? 'reject' : 'accept';
  const other = chosen === 'accept' ? 'reject' : 'accept';
  return reader(bytes, { path: file, changes: chosen, decide: (key) => (listed.has(nameOf(key)) ? chosen : other) });
}

/** Deciding tracked changes per clause, and --into, are for a Word document clausemark built. */
function refuseOwnOnly(file: string, options: ImportOptions): void {
  if (options.changeIds === undefined && options.into === undefined) return;
  throw errorById(
    {
      messageId: options.into !== undefined ? 'import-refused.into-needs-own' : 'import-refused.ids-need-own',
      fixId: 'import-refused.own-document',
    },
    { place: { file } },
  );
}

function writeResults(results: ImportResult[], options: ImportOptions): void {
  const seen = new Set<string>();
  for (const result of results) {
    if ((existsSync(result.target) && !options.force) || seen.has(result.target)) {
      throw errorById(
        { messageId: 'import-refused.exists', fixId: 'import-refused.force-or-out', params: { target: result.target } },
        { place: { file: result.file } },
      );
    }
    seen.add(result.target);
  }
  for (const result of results) {
    writeFileAtomic(result.target, result.output);
    result.written = true;
  }
}

/** Imports several documents; all are read and checked before any file is written, so one bad file writes nothing. */
export async function importDocuments(files: readonly string[], options: ImportOptions = {}): Promise<ImportResult[]> {
  if (files.length > 1 && options.out && /\.(md|markdown)$/i.test(options.out)) {
    throw errorById(
      { messageId: 'import-refused.out-is-one-file', fixId: 'import-refused.out-folder' },
      { place: { argument: '--out' } },
    );
  }
  if (options.into !== undefined) {
    if (files.length > 1)
      throw errorById(
        { messageId: 'import-refused.into-one-file', fixId: 'import-refused.into-one-at-a-time' },
        { place: { argument: '--into' } },
      );
    return [await importDocument(files[0] as string, options)];
  }
  const results: ImportResult[] = [];
  for (const file of files) results.push(await importDocument(file, { ...options, dryRun: true }));
  if (!options.dryRun) writeResults(results, options);
  return results;
}
