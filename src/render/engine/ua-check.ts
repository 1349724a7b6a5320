// A self-check of a PDF we just wrote against the machine-checkable part of the Matterhorn Protocol (PDF/UA-1), so
// that the file may claim PDF/UA only when these checks pass ("machine checks passed", never "validated": no
// validator installs here). It reads the objects pdfkit writes in the clear (no object streams) and inflates the
// pages' content streams to see that everything drawn is tagged or an artifact and that words are parted by space
// glyphs, not only by moving the pen (justified text whose spaces are gaps reads as "Deschooldraagtzorg").
import { inflateSync } from 'node:zlib';

/** One property of the Matterhorn Protocol this checks; the ids key the wording in templates/messages. */
export type UaProperty =
  | 'catalog-language'
  | 'content-tagged'
  | 'title-shown'
  | 'tagged'
  | 'heading-levels'
  | 'table-header-scope'
  | 'list-structure'
  | 'links-tagged'
  | 'alternate-text'
  | 'fonts-embedded'
  | 'tab-order'
  | 'real-spaces';

export interface UaFailure {
  property: UaProperty;
  /** The object number the failure was found in, when there is one. */
  object?: string;
}

type Objects = Map<string, string>;

function readObjects(text: string): Objects {
  const found: Objects = new Map();
  for (const match of text.matchAll(/(\d+) 0 obj\n?(<<[\s\S]*?>>)\s*(?:endobj|stream)/g))
    found.set(match[1] ?? '', match[2] ?? '');
  return found;
}

const ref = (dictionary: string, key: string): string | undefined =>
  new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1];

/** The direct or referenced dictionary under `key`. */
function entry(objects: Objects, dictionary: string, key: string): string | undefined {
  const at = ref(dictionary, key);
  if (at !== undefined) return objects.get(at);
  return new RegExp(`/${key} (<<[\\s\\S]*?>>)`).exec(dictionary)?.[1];
}

const structType = (dictionary: string): string | undefined => /\/S \/(\w+)/.exec(dictionary)?.[1];

/** Structure elements below `element` in reading order (depth first), with their object numbers. */
function walk(objects: Objects, at: string, visit: (at: string, dictionary: string) => void): void {
  const dictionary = objects.get(at);
  if (!dictionary) return;
  visit(at, dictionary);
  const kids = /\/K (\[[^\]]*\]|\d+ 0 R)/.exec(dictionary)?.[1] ?? '';
  for (const kid of kids.matchAll(/(\d+) 0 R/g)) {
    const child = objects.get(kid[1] ?? '');
    // Object references inside /K (OBJR dictionaries) point at annotations, not elements.
    if (child && /\/S \/\w+/.test(child) && !/\/Type \/(OBJR|Annot)/.test(child)) walk(objects, kid[1] ?? '', visit);
  }
}

/** Where each object's first `N 0 obj` line starts (at its line break), by object number. */
function objectLines(text: string): Map<string, number> {
  const starts = new Map<string, number>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj/g))
    if (!starts.has(match[1]!)) starts.set(match[1]!, match.index);
  return starts;
}

/** The header of object `at`'s stream: tried where its first line is (`lines`), else searched for as before. */
function streamHeader(text: string, at: string, lines: Map<string, number>): RegExpExecArray | null {
  const source = `(?:^|\\n)${at} 0 obj\\n?(<<[\\s\\S]*?>>)\\s*stream\\r?\\n`;
  const line = lines.get(at);
  if (line === undefined) return null;
  const here = new RegExp(source, 'y');
  here.lastIndex = line;
  return here.exec(text) ?? new RegExp(source).exec(text);
}

/** The decoded content stream of object `at`, or undefined when it cannot be read. */
function streamOf(text: string, bytes: Uint8Array, at: string, lines: Map<string, number>): string | undefined {
  const header = streamHeader(text, at, lines);
  if (!header) return undefined;
  const length = Number(/\/Length (\d+)/.exec(header[1] ?? '')?.[1]);
  if (!Number.isFinite(length)) return undefined;
  const start = header.index + header[0].length;
  const raw = bytes.subarray(start, start + length);
  try {
    return Buffer.from(/\/FlateDecode/.test(header[1] ?? '') ? inflateSync(raw) : raw).toString('latin1');
  } catch {
    return undefined;
  }
}

const CONTENT_TOKEN = /\((?:\\.|[^\\)])*\)|<<|>>|<[0-9A-Fa-f\s]*>|[[\]]|\/[^\s/[\]()<>]+|[^\s/[\]()<>]+/g;
/** Operators that put something on the page: text, painted paths, images and forms, shadings. */
const DRAWING = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);

/** Whether everything a page draws is inside marked content (a tagged sequence or an Artifact), token by token. */
function markedContent(): { visit(token: string): void; marked: boolean } {
  let depth = 0;
  return {
    marked: true,
    visit(token) {
      if (token === 'BDC' || token === 'BMC') depth++;
      else if (token === 'EMC') depth = Math.max(0, depth - 1);
      else if (depth === 0 && DRAWING.has(token)) this.marked = false;
    },
  };
}

/**
 * A gap in a TJ array wider than this (thousandths of an em, moving the pen right) parts two words: kerning is far
 * smaller. Such a gap must follow a space glyph, else the words run together in the text.
 */
const WORD_GAP = 100;

/** The codes a ToUnicode map (its bfchar and bfrange entries) maps to a space. */
function spaceCodes(cmap: string): Set<string> {
  const codes = new Set<string>();
  const isSpace = (unicode: string): boolean => /^0*20$/i.test(unicode);
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      if (isSpace(unicode!)) codes.add(code!.toLowerCase());
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)/g,
    )) {
      const start = Number.parseInt(low!, 16);
      const width = low!.length;
      const targets = target!.startsWith('[')
        ? [...target!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((match) => match[1]!)
        : Array.from({ length: Number.parseInt(high!, 16) - start + 1 }, (_, index) =>
            (Number.parseInt(target!.slice(1, -1), 16) + index).toString(16),
          );
      targets.forEach((unicode, index) => {
        if (isSpace(unicode)) codes.add((start + index).toString(16).padStart(width, '0'));
      });
    }
  }
  return codes;
}

/** The last glyph code a TJ string shows (hex strings: two-byte codes of our Type0 fonts, or one byte). */
function lastCode(token: string): string | undefined {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s/g, '').toLowerCase();
    const size = hex.length % 4 === 0 ? 4 : 2;
    return hex.length >= size ? hex.slice(-size) : undefined;
  }
  const literal = token.slice(1, -1);
  return literal.length > 0
    ? literal
        .charCodeAt(literal.length - 1)
        .toString(16)
        .padStart(2, '0')
    : undefined;
}

/** Whether every word gap in a page's TJ arrays follows a space glyph of the font in use, token by token. */
function realSpaces(spacesOf: (font: string) => Set<string> | undefined): {
  visit(token: string): void;
  real: boolean;
} {
  let font = '';
  let previous = '';
  let array: string[] | undefined;
  const gapsFollowSpaces = (elements: string[]): boolean => {
    // A font without a Unicode map says nothing about its spaces (fonts-embedded reports it).
    const spaces = spacesOf(font);
    let last: string | undefined;
    for (const element of spaces ? elements : []) {
      if (element.startsWith('<') || element.startsWith('(')) last = lastCode(element);
      else if (Number(element) <= -WORD_GAP && (last === undefined || !spaces?.has(last))) return false;
    }
    return true;
  };
  return {
    real: true,
    visit(token) {
      if (token === 'Tf') font = previous;
      else if (token === '[') array = [];
      else if (token === ']' && array) {
        if (!gapsFollowSpaces(array)) this.real = false;
        array = undefined;
      } else if (array) array.push(token);
      if (token.startsWith('/')) previous = token.slice(1);
    },
  };
}

/** Whether a page's content is all marked and its word gaps all follow spaces: one pass over its tokens. */
function checkContent(
  content: string,
  spacesOf: (font: string) => Set<string> | undefined,
): { marked: boolean; spaces: boolean } {
  const marked = markedContent();
  const spaces = realSpaces(spacesOf);
  for (const match of content.matchAll(CONTENT_TOKEN)) {
    const token = match[0];
    if (marked.marked) marked.visit(token);
    if (spaces.real) spaces.visit(token);
    if (!marked.marked && !spaces.real) break;
  }
  return { marked: marked.marked, spaces: spaces.real };
}

type Fail = (property: UaProperty, object?: string) => void;

/** Every failure of the checked properties; none means the file passes. */
export function checkPdfUa(bytes: Uint8Array): UaFailure[] {
  const text = Buffer.from(bytes).toString('latin1');
  const objects = readObjects(text);
  const failures: UaFailure[] = [];
  const fail: Fail = (property, object) => {
    failures.push(object === undefined ? { property } : { property, object });
  };
  const catalog = [...objects.values()].find((dictionary) => /\/Type \/Catalog/.test(dictionary)) ?? '';
  checkCatalog(objects, catalog, text, fail);
  checkStructure(objects, catalog, fail);
  checkObjects(objects, text, bytes, fail);
  return failures;
}

/** The document's own claims: a language, a title the viewer shows, and a structure tree marked as tagged. */
function checkCatalog(objects: Objects, catalog: string, text: string, fail: Fail): void {
  if (!/\/Lang \((?:[^)\\]|\\.)+\)/.test(catalog)) fail('catalog-language');

  const preferences = entry(objects, catalog, 'ViewerPreferences') ?? '';
  const metadataAt = ref(catalog, 'Metadata');
  const metadata =
    metadataAt === undefined
      ? ''
      : (new RegExp(`\\n${metadataAt} 0 obj[\\s\\S]*?stream\\n([\\s\\S]*?)endstream`).exec(text)?.[1] ?? '');
  if (!/\/DisplayDocTitle true/.test(preferences) || !/<dc:title>[\s\S]*?\S[\s\S]*?<\/dc:title>/.test(metadata))
    fail('title-shown');

  const markInfo = entry(objects, catalog, 'MarkInfo') ?? '';
  if (!/\/Marked true/.test(markInfo) || ref(catalog, 'StructTreeRoot') === undefined) fail('tagged');
}

/** The structure tree in reading order: heading levels, table headers, figures' alternate text, lists. */
function checkStructure(objects: Objects, catalog: string, fail: Fail): void {
  // Heading levels without gaps, in reading order: each heading at most one level below the one before it.
  let level = 0;
  const treeAt = ref(catalog, 'StructTreeRoot');
  const tree = treeAt === undefined ? undefined : objects.get(treeAt);
  const rootAt = tree === undefined ? undefined : /\/K (?:\[\s*)?(\d+) 0 R/.exec(tree)?.[1];
  if (rootAt === undefined) return;
  walk(objects, rootAt, (at, dictionary) => {
    const type = structType(dictionary);
    const heading = /^H([1-6])$/.exec(type ?? '');
    if (heading) {
      const next = Number(heading[1]);
      if (next > level + 1) fail('heading-levels', at);
      level = next;
    }
    if (type === 'TH' && !/\/Scope \/(Row|Column|Both)/.test(dictionary)) fail('table-header-scope', at);
    if (type === 'Figure' && !/\/(Alt|ActualText) \((?:[^)\\]|\\.)+\)/.test(dictionary)) fail('alternate-text', at);
    if (type === 'L' || type === 'LI') {
      const allowed = type === 'L' ? /^(LI|Caption|L)$/ : /^(Lbl|LBody)$/;
      const kids = /\/K (\[[^\]]*\])/.exec(dictionary)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) {
        const child = objects.get(kid[1] ?? '') ?? '';
        if (!allowed.test(structType(child) ?? '')) fail('list-structure', at);
      }
    }
  });
}

/** Object by object: links tagged, fonts embedded and mapped to Unicode, and each page's tab order and content. */
function checkObjects(objects: Objects, text: string, bytes: Uint8Array, fail: Fail): void {
  const lines = objectLines(text);
  const fontSpaces = spacesOfPageFont(objects, text, bytes, lines);
  for (const [at, dictionary] of objects) {
    if (/\/Subtype \/Link/.test(dictionary) && /\/Type \/Annot/.test(dictionary)) {
      if (!/\/StructParent \d+/.test(dictionary) || !/\/Contents \(/.test(dictionary)) fail('links-tagged', at);
    }
    if (/\/Type \/FontDescriptor/.test(dictionary) && !/\/FontFile[23]? \d+ 0 R/.test(dictionary))
      fail('fonts-embedded', at);
    // Fonts the text is set in (not the CID fonts under a Type0, which the Type0's map covers) map to Unicode.
    if (/\/Type \/Font\b/.test(dictionary) && !/\/Subtype \/CIDFontType[02]/.test(dictionary)) {
      if (!/\/ToUnicode \d+ 0 R/.test(dictionary)) fail('fonts-embedded', at);
    }
    if (/\/Type \/Page\b/.test(dictionary)) {
      if (!/\/Tabs \/S/.test(dictionary)) fail('tab-order', at);
      const contents = /\/Contents (\d+) 0 R/.exec(dictionary)?.[1];
      const content = contents === undefined ? undefined : streamOf(text, bytes, contents, lines);
      // A page sets a few fonts a great many times: each name is looked up once per page.
      const pageFonts = new Map<string, Set<string> | undefined>();
      const spacesOf = (font: string): Set<string> | undefined => {
        if (!pageFonts.has(font)) pageFonts.set(font, fontSpaces(font, dictionary));
        return pageFonts.get(font);
      };
      const checked = content === undefined ? undefined : checkContent(content, spacesOf);
      if (!checked?.marked) fail('content-tagged', at);
      if (checked && !checked.spaces) fail('real-spaces', at);
    }
  }
}

/** The space codes of a font a page names (through its resources), read from the font's ToUnicode map once. */
function spacesOfPageFont(
  objects: Objects,
  text: string,
  bytes: Uint8Array,
  lines: Map<string, number>,
): (name: string, page: string) => Set<string> | undefined {
  const spacesByFont = new Map<string, Set<string> | undefined>();
  return (name, page) => {
    const resources = entry(objects, page, 'Resources') ?? '';
    const fonts = entry(objects, resources, 'Font') ?? '';
    const fontAt = ref(fonts, name.replace(/[^\w.-]/g, ''));
    if (fontAt === undefined) return undefined;
    if (!spacesByFont.has(fontAt)) {
      const cmapAt = ref(objects.get(fontAt) ?? '', 'ToUnicode');
      const cmap = cmapAt === undefined ? undefined : streamOf(text, bytes, cmapAt, lines);
      spacesByFont.set(fontAt, cmap === undefined ? undefined : spaceCodes(cmap));
    }
    return spacesByFont.get(fontAt);
  };
}
