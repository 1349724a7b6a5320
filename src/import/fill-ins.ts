// A template's own fill-ins never filled in: "[naam directeur]", "[datum]" typed by the template's maker, a
// mail-merge field never merged ("«Voornaam_leerling»", "<<aantal>>"), a blank in a sentence ("vastgesteld op
// .......... door", "is ________."), a bare "XXX". Read as text they were policy text, silently, in whatever format
// the policy came: a Word document, the PDF Word or LibreOffice made of it, that PDF's text, a Markdown file. They stay
// in the text as they stand (nothing is lost, and the gap shows), but each is reported at its paragraph or table cell
// with the fix to fill it in, and the summary names them. One recogniser for every reader, run on the blocks import
// keeps, and on the title and organisation the document's own metadata states (a Markdown file's front matter, an
// HTML page's <title>; its version too), which the frontmatter takes and the cover prints: "title: Klachtenregeling
// [naam school]" and "version: "[versienummer]"" went onto the cover without a word. So is a version a cover line
// leaves to fill in ("Versie: [x.x]", "Versie: …"), which the frontmatter takes as it stands: the line was left out
// and the version a stand-in, as if the document stated none. A fill-in on a cover line left out ("Basisschool XXX")
// is reported as a fill-in, once, with its fix, in place of the word that the line stands on the cover. What a fill-in looks like is data (templates/import/word-placeholders.yaml,
// `fill-ins`): "[vervallen]", "[1]", "[…]", a form's "Naam: ......" and a contents line's dotted leader are none.
import { BRACKETED, isFillIn, placeholderFile } from '../fmt/fill-ins.js';
import { type Block, blockText, type Decision, isRunningReason, type ReadDocument } from './blocks.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

/** A fill-in found in a text: as it stands there, and where. */
interface Found {
  text: string;
  at: number;
}

const found = (match: RegExpMatchArray): Found => ({ text: match[0], at: match.index ?? 0 });

/** Whether the name of a mail-merge field is a fill-in: one word with an underscore or of the words, or a phrase. */
function isFieldName(inside: string, phrases: boolean): boolean {
  if (/^[\p{L}][\p{L}\p{N}]*_[\p{L}\p{N}_]*$/u.test(inside)) return true;
  return (phrases || !/\s/u.test(inside)) && isFillIn(inside);
}

let shapes: { fields: { pattern: RegExp; phrases: boolean }[]; blanks: RegExp[] } | undefined;

/** The data's mail-merge fields and blanks, compiled once. */
function unbracketed(): NonNullable<typeof shapes> {
  const rules = placeholderFile()['fill-ins'];
  shapes ??= {
    fields: rules['merge-fields'].map(({ open, close, phrases }) => ({
      pattern: new RegExp(`${escapeRegExp(open)}([^\\n]{1,60}?)${escapeRegExp(close)}`, 'gu'),
      phrases,
    })),
    blanks: rules.blanks.map((blank) => new RegExp(blank, 'gu')),
  };
  return shapes;
}

/** The fill-ins in a text, as they stand ("[naam directeur]", "«Naam»", "........"), in order, none inside another. */
export function fillInsOf(text: string): string[] {
  const { fields, blanks } = unbracketed();
  const all = [
    ...[...text.matchAll(BRACKETED)].filter((match) => isFillIn(match[1] ?? '')).map(found),
    ...fields.flatMap(({ pattern, phrases }) =>
      [...text.matchAll(pattern)].filter((match) => isFieldName((match[1] ?? '').trim(), phrases)).map(found),
    ),
    ...blanks.flatMap((blank) => [...text.matchAll(blank)].map(found)),
  ].sort((a, b) => a.at - b.at || b.text.length - a.text.length);
  const fillIns: string[] = [];
  let end = 0;
  for (const { text: fillIn, at } of all) {
    if (at < end) continue; // inside one found already: "[xx-xx-xxxx]"
    fillIns.push(fillIn);
    end = at + fillIn.length;
  }
  return fillIns;
}

/** The texts of a block a reader finds it by: a table's cells one by one (a merged cell once), any other's text. */
function partsOf(block: Block): string[] {
  if (block.kind === 'table') return [...new Set(block.rows.flat())].map((cell) => cell.map((i) => i.text).join(''));
  return 'inlines' in block ? [blockText(block)] : [];
}

/** A character the written Markdown may escape ("\\[naam directeur]", "\\_\\_\\_", "\\<\\<Naam>>"). */
const ESCAPABLE = /[[\]_*<>\\`&]/u;

/**
 * What the report finds a fill-in's paragraph by, as the written Markdown has it: its words before the first
 * character that Markdown may escape, or where few words come first its longest words between two such characters
 * ("Naam contactpersoon" of a cell "[Naam contactpersoon]"), or the fill-in itself.
 */
function placeOf(text: string, fillIn: string): string {
  const stretches = text.split(ESCAPABLE).map((stretch) => stretch.trim());
  if ((stretches[0] ?? '').length >= 12) return stretches[0] ?? '';
  const longest = stretches.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 4 ? longest : fillIn;
}

/**
 * Each fill-in of the blocks kept, the title's too ("Klachtenregeling [naam school]"), reported at its paragraph, cell
 * or heading, to be filled in. A line left out (a cover's, page furniture) is in no text kept.
 */
export function fillInDecisions(blocks: readonly Block[]): Decision[] {
  const decisions: Decision[] = [];
  for (const block of blocks) {
    if (block.kind === 'dropped') continue;
    for (const near of partsOf(block))
      for (const text of fillInsOf(near))
        decisions.push({
          ruleId: 'import-fill-in',
          messageId: 'import-fill-in.unfilled',
          fixId: 'import-fill-in.fill-in',
          params: { text },
          source: block.source,
          near: placeOf(near, text),
        });
  }
  return decisions;
}

/** The message of a fill-in on a line left out, not kept in the policy: the summary names none of them. */
export const LEFT_OUT_FILL_INS: ReadonlySet<string> = new Set([
  'import-fill-in.unfilled-left-out',
  'import-fill-in.unfilled-running',
  'import-fill-in.unfilled-cover',
  'import-fill-in.unfilled-back-cover',
]);

/**
 * Each fill-in on a line of the cover or the back cover that import left out ("Basisschool XXX", "[naam school]"
 * under the title), reported as a fill-in, with its fix, once: the line is left out and listed, the fill-in with it,
 * but the document still holds it. Reported so, the line needs no word of its own that it stands on the cover.
 */
export function leftOutCoverFillIns(line: string, source: Block['source'], side: 'cover' | 'back-cover'): Decision[] {
  return [...new Set(fillInsOf(line))].map((text) => ({
    ruleId: 'import-fill-in',
    messageId: `import-fill-in.unfilled-${side}`,
    fixId: `import-fill-in.fill-in-${side}`,
    params: { text, line },
    source,
  }));
}

/** Where a running line stands: a PDF's at the top of its page (its header) or the bottom; a text's, which shows neither. */
const runningPart = (source: Block['source']): 'running' | 'running-header' | 'running-footer' =>
  source.edge === 'top' ? 'running-header' : source.edge === 'bottom' ? 'running-footer' : 'running';

/**
 * Each fill-in of a PDF's or a text's running header or footer ("[naam school]" at the top of every page), reported
 * once, naming where it stands: the reader left those lines out (listed as left out), the fill-in with them, so it
 * is no fill-in the policy keeps, but the document still holds it. A PDF's is named a header or a footer by where
 * its line stands on the page (pdf-lines.ts pageEdge); a text's, which shows no place on a page, a header or footer.
 * A Word document's headers and footers are its reader's to report (docx-furniture.ts), each as a header or a footer.
 */
export function runningFillIns(blocks: readonly Block[]): Decision[] {
  const seen = new Set<string>();
  const decisions: Decision[] = [];
  for (const block of blocks) {
    if (block.kind !== 'dropped' || !isRunningReason(block.reason.messageId)) continue;
    if (block.source.part !== undefined) continue;
    for (const text of fillInsOf(block.text).filter((fillIn) => !seen.has(fillIn))) {
      seen.add(text);
      decisions.push({
        ruleId: 'import-fill-in',
        messageId: 'import-fill-in.unfilled-running',
        fixId: 'import-fill-in.fill-in-original',
        params: { text, line: block.text },
        source: { ...block.source, part: runningPart(block.source) },
      });
    }
  }
  return decisions;
}

/** The frontmatter's fields the cover prints that a document's metadata may state, whose fill-ins are reported. */
export const COVER_FIELDS = ['title', 'organisation', 'version'] as const;

/** A fill-in the frontmatter's `field` took from a line of the cover ("Versie: [x.x]"), reported at that line. */
export function coverFillIn(field: (typeof COVER_FIELDS)[number], text: string, source: Block['source']): Decision {
  return {
    ruleId: 'import-fill-in',
    messageId: 'import-fill-in.unfilled-field',
    fixId: 'import-unstated.fill-in',
    params: { text, field, what: { messageId: `import-unstated.field-${field}` } },
    source,
    near: text,
    mark: text,
  };
}

/**
 * Each fill-in of the title, organisation and version the document's own metadata states, reported where it states them
 * (a front matter's line and column) and placed at the frontmatter's line: to be filled in there. A title read from
 * the text is a heading block, reported by fillInDecisions.
 */
export function statedFillIns({ meta, metaPlaces }: Pick<ReadDocument, 'meta' | 'metaPlaces'>): Decision[] {
  return COVER_FIELDS.flatMap((field) => {
    const value = meta?.[field];
    if (value === undefined) return [];
    return fillInsOf(value).map((text) => ({
      ruleId: 'import-fill-in',
      messageId: 'import-fill-in.unfilled-field',
      fixId: 'import-unstated.fill-in',
      params: { text, field, what: { messageId: `import-unstated.field-${field}` } },
      source: metaPlaces?.[field] ?? { line: 0 },
      near: value,
      mark: text,
    }));
  });
}
