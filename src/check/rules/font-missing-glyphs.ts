// Text the brand's fonts cannot draw (Arabic, Hebrew, emoji, any character a font lacks) would come out of the PDF
// as "?" while the HTML shows it right. `check` reports it, and `build` refuses it with the same message, at the
// clause, table cell, heading, footnote or frontmatter field where it stands. Check boxes and check marks are drawn
// by the fallback symbol font where the brand lacks them (src/brand/symbol-font.ts), so they are never reported.
import { loadBrand, resolveBrandName } from '../../brand/load.js';
import { describeCharacter, missingGlyphs } from '../../brand/coverage.js';
import type { Brand } from '../../brand/types.js';
import { blocksText, inlineText } from '../../parse/text.js';
import { displayPath } from '../../io/yaml-file.js';
import { toString } from 'mdast-util-to-string';
import type { MessageParams, MessageRef } from '../../model/diagnostics.js';
import type { Clause, Point, Policy } from '../../model/policy.js';
import { allClauses, allSections } from '../../model/walk.js';
import type { Rule, RuleFinding } from '../rule.js';

export const FONT_MISSING_GLYPHS = 'font-missing-glyphs';

function phrase(key: string, params: MessageParams = {}): MessageRef {
  return { messageId: `font-missing-glyphs.${key}`, params };
}

/** Which text it is, as a phrase of the messages file ("the title", "clause up.belang"): its key and its values. */
interface Which {
  key: string;
  params?: MessageParams;
}

/**
 * Calls `visit` with everything of the policy a PDF prints: cover and header fields, headings, clauses, footnotes,
 * approvals; each with where it starts in the file and, made only when asked (one text in thousands is), which it is.
 */
function visitPrintedTexts(
  policy: Policy,
  visit: (text: string, from: Point | undefined, which: () => Which) => void,
): void {
  const fields = policy.frontmatter?.fields ?? {};
  const items = policy.frontmatter?.items ?? {};
  visit(policy.meta.title, fields.title?.value.start, () => ({ key: 'title' }));
  visit(policy.meta.organisation, fields.organisation?.value.start, () => ({ key: 'organisation' }));
  visit(policy.meta.version, fields.version?.value.start, () => ({ key: 'version' }));
  policy.meta.approvals.forEach((approval, index) => {
    for (const key of ['name', 'role', 'step'] as const) {
      const path = `approvals[${index}].${key}`;
      const from = items[path]?.start ?? fields.approvals?.value.start;
      visit(approval[key] ?? '', from, () => ({ key: 'approval-field', params: { path } }));
    }
  });
  for (const section of allSections(policy))
    if (section.title)
      visit(section.title, section.position?.start, () => ({ key: 'heading', params: { id: section.id } }));
  visit(policy.meta.supersedes ?? '', fields.supersedes?.value.start, () => ({ key: 'supersedes' }));
  for (const { clause } of allClauses(policy)) visitClause(clause, visit);
  for (const [label, footnote] of Object.entries(policy.footnotes))
    visit(toString(footnote), footnote.position?.start, () => ({ key: 'footnote', params: { label } }));
}

/**
 * A clause's text, and each cell of its tables on its own: a cell is a place of its own in the PDF, and a character
 * the fonts lack in a cell was hidden in the clause's one finding when its text had the same character.
 */
function visitClause(clause: Clause, visit: (text: string, from: Point | undefined, which: () => Which) => void): void {
  const id = clause.id;
  if (!clause.content.some((block) => block.type === 'table')) {
    visit(clause.text, clause.position.start, () => ({ key: 'clause', params: { id } }));
    return;
  }
  visit(blocksText(clause.content.filter((block) => block.type !== 'table')), clause.position.start, () => ({
    key: 'clause',
    params: { id },
  }));
  for (const block of clause.content) {
    if (block.type !== 'table') continue;
    block.children.forEach((row, rowIndex) =>
      row.children.forEach((cell, columnIndex) =>
        visit(inlineText(cell), cell.position?.start, () => ({
          key: 'table-cell',
          params: { id, row: rowIndex + 1, column: columnIndex + 1 },
        })),
      ),
    );
  }
}

/** Where each line of a source starts (offsets after each "\n", the first line at 0): read once per policy. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** How many of `starts` (ascending) are at or before `offset`: the 1-based line of that offset. */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The first place at or after `from` where `character` stands in the source (line and column as mdast counts).
 * `starts` is lineStarts(source): a policy with a finding in every clause was read line by line once per finding,
 * quadratic in its length (a civil code with a character the fonts lack in each paragraph: 7 s instead of 1).
 */
function locate(source: string, starts: readonly number[], character: string, from: Point | undefined): Point {
  // The start of line `from.line` (past the end: one more than the source's length, as counting the lines gave).
  const startLine = Math.max(1, from?.line ?? 1);
  let offset = startLine - 1 < starts.length ? (starts[startLine - 1] ?? 0) : source.length + 1;
  offset += Math.max(0, (from?.column ?? 1) - 1);
  // Not found when the file writes the character decomposed (NFD): then the text's start.
  let at = source.indexOf(character, offset);
  if (at < 0) at = offset;
  const line = lineAt(starts, Math.min(at, source.length));
  return { line, column: at - ((starts[line - 1] ?? 0) - 1), offset: at };
}

/**
 * Whether some printed text has a character the brand's fonts cannot draw, asked once of all of them joined by line
 * ends: a line end is never composed with what stands beside it (NFC), so the joined text holds exactly the characters
 * of the texts, and one call over a civil code's 1.3 MB costs less than one per each of its 7,700 clauses.
 */
function anyMissing(policy: Policy, brand: Brand): boolean {
  const texts: string[] = [];
  visitPrintedTexts(policy, (text) => {
    texts.push(text);
  });
  return missingGlyphs(texts.join('\n'), brand) !== undefined;
}

/** One finding per printed text with characters the brand's fonts cannot draw (build words the first and stops). */
export function missingGlyphFindings(policy: Policy, brand: Brand): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (!anyMissing(policy, brand)) return findings;
  const brandFile = brand.file ? displayPath(brand.file) : `templates/brands/${brand.name}.yaml`;
  let starts: number[] | undefined;
  visitPrintedTexts(policy, (text, from, which) => {
    const missing = missingGlyphs(text, brand);
    if (!missing) return;
    starts ??= lineStarts(policy.source);
    const point = locate(policy.source, starts, missing.characters[0]!, from);
    const { key, params } = which();
    findings.push({
      messageId: 'font-missing-glyphs.cannot-draw',
      fixId: 'font-missing-glyphs.replace-or-change-fonts',
      params: {
        what: phrase(key, params),
        brand: brand.name,
        characters: missing.characters.map(describeCharacter).join(', '),
        face: missing.face,
        fontPath: displayPath(missing.fontPath),
        brandFile,
      },
      place: { start: point, end: point },
    });
  });
  return findings;
}

export const fontMissingGlyphs: Rule = {
  id: FONT_MISSING_GLYPHS,
  severity: 'error',
  description: "text has characters the fonts of the policy's brand cannot draw (build refuses it)",
  run({ policy, project }) {
    let brand: Brand;
    try {
      const { root } = project;
      brand = loadBrand(resolveBrandName(policy.meta, undefined, root), { root });
    } catch {
      // A brand that cannot be loaded is reported by build with its own file and line; nothing to compare with here.
      return [];
    }
    return missingGlyphFindings(policy, brand);
  },
};
