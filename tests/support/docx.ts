// Reading .docx files back with independent readers: pandoc (`-f docx --track-changes=all -t json`) for the
// structure and the tracked changes, and the package's own XML parts for what pandoc does not report (numbering
// definitions, fields, properties). Tests that need pandoc skip with a message when it is missing, and fail
// under CI=true, where .ci/run installs it.
import { spawnSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';

export const HAVE_PANDOC = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;
export const PANDOC_SKIP =
  'pandoc is not installed (apt-get install pandoc); skipping the pandoc read-back of .docx files';
export const HAVE_SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
export const SOFFICE_SKIP =
  'LibreOffice (soffice) is not installed (apt-get install libreoffice-writer-nogui); skipping the conversion check';

/** Under CI=true a missing pandoc is a failure, not a skip. */
export function requirePandocInCi(): void {
  if (!HAVE_PANDOC && process.env.CI === 'true')
    throw new Error('pandoc is required under CI=true (.ci/run installs it)');
}

/** The parts of a ZIP package by name, as bytes (stored or DEFLATE entries): read here, not by the product's reader. */
export function zipBinaryParts(bytes: Uint8Array): Map<string, Buffer> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const parts = new Map<string, Buffer>();
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < view.getUint16(end + 10, true); index++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + size);
    parts.set(name, method === 0 ? Buffer.from(raw) : inflateRawSync(raw));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return parts;
}

/** The parts of a ZIP package by name, as text. */
/** An embedded font part of a .docx read back: ECMA-376 §17.8.1, the GUID's 32 hex digits as 16 bytes, reversed,
 * XORed over the first 32 bytes of the file. */
export function deobfuscate(data: Buffer, fontKey: string): Buffer {
  const hex = fontKey.replace(/[{}-]/g, '');
  const key = Array.from({ length: 16 }, (_, index) => Number.parseInt(hex.substr(index * 2, 2), 16)).reverse();
  const out = Buffer.from(data);
  for (let index = 0; index < 32; index++) out[index] = out[index]! ^ key[index % 16]!;
  return out;
}

export function zipParts(bytes: Uint8Array): Map<string, string> {
  return new Map([...zipBinaryParts(bytes)].map(([name, data]) => [name, data.toString('utf8')]));
}

/** The DOS timestamps (time, date) of every entry, local headers and central directory alike. */
export function zipStamps(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  const stamps: string[] = [];
  for (let at = 0; at < buffer.length - 4; at++) {
    const signature = buffer.readUInt32LE(at);
    if (signature === 0x04034b50) stamps.push(`${buffer.readUInt16LE(at + 12)}:${buffer.readUInt16LE(at + 10)}`);
    if (signature === 0x02014b50) stamps.push(`${buffer.readUInt16LE(at + 14)}:${buffer.readUInt16LE(at + 12)}`);
  }
  return stamps;
}

type Node = { t: string; c?: unknown };

export interface ReadHeading {
  level: number;
  id: string;
  text: string;
}

export interface ReadParagraph {
  text: string;
  /** How many lists deep (0: not in a list). */
  listDepth: number;
  ordered: boolean;
  /** Bookmarks (pandoc: span and header ids) in the paragraph. */
  ids: string[];
}

export interface ReadChange {
  kind: 'insertion' | 'deletion';
  author: string;
  date: string;
  text: string;
}

export interface ReadDocument {
  headings: ReadHeading[];
  paragraphs: ReadParagraph[];
  changes: ReadChange[];
  /** All text, insertions and deletions included. */
  text: string;
}

/** Changes as pandoc reports them (one span per Word run), with the position of the node after each. */
interface RawChange extends ReadChange {
  end: number;
  start: number;
}

function inlineText(nodes: readonly Node[], ids: string[], changes: RawChange[], counter: { at: number }): string {
  let out = '';
  for (const node of nodes) {
    counter.at++;
    switch (node.t) {
      case 'Str':
        out += node.c as string;
        break;
      case 'Space':
      case 'SoftBreak':
      case 'LineBreak':
        out += ' ';
        break;
      case 'Span': {
        const [[id, classes, attributes], children] = node.c as [[string, string[], [string, string][]], Node[]];
        if (id) ids.push(id);
        const start = counter.at;
        const text = inlineText(children, ids, changes, counter);
        const kind = classes.find((name) => name === 'insertion' || name === 'deletion') as
          | ReadChange['kind']
          | undefined;
        if (kind) {
          const attribute = (key: string): string => attributes.find(([name]) => name === key)?.[1] ?? '';
          changes.push({ kind, author: attribute('author'), date: attribute('date'), text, start, end: ++counter.at });
        }
        out += text;
        break;
      }
      case 'Emph':
      case 'Strong':
      case 'Underline':
      case 'Strikeout':
      case 'Superscript':
      case 'Subscript':
      case 'SmallCaps':
        out += inlineText(node.c as Node[], ids, changes, counter);
        break;
      case 'Link':
        out += inlineText((node.c as [unknown, Node[], unknown])[1], ids, changes, counter);
        break;
      case 'Code':
        out += (node.c as [unknown, string])[1];
        break;
      default:
        break;
    }
  }
  return out;
}

/** Word writes a change per run: runs of one change that touch are one change to a reader. */
function mergeChanges(raw: readonly RawChange[]): ReadChange[] {
  const out: RawChange[] = [];
  for (const change of raw) {
    const last = out[out.length - 1];
    if (
      last &&
      last.kind === change.kind &&
      last.author === change.author &&
      last.date === change.date &&
      last.end + 1 >= change.start
    ) {
      last.text += change.text;
      last.end = change.end;
    } else out.push({ ...change });
  }
  return out.map(({ kind, author, date, text }) => ({ kind, author, date, text }));
}

/** pandoc's reading of a .docx: headings, paragraphs with their list depth, tracked changes in order. */
export function readWithPandoc(file: string): ReadDocument {
  const result = spawnSync('pandoc', ['-f', 'docx', '--track-changes=all', '-t', 'json', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pandoc failed on ${file}: ${result.stderr}`);
  const ast = JSON.parse(result.stdout) as { blocks: Node[] };
  const document: ReadDocument = { headings: [], paragraphs: [], changes: [], text: '' };
  const raw: RawChange[] = [];
  const counter = { at: 0 };
  const texts: string[] = [];
  const visit = (blocks: readonly Node[], listDepth: number, ordered: boolean): void => {
    for (const block of blocks) {
      counter.at += 2; // a paragraph boundary separates changes
      switch (block.t) {
        case 'Header': {
          const [level, [id], inlines] = block.c as [number, [string], Node[]];
          const text = inlineText(inlines, [], raw, counter).replace(/\s+/g, ' ').trim();
          document.headings.push({ level, id, text });
          texts.push(text);
          break;
        }
        case 'Para':
        case 'Plain': {
          const ids: string[] = [];
          const text = inlineText(block.c as Node[], ids, raw, counter)
            .replace(/\s+/g, ' ')
            .trim();
          document.paragraphs.push({ text, listDepth, ordered, ids });
          texts.push(text);
          break;
        }
        case 'OrderedList':
          for (const item of (block.c as [unknown, Node[][]])[1]) visit(item, listDepth + 1, true);
          break;
        case 'BulletList':
          for (const item of block.c as Node[][]) visit(item, listDepth + 1, false);
          break;
        case 'Table': {
          // Cells as one line of their words, for text checks.
          const words: string[] = [];
          const collect = (value: unknown): void => {
            if (Array.isArray(value)) value.forEach(collect);
            else if (value && typeof value === 'object') {
              const node = value as Node;
              if (node.t === 'Str') words.push(node.c as string);
              else collect(node.c);
            }
          };
          collect(block.c);
          texts.push(words.join(' '));
          break;
        }
        case 'BlockQuote':
        case 'Div':
          visit(block.t === 'Div' ? (block.c as [unknown, Node[]])[1] : (block.c as Node[]), listDepth, ordered);
          break;
        default:
          break;
      }
    }
  };
  visit(ast.blocks, 0, false);
  document.changes = mergeChanges(raw);
  document.text = texts.join('\n');
  return document;
}
