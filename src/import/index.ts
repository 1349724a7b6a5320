// `import`: a foreign document (text, Word, PDF) → a clausemark policy. Readers turn each format into blocks,
// the frontmatter reader takes what the document states about itself, one writer (through fmt) writes the policy,
// and every word of the source is accounted for: in the policy, in order, or in the report as dropped.
import { existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { checkParsed } from '../check/index.js';
import { RULES } from '../check/rules/index.js';
import type { Project } from '../io/project.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { CheckFinding } from '../model/diagnostics.js';
import { inputLimits } from '../io/limits.js';
import { errorById, wordMessage } from '../io/messages.js';
import { readCapped } from '../io/read.js';
import { isClausemarkError } from '../model/errors.js';
import { NUMBERING_LEVELS, type PolicyNumbering } from '../model/numbering.js';
import { FAST_PARSE_MIN_LENGTH, type ParseResult, parsePolicy } from '../parse/index.js';
import { slugify } from '../parse/ids.js';
import { accountWords, words, type Accounting } from './account.js';
import { blockText, counted, type Block, type Decision, type SourcePlace } from './blocks.js';
import { extractMeta, stillApplying, type ImportedMeta } from './meta.js';
import { policyKinds } from './kinds.js';
import { pickReader } from './readers/index.js';
import { realMarkers } from './real-markers.js';
import { numberingDecisions } from './numbering-check.js';
import { reportFindings } from './report.js';
import { typedNumbering } from './typed-numbering.js';
import { writePolicy } from './write.js';
import { detectLanguage } from '../text/language.js';
import { DEFAULT_DOCUMENT_LANGUAGE, isOutputLanguage, outputLanguage, primarySubtag } from '../text/output-language.js';
import type { IdSource } from '../fmt/index.js';

export interface ImportOptions {
  /** The command's project, whose check the output must pass; default: the one around the working folder. */
  project?: Project;
  /** Organisation key (folder under policies/). Default: the input file's name. */
  org?: string;
  /** Output file (.md) or folder. Default: policies/<org>/<id>.md under `cwd`. */
  out?: string;
  lang?: 'nl' | 'en';
  force?: boolean;
  changes?: 'refuse' | 'accept' | 'reject';
  /** Take the Markdown source a clausemark PDF/A carries (default true); false reads the PDF's text instead. */
  attachment?: boolean;
  /** Build the policy and the report but write nothing. */
  dryRun?: boolean;
  cwd?: string;
  /** The policy's id, the kind of policy it is (default: the kind the title names, templates/import/policy-kinds.yaml). */
  kind?: string;
  /** IDs for the imported clauses and sections, e.g. a sector template's matched by content (import --template). */
  ids?: IdSource;
}

export interface DroppedText {
  text: string;
  reason: string;
  line: number;
  page?: number;
}

export interface ImportResult {
  file: string;
  target: string;
  output: string;
  meta: ImportedMeta;
  /** The report's findings and check's (worded when printed, src/wording/messages.ts). */
  findings: CheckFinding[];
  dropped: DroppedText[];
  accounting: Accounting;
  written: boolean;
}

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

/** In source order: text left out, and text the policy holds as structure (list and heading numbers). */
const accountedText = (blocks: readonly Block[]): string[] => {
  const items = realMarkers(blocks);
  return blocks.flatMap((block) => {
    if (block.kind === 'dropped') return [block.text];
    if (block.kind === 'item') return items.has(block) ? [items.get(block) ?? ''] : [];
    return 'marker' in block && block.marker ? [block.marker] : [];
  });
};

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

function targetOf(file: string, id: string, org: string, options: ImportOptions): string {
  const cwd = options.cwd ?? process.cwd();
  // An absolute --out stays where it points; a relative one is taken from the working directory.
  if (options.out && /\.(md|markdown)$/i.test(options.out)) return resolve(cwd, options.out);
  if (options.out) return join(resolve(cwd, options.out), `${id}.md`);
  void file;
  return join(cwd, 'policies', org, `${id}.md`);
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
): PolicyNumbering | undefined {
  const typed = typedNumbering(blocks);
  const both: PolicyNumbering = { ...typed.numbering, ...listed };
  const levels = NUMBERING_LEVELS.flatMap((level) => (both[level] ? [[level, both[level]] as const] : []));
  decisions.push(...typed.decisions);
  return levels.length > 0 ? Object.fromEntries(levels) : undefined;
}

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
    params: { field },
    place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  };
}

/**
 * The result must pass `check`: anything it reports is part of the import report. fmt read the output back with
 * remark: the same parse as check's below the fast path's threshold.
 */
function checkOutput(output: string, parsed: ParseResult, target: string, options: ImportOptions): CheckFinding[] {
  return checkParsed(
    output.length < FAST_PARSE_MIN_LENGTH ? parsed : parsePolicy(output, { path: target }),
    RULES,
    projectOf(options),
  ).findings;
}

export async function importDocument(file: string, options: ImportOptions = {}): Promise<ImportResult> {
  // Streamed with a cap, so a pipe or a device (/dev/urandom) is read like a file and stops at the limit.
  const bytes = readDocument(file);
  const read = await (await pickReader(bytes, file))(bytes, {
    path: file,
    changes: options.changes ?? 'refuse',
    ...(options.attachment === false ? { attachment: false } : {}),
  });
  if (read.policySource !== undefined) return attachedPolicy(file, read.policySource, options);
  const org = options.org ?? slugify(basename(file, extname(file))) ?? 'organisation';
  const {
    meta,
    blocks,
    decisions: metaDecisions,
  } = extractMeta(read.blocks, {
    org,
    orgGiven: options.org !== undefined,
    ...(read.firstLineIsTitle === false ? { firstLineIsTitle: false } : {}),
    ...(read.structured ? { structured: true } : {}),
  });
  // What the document's own metadata states comes before what was read from its text.
  for (const field of ['title', 'version', 'effective', 'organisation'] as const) {
    const stated = read.meta?.[field];
    if (stated) meta[field] = stated;
  }
  const decisions: Decision[] = [...stillApplying(read.decisions, blocks), ...metaDecisions];
  if (!blocks.some((block) => block.kind !== 'dropped' && block.kind !== 'heading' && blockText(block).trim() !== '')) {
    throw errorById({ messageId: 'import-refused.no-text', fixId: 'import-refused.needs-ocr' }, { place: { file } });
  }
  const id = policyId(file, meta.title, options, decisions);
  const unstated = (['title', 'version', 'organisation'] as const).filter((field) => !meta[field]);
  const target = targetOf(file, id, org, options);
  const numbering = numberingOf(blocks, read.numbering, decisions);
  const { output, parsed } = writePolicy(
    blocks,
    {
      ...meta,
      id,
      org,
      lang: options.lang ?? statedLanguage(read.meta?.lang) ?? languageOfText(read.sourceText),
      unstated,
      ...(numbering ? { numbering } : {}),
    },
    target,
    options.ids,
  );
  const dropped = droppedTexts(blocks);
  // Where the source's own numbering, counted by clausemark, prints another label than the source showed.
  decisions.push(...numberingDecisions(blocks, parsed.policy));
  const accounting = accountWords(read.sourceText, output, accountedText(blocks));
  const findings: CheckFinding[] = reportFindings(output, blocks, [
    ...decisions,
    ...lostWords(accounting, read.sourcePlaces),
  ]);
  findings.unshift(...unstated.toReversed().map(unstatedFinding));
  findings.push(...checkOutput(output, parsed, target, options));
  const result: ImportResult = { file, target, output, meta, findings, dropped, accounting, written: false };
  if (!options.dryRun) writeResults([result], options);
  return result;
}

/** The world the output is checked in: the command's project when it gave one. */
function projectOf(options: ImportOptions): { project?: Project } {
  return options.project ? { project: options.project } : {};
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
  findings.push(...checkParsed(parsePolicy(source, { path: target }), RULES, projectOf(options)).findings);
  const result: ImportResult = {
    file,
    target,
    output: source,
    meta: { approvals: parsed.policy.meta.approvals },
    findings,
    dropped: [],
    accounting: {
      total: words(source).length,
      kept: words(source).length,
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
  const results: ImportResult[] = [];
  for (const file of files) results.push(await importDocument(file, { ...options, dryRun: true }));
  if (!options.dryRun) writeResults(results, options);
  return results;
}
