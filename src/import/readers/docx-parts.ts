// The parts of a .docx that import reads: the ZIP container (fflate: small, no dependencies, synchronous, well
// kept) and its XML (@xmldom/xmldom: a standards DOM, so mixed content such as runs inside w:ins stays in order).
import { unzipSync } from 'fflate';
import { inMegabytes, inputLimits, LIMIT_VARIABLES, limitInMegabytes } from '../../io/limits.js';
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { errorById, messageLanguage } from '../../io/messages.js';
import { formatCount } from '../../text/output-language.js';
import { SOURCE_NAMESPACE } from '../../model/word-source.js';
import { insertedSymbol, typedSymbols } from './docx-symbols.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  document: Document;
  styles?: Document;
  /** numbering.xml's definitions (its DOM is not kept: numberingDefinitions). */
  numbering?: NumberingDefinitions;
  footnotes?: Document;
  /** endnotes.xml: read as footnotes are (a policy has one kind of note). */
  endnotes?: Document;
  comments?: Document;
  /** word/commentsExtended.xml: which comment replies to which (docx-comment-threads.ts). */
  commentsExtended?: Document;
  /** word/header*.xml, then word/footer*.xml, each in the order of its number: what Word prints on every page. */
  headersAndFooters: Document[];
  /** Relationship id → target (hyperlink addresses). */
  relationships: Map<string, string>;
  /** dc:title of docProps/core.xml, when set. */
  title?: string;
  /** docProps/custom.xml: the document's custom properties, name → text value. */
  properties: Map<string, string>;
  /** The clausemark source a custom XML part carries (src/model/word-source.ts), with the hash it states. */
  carried?: { text: string; hash: string };
}

/** Each header's and footer's root, with the word the report names its place by ("a footer of the Word document"). */
export function runningParts(parts: DocxParts): { root: Element; kind: 'header' | 'footer' }[] {
  return parts.headersAndFooters.flatMap((part) => {
    const root = part.documentElement;
    return root ? [{ root, kind: root.localName === 'ftr' ? ('footer' as const) : ('header' as const) }] : [];
  });
}

/** Child elements of `element` (optionally only those with local name `name`), in order. */
export function children(element: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (name === undefined || (node as Element).localName === name)) out.push(node as Element);
  }
  return out;
}

export const child = (element: Element | undefined, name: string): Element | undefined =>
  element ? children(element, name)[0] : undefined;

/** A w: attribute such as w:val. */
export const wAttr = (element: Element | undefined, name: string): string | undefined =>
  element?.getAttributeNS(W, name) ?? element?.getAttribute(`w:${name}`) ?? undefined;

/** A w: toggle property (w:b, w:vanish) set on: present, and its w:val not 0, false or off. */
export const isOn = (element: Element | undefined): boolean =>
  element !== undefined && !['0', 'false', 'off'].includes(wAttr(element, 'val') ?? 'true');

/** Whether a run is hidden in Word (w:vanish, w:specVanish): neither printed nor shown. */
export const isHiddenRun = (run: Element): boolean => {
  const properties = child(run, 'rPr');
  return isOn(child(properties, 'vanish')) || isOn(child(properties, 'specVanish'));
};

/**
 * Whether a run is struck through (w:strike, w:dstrike): formatting, not a tracked change, that says "not this". Set
 * on the run itself, or else by the character style it names (w:rStyle, `styleSetting` reads its chain of styles).
 */
export const isStruckRun = (
  run: Element,
  styleSetting: (styleId: string | undefined, name: string) => boolean | undefined = () => undefined,
): boolean => {
  const properties = child(run, 'rPr');
  const style = wAttr(child(properties, 'rStyle'), 'val');
  return ['strike', 'dstrike'].some((name) => {
    const direct = child(properties, name);
    return direct ? isOn(direct) : (styleSetting(style, name) ?? false);
  });
};

/** The font a run's text is set in (w:rFonts' ascii, else hAnsi), when the run names one. */
export const runFont = (run: Element): string | undefined => {
  const fonts = child(child(run, 'rPr'), 'rFonts');
  return wAttr(fonts, 'ascii') ?? wAttr(fonts, 'hAnsi');
};

/**
 * The text of a paragraph as printed, outside the body's own reading (a header or footer, a text box): its runs'
 * text, hidden runs aside, a tab as a tab (it separates parts), a line break as a space, a symbol font's sign
 * (inserted with Insert → Symbol or typed in the font) as the character it shows; each sign no character is known
 * for is left out and named in `unread`. Without them "≥ 4 jaar" in a header was listed as "4 jaar". A run
 * `leftOut` says is read elsewhere (a content control's placeholder) is not in it.
 */
export function printedParagraphText(
  paragraph: Element,
  unread: string[] = [],
  leftOut: (run: Element) => boolean = () => false,
): string {
  let text = '';
  for (const run of descendants(paragraph, 'r')) {
    if (isHiddenRun(run) || leftOut(run)) continue;
    for (const node of children(run)) {
      if (node.localName === 't') text += typedSymbols(node.textContent ?? '', runFont(run), unread);
      else if (node.localName === 'sym') text += insertedSymbol(wAttr(node, 'font') ?? '', wAttr(node, 'char'), unread);
      else if (node.localName === 'tab') text += '\t';
      else if (node.localName === 'br' || node.localName === 'cr') text += ' ';
    }
  }
  return text;
}

export const rAttr = (element: Element, name: string): string | undefined =>
  element.getAttributeNS(R, name) ?? element.getAttribute(`r:${name}`) ?? undefined;

/**
 * Every descendant element in the w: namespace with local name `name` (any name for '*'), in document order. Walked
 * by hand: xmldom's getElementsByTagNameNS builds a live list, and its walks were a third of a large import's time.
 */
export function descendants(element: Element | Document, name: string): Element[] {
  const out: Element[] = [];
  let node: Node | null = element.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      const found = node as Element;
      if (found.namespaceURI === W && (name === '*' || found.localName === name)) out.push(found);
      if (found.firstChild) {
        node = found.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === element) return out;
    }
    node = node ? node.nextSibling : null;
  }
  return out;
}

/**
 * A whole number Word stores as text (a list level 0–8, a start value), or `fallback` when the file holds something
 * else: a hand-edited or broken numbering.xml must not turn a label into "NaN" or stop the import.
 */
export function wordNumber(value: string | undefined, fallback: number, max: number): number {
  const number = value === undefined ? Number.NaN : Number(value);
  return Number.isInteger(number) && number >= 0 && number <= max ? number : fallback;
}

/** Word's list levels are 0 to 8. */
export const MAX_LEVEL = 8;
/** The largest start value Word accepts for a list level. */
const MAX_START = 32767;

/** The left indentation a `w:pPr` sets (w:left, or w:start as newer Word writes it), in twips. */
export function indentOf(pPr: Element | undefined): number | undefined {
  const ind = child(pPr, 'ind');
  const value = wAttr(ind, 'left') ?? wAttr(ind, 'start');
  const twips = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(twips) ? twips : undefined;
}

export interface NumberingLevel {
  format: string;
  start: number;
  /** The left indentation the level sets (twips), when it sets one. */
  indent?: number;
  /** The label Word shows, its level counters as %1, %2 … ("Artikel %1", "%1.%2", "%3)"). */
  text: string;
}

/** numbering.xml read once: its abstract definitions' levels, and each instance (w:num) with its start overrides. */
export interface NumberingDefinitions {
  abstract: Map<string, Map<number, NumberingLevel>>;
  instances: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

/**
 * What the readers use of numbering.xml, read from its DOM so the DOM can go at once: a writer that gives every
 * sub-list a w:num of its own makes it half the size of document.xml, and its DOM hundreds of MB for a long one.
 */
export function numberingDefinitions(document: Document): NumberingDefinitions {
  const abstract: NumberingDefinitions['abstract'] = new Map();
  const instances: NumberingDefinitions['instances'] = new Map();
  for (const definition of descendants(document, 'abstractNum')) {
    const levels = new Map<number, NumberingLevel>();
    for (const level of children(definition, 'lvl')) {
      const indent = indentOf(child(level, 'pPr'));
      levels.set(wordNumber(wAttr(level, 'ilvl'), 0, MAX_LEVEL), {
        format: wAttr(child(level, 'numFmt'), 'val') ?? 'decimal',
        start: wordNumber(wAttr(child(level, 'start'), 'val'), 1, MAX_START),
        text: wAttr(child(level, 'lvlText'), 'val') ?? '',
        ...(indent !== undefined ? { indent } : {}),
      });
    }
    abstract.set(wAttr(definition, 'abstractNumId') ?? '', levels);
  }
  for (const instance of descendants(document, 'num')) {
    const starts = new Map<number, number>();
    for (const override of children(instance, 'lvlOverride')) {
      const start = wAttr(child(override, 'startOverride'), 'val');
      if (start !== undefined)
        starts.set(wordNumber(wAttr(override, 'ilvl'), 0, MAX_LEVEL), wordNumber(start, 1, MAX_START));
    }
    instances.set(wAttr(instance, 'numId') ?? '', {
      abstractId: wAttr(child(instance, 'abstractNumId'), 'val') ?? '',
      starts,
    });
  }
  return { abstract, instances };
}

/**
 * How deep a part's elements may nest. A Word document nests a dozen levels, a table in a table a few more; the
 * readers walk the tree recursively, and 50,000 nested content controls ran them out of stack ("Maximum call stack
 * size exceeded").
 */
export const MAX_XML_DEPTH = 256;

/** Whether elements nest deeper than `max` below `root`: walked without recursion, stopping at the first too deep. */
function nestsDeeper(root: Element, max: number): boolean {
  let depth = 0;
  let node: Node | null = root;
  while (node) {
    if (node.firstChild && node.nodeType === 1) {
      node = node.firstChild;
      if (++depth > max) return true;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    if (!node || node === root) return false;
    node = node.nextSibling;
  }
  return false;
}

function parseXml(text: string, path: string, part: string): Document {
  const document = parsedXml(text, path, part);
  if (document.documentElement && nestsDeeper(document.documentElement, MAX_XML_DEPTH)) {
    throw errorById(
      {
        messageId: 'import-refused.docx-too-deep',
        fixId: 'import-refused.docx-flatten',
        params: { part, max: MAX_XML_DEPTH },
      },
      { place: { file: path } },
    );
  }
  return document;
}

function parsedXml(text: string, path: string, part: string): Document {
  try {
    return new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'application/xml') as unknown as Document;
  } catch (error) {
    throw errorById(
      {
        messageId: 'import-refused.docx-bad-xml',
        fixId: 'import-refused.save-again',
        params: { part, reason: (error as Error).message.split('\n')[0] ?? '' },
      },
      { place: { file: path } },
    );
  }
}

/** The entries import reads; the rest of the archive (images, fonts, embedded files) is never inflated. */
const isNeeded = (name: string): boolean =>
  NEEDED.has(name) || /^customXml\/item\d+\.xml$/.test(name) || HEADER_OR_FOOTER.test(name);
const HEADER_OR_FOOTER = /^word\/(header|footer)(\d+)\.xml$/;
const NEEDED = new Set([
  'docProps/custom.xml',
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'docProps/core.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/endnotes.xml',
  'word/comments.xml',
  'word/commentsExtended.xml',
]);

/**
 * The NEEDED entries of the archive, inflated; refuses a file that is no zip, an entry larger than the part limit,
 * or needed entries larger than the import limit in all: a 3 MB file of many custom XML parts, each under the part
 * limit, unpacked to 3.7 GB and ended "damaged" when the memory ran out.
 */
function neededEntries(bytes: Uint8Array, path: string): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  const { inflatedBytes: limit, importBytes: totalLimit } = inputLimits();
  let oversized: { name: string; size: number } | undefined;
  let total = 0;
  let count = 0;
  try {
    // First the sizes the archive states, inflating nothing; then, when they are within the limits, the entries.
    unzipSync(bytes, {
      filter: (entry) => {
        if (!isNeeded(entry.name)) return false;
        if (entry.originalSize > limit) oversized ??= { name: entry.name, size: entry.originalSize };
        total += entry.originalSize;
        count++;
        return false;
      },
    });
    files = oversized || total > totalLimit ? {} : unzipSync(bytes, { filter: (entry) => isNeeded(entry.name) });
  } catch (error) {
    throw errorById(
      {
        messageId: 'import-refused.docx-not-zip',
        fixId: 'import-refused.save-or-export-again',
        params: { reason: (error as Error).message },
      },
      { place: { file: path } },
    );
  }
  if (oversized) {
    throw errorById(
      {
        messageId: 'import-refused.part-too-large',
        fixId: 'import-refused.raise-inflated-limit',
        params: {
          part: oversized.name,
          size: inMegabytes(oversized.size),
          max: limitInMegabytes(limit),
          variable: LIMIT_VARIABLES.inflatedBytes,
        },
      },
      { place: { file: path } },
    );
  }
  if (total > totalLimit) {
    throw errorById(
      {
        messageId: 'import-refused.parts-too-large',
        fixId: 'import-refused.raise-inflated-limit',
        params: {
          count: formatCount(count, messageLanguage()),
          size: inMegabytes(total),
          max: limitInMegabytes(totalLimit),
          variable: LIMIT_VARIABLES.importBytes,
        },
      },
      { place: { file: path } },
    );
  }
  return files;
}

/**
 * Unzips the document and parses the parts import needs; refuses a file that is not a Word document. Only the
 * needed entries are inflated, each into a buffer of the size the archive states, and an entry stated larger than
 * the limit is refused before it is inflated: a 2 MB file with an unused 2 GiB image needed 2.2 GB of memory.
 */
export function readParts(bytes: Uint8Array, path: string): DocxParts {
  const files = neededEntries(bytes, path);
  const text = (name: string): string | undefined =>
    files[name] ? new TextDecoder('utf-8').decode(files[name]) : undefined;
  const main = text('word/document.xml');
  if (main === undefined) {
    throw errorById(
      { messageId: 'import-refused.zip-not-docx', fixId: 'import-refused.import-docx-itself' },
      { place: { file: path } },
    );
  }
  const optional = (name: string): Document | undefined => {
    const content = text(name);
    return content === undefined ? undefined : parseXml(content, path, name);
  };
  const relationships = new Map<string, string>();
  const rels = optional('word/_rels/document.xml.rels');
  for (const relation of rels
    ? Array.from(rels.getElementsByTagName('Relationship') as unknown as ArrayLike<Element>)
    : []) {
    relationships.set(relation.getAttribute('Id') ?? '', relation.getAttribute('Target') ?? '');
  }
  const core = optional('docProps/core.xml');
  const title = core
    ? Array.from(core.getElementsByTagName('dc:title') as unknown as ArrayLike<Element>)[0]?.textContent?.trim()
    : undefined;
  // numbering.xml first, read into its definitions and its DOM let go before document.xml's is made: the two
  // DOMs of a long document are never held at once.
  const numbering = ((): NumberingDefinitions | undefined => {
    const document = optional('word/numbering.xml');
    return document ? numberingDefinitions(document) : undefined;
  })();
  const parts: DocxParts = {
    document: parseXml(main, path, 'word/document.xml'),
    relationships,
    properties: customProperties(optional('docProps/custom.xml')),
    headersAndFooters: headerAndFooterNames(files).map((name) => parseXml(text(name) ?? '', path, name)),
  };
  const carried = carriedSource(files);
  if (carried) parts.carried = carried;
  const styles = optional('word/styles.xml');
  const footnotes = optional('word/footnotes.xml');
  const endnotes = optional('word/endnotes.xml');
  const comments = optional('word/comments.xml');
  const commentsExtended = comments ? optional('word/commentsExtended.xml') : undefined;
  if (styles) parts.styles = styles;
  if (numbering) parts.numbering = numbering;
  if (footnotes) parts.footnotes = footnotes;
  if (endnotes) parts.endnotes = endnotes;
  if (comments) parts.comments = comments;
  if (commentsExtended) parts.commentsExtended = commentsExtended;
  if (title) parts.title = title;
  return parts;
}

/** The names of the header and footer parts: headers first, each kind in the order of its number. */
function headerAndFooterNames(files: Record<string, Uint8Array>): string[] {
  const order = (name: string): number => {
    const [, kind, number] = HEADER_OR_FOOTER.exec(name) ?? [];
    return (kind === 'header' ? 0 : 1e6) + Number(number);
  };
  return Object.keys(files)
    .filter((name) => HEADER_OR_FOOTER.test(name))
    .sort((a, b) => order(a) - order(b));
}

/** Custom properties with a text value (vt:lpwstr, vt:bstr), by name. */
function customProperties(custom: Document | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const property of custom
    ? Array.from(custom.getElementsByTagName('property') as unknown as ArrayLike<Element>)
    : []) {
    const name = property.getAttribute('name');
    const value = Array.from(property.childNodes as unknown as ArrayLike<Element>).find((node) => node.nodeType === 1);
    if (name && value && /^(?:vt:)?(?:lpwstr|bstr|lpstr)$/.test(value.nodeName)) out.set(name, value.textContent ?? '');
  }
  return out;
}

/**
 * The source a clausemark Word document carries in a custom XML part (src/render/docx/source.ts): the first
 * customXml item whose root is in SOURCE_NAMESPACE. A part that cannot be read is no source (the document is then
 * read by its text alone), never a reason to refuse it.
 */
function carriedSource(files: Record<string, Uint8Array>): { text: string; hash: string } | undefined {
  const names = Object.keys(files)
    .filter((name) => /^customXml\/item\d+\.xml$/.test(name))
    .sort();
  for (const name of names) {
    const xml = new TextDecoder('utf-8').decode(files[name]);
    if (!xml.includes(SOURCE_NAMESPACE)) continue;
    try {
      const root = new DOMParser().parseFromString(xml, 'application/xml').documentElement;
      if (!root || root.namespaceURI !== SOURCE_NAMESPACE) continue;
      const body = root.textContent ?? '';
      const text =
        root.getAttribute('encoding') === 'base64'
          ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
          : body;
      return { text, hash: root.getAttribute('hash') ?? '' };
    } catch {
      // Not readable: as if it were not there.
    }
  }
  return undefined;
}
