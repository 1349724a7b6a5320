// Frontmatter from what the document states: its title, version, date, organisation and approvals. Nothing is
// invented: a field the document does not state is either left out or, when clausemark requires it (version,
// organisation), filled from the command line or a stated default and reported as a finding.
import type { Approval } from '../model/policy.js';
import { slugify } from '../parse/ids.js';
import { blockText, inlineText, type Block, type Decision, type HeadingBlock, type TableBlock } from './blocks.js';
import { findDate } from './dates.js';

export interface ImportedMeta {
  title?: string;
  organisation?: string;
  version?: string;
  effective?: string;
  status?: 'approved';
  approvals: Approval[];
}

const VERSION = /(?:^|\s)(?:versie|version)\s*:?\s*(\d+(?:\.\d+)*)(?=\s|$)/iu;
const DOC_DATE = /(?:^|\s)(?:d\.d\.?|datum|date|ingangsdatum|vastgesteld(?:\s+op)?)\s*:?\s*(.+)$/iu;
const ADOPTION =
  /vast(?:gesteld|stelling)\s+door\s+(?:de\s+|het\s+)?(.+?)\s+op\s+(\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2})/iu;
const SENTENCE = (text: string): boolean => /[.!?]$/u.test(text.trim()) && text.split(/\s+/).length >= 6;

/** Where the body starts: the first numbered heading, list item, sentence, or heading followed by a sentence. */
function bodyStart(blocks: readonly Block[], from: number): number {
  for (let index = from; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.kind === 'item' || block.kind === 'footnote') return index;
    if (block.kind === 'paragraph' && SENTENCE(blockText(block))) return index;
    if (block.kind === 'heading' && block.marker) return index;
    if (block.kind === 'heading') {
      const next = blocks.slice(index + 1).find((candidate) => candidate.kind !== 'dropped');
      if (next && (next.kind === 'item' || (next.kind === 'paragraph' && SENTENCE(blockText(next))))) return index;
    }
  }
  return blocks.length;
}

const header = (table: TableBlock, index: number): string =>
  inlineText(table.rows[0]?.[index] ?? [])
    .toLowerCase()
    .replace(/[:\s]+$/u, '');

/** A table headed Datum / Naam / Functie (or Date / Name / Role) is the adoption trail. */
function approvalsFrom(table: TableBlock): Approval[] | undefined {
  const columns = (table.rows[0] ?? []).map((_, index) => header(table, index));
  const dateColumn = columns.findIndex((name) => name === 'datum' || name === 'date');
  const nameColumn = columns.findIndex((name) => name === 'naam' || name === 'name' || name === 'door');
  const roleColumn = columns.findIndex((name) => ['functie', 'rol', 'role', 'function', 'orgaan'].includes(name));
  if (dateColumn < 0 || nameColumn < 0) return undefined;
  const approvals: Approval[] = [];
  for (const row of table.rows.slice(1)) {
    const date = findDate(inlineText(row[dateColumn] ?? []));
    const name = inlineText(row[nameColumn] ?? []).trim();
    if (!date || name === '') return undefined;
    const role = roleColumn >= 0 ? inlineText(row[roleColumn] ?? []).trim() : '';
    approvals.push({ date: date.iso, name, role: role === '' ? name : role });
  }
  return approvals.length > 0 ? approvals : undefined;
}

export interface MetaResult {
  meta: ImportedMeta;
  blocks: Block[];
  decisions: Decision[];
}

/**
 * Reads the frontmatter from the blocks and returns the blocks the body keeps: the title becomes the level-1
 * heading, cover lines that became frontmatter and other cover lines are dropped with their reason.
 */
export function extractMeta(
  input: readonly Block[],
  options: { org?: string; firstLineIsTitle?: boolean; structured?: boolean },
): MetaResult {
  const blocks = [...input];
  const decisions: Decision[] = [];
  const meta: ImportedMeta = { approvals: [] };
  const titleByPosition = options.firstLineIsTitle !== false;
  const levelOne = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
  const titleIndex =
    !titleByPosition && levelOne >= 0 ? levelOne : blocks.findIndex((block) => block.kind !== 'dropped');
  if (titleIndex < 0) return { meta, blocks, decisions }; // Nothing but dropped text: the caller refuses it.
  const titleBlock = blocks[titleIndex];
  if (
    titleBlock &&
    ((titleBlock.kind === 'heading' && (titleBlock.level === 1 || titleByPosition)) ||
      (titleByPosition &&
        titleBlock.kind === 'paragraph' &&
        !SENTENCE(blockText(titleBlock)) &&
        blockText(titleBlock).split(/\s+/).length <= 12))
  ) {
    const heading: HeadingBlock = { kind: 'heading', level: 1, inlines: titleBlock.inlines, source: titleBlock.source };
    blocks[titleIndex] = heading;
    meta.title = inlineText(titleBlock.inlines).trim();
  }
  const coverFrom = meta.title === undefined ? titleIndex : titleIndex + 1;
  const start = bodyStart(blocks, coverFrom);
  // Lines above the title on the cover (a logo's caption, the organisation) are cover lines too.
  // A source that marks its own structure (Markdown, HTML) has no cover page to guess at.
  const cover = options.structured
    ? []
    : [
        ...Array.from({ length: Math.max(0, titleIndex) }, (_, index) => index),
        ...Array.from({ length: Math.max(0, start - coverFrom) }, (_, index) => coverFrom + index),
      ];
  const orgWords = options.org ? slugify(options.org, Number.POSITIVE_INFINITY) : undefined;
  for (let position = 0; position < cover.length; position++) {
    const index = cover[position] as number;
    const block = blocks[index] as Block;
    if (block.kind === 'dropped') continue;
    const text = blockText(block).trim();
    const drop = (reason: string): void => {
      blocks[index] = { kind: 'dropped', text: block.kind === 'table' ? text : text, reason, source: block.source };
    };
    const version = VERSION.exec(text);
    const date = DOC_DATE.exec(text);
    const following = blocks[index + 1];
    const nextCover =
      cover[position + 1] === index + 1 && following && following.kind !== 'dropped' ? following : undefined;
    const dated = date && !meta.effective ? findDate(date[1] ?? '') : undefined;
    if ((version && !meta.version) || dated) {
      // "Versie 1.0 Status: Concept Ingangsdatum: 21 september 2021" states two fields on one line.
      const fields: string[] = [];
      if (version && !meta.version) {
        meta.version = version[1];
        fields.push('version');
      }
      if (dated) {
        meta.effective = dated.iso;
        fields.push('effective');
      }
      drop(`moved into the frontmatter (${fields.join(', ')})`);
    } else if (block.kind === 'table' && approvalsFrom(block)) {
      meta.approvals.push(...(approvalsFrom(block) ?? []));
      drop('moved into the frontmatter (approvals)');
    } else if (orgWords && !meta.organisation && slugify(text, Number.POSITIVE_INFINITY) === orgWords) {
      meta.organisation = text.replace(/\s+/g, ' ');
      drop('moved into the frontmatter (organisation)');
    } else if (
      orgWords &&
      !meta.organisation &&
      nextCover &&
      slugify(`${text} ${blockText(nextCover)}`, Number.POSITIVE_INFINITY) === orgWords
    ) {
      // A name set on two lines of the cover ("AERES" / "MBO").
      meta.organisation = `${text} ${blockText(nextCover).trim()}`.replace(/\s+/g, ' ');
      drop('moved into the frontmatter (organisation)');
      blocks[index + 1] = {
        kind: 'dropped',
        text: blockText(nextCover).trim(),
        reason: 'moved into the frontmatter (organisation)',
        source: nextCover.source,
      };
      position++;
    } else {
      drop('cover page');
      decisions.push({
        ruleId: 'import-dropped',
        messageId: 'import-dropped.cover',
        fixId: 'import-dropped.copy-in',
        params: { text: text.slice(0, 60) },
        source: block.source,
      });
    }
  }
  // The back cover: short lines after the last sentence (an address, a telephone number, a web address).
  for (let index = blocks.length - 1; index > start && !options.structured; index--) {
    const block = blocks[index] as Block;
    if (block.kind === 'dropped') continue;
    const text = blockText(block).trim();
    if (block.kind !== 'paragraph' || SENTENCE(text) || text.split(/\s+/).length > 8) break;
    blocks[index] = { kind: 'dropped', text, reason: 'back cover', source: block.source };
    decisions.push({
      ruleId: 'import-dropped',
      messageId: 'import-dropped.back-cover',
      fixId: 'import-dropped.copy-in',
      params: { text: text.slice(0, 60) },
      source: block.source,
    });
  }
  // "Dit protocol treedt in werking na vaststelling door de Algemeen directeur Aeres MBO op 10 september 2013."
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'item') continue;
    const adoption = ADOPTION.exec(inlineText(block.inlines));
    const date = adoption ? findDate(adoption[2] ?? '') : undefined;
    if (adoption && date && !meta.approvals.some((approval) => approval.date === date.iso)) {
      const name = (adoption[1] ?? '').trim();
      meta.approvals.push({ date: date.iso, name, role: name, step: 'vaststelling' });
      meta.effective ??= date.iso;
    }
  }
  if (meta.approvals.length > 0) meta.status = 'approved';
  return { meta, blocks, decisions };
}

/** A reader's guesses about blocks that turned out to be the title or cover lines no longer apply. */
export function stillApplies(decision: Decision, blocks: readonly Block[]): boolean {
  if (decision.near === undefined) return true; // About the whole document, not one block.
  const block = blocks.find(
    (candidate) => candidate.source.line === decision.source.line && candidate.source.page === decision.source.page,
  );
  return !block || (block.kind !== 'dropped' && !(block.kind === 'heading' && block.level === 1));
}
