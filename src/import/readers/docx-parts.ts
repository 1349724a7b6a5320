// The parts of a .docx that import reads: the ZIP container (fflate: small, no dependencies, synchronous, well
// kept) and its XML (@xmldom/xmldom: a standards DOM, so mixed content such as runs inside w:ins stays in order).
import { unzipSync } from 'fflate';
import { inMegabytes, inputLimits, LIMIT_VARIABLES, limitInMegabytes } from '../../io/limits.js';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { errorById } from '../../io/messages.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  document: Document;
  styles?: Document;
  numbering?: Document;
  footnotes?: Document;
  comments?: Document;
  /** Relationship id → target (hyperlink addresses). */
  relationships: Map<string, string>;
  /** dc:title of docProps/core.xml, when set. */
  title?: string;
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

export const rAttr = (element: Element, name: string): string | undefined =>
  element.getAttributeNS(R, name) ?? element.getAttribute(`r:${name}`) ?? undefined;

/** Every descendant with local name `name`. */
export function descendants(element: Element | Document, name: string): Element[] {
  return Array.from(element.getElementsByTagNameNS(W, name) as unknown as ArrayLike<Element>);
}

function parseXml(text: string, path: string, part: string): Document {
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
const NEEDED = new Set([
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'docProps/core.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/comments.xml',
]);

/** The NEEDED entries of the archive, inflated; refuses a file that is no zip or an entry larger than the limit. */
function neededEntries(bytes: Uint8Array, path: string): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  const limit = inputLimits().inflatedBytes;
  let oversized: { name: string; size: number } | undefined;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (!NEEDED.has(entry.name)) return false;
        if (entry.originalSize > limit) oversized ??= { name: entry.name, size: entry.originalSize };
        return entry.originalSize <= limit;
      },
    });
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
  const parts: DocxParts = { document: parseXml(main, path, 'word/document.xml'), relationships };
  const styles = optional('word/styles.xml');
  const numbering = optional('word/numbering.xml');
  const footnotes = optional('word/footnotes.xml');
  const comments = optional('word/comments.xml');
  if (styles) parts.styles = styles;
  if (numbering) parts.numbering = numbering;
  if (footnotes) parts.footnotes = footnotes;
  if (comments) parts.comments = comments;
  if (title) parts.title = title;
  return parts;
}
