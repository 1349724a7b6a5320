// A small XML well-formedness check for logo SVGs. The SVG renderer (svg-to-pdfkit) parses leniently and draws
// whatever it understood, so a truncated or hand-broken logo would silently come out half-drawn; checking here turns
// that into an error at the line and column of the fault. Not a full XML parser: no DTD processing (a DOCTYPE with an
// internal subset is refused, so no entity tricks), no namespaces beyond reading the root's local name. A fault is
// named by its entry in templates/messages/en.yaml (`svg-xml.*`), so the logo's error keeps its id.
import { wordMessage } from '../io/messages.js';
import type { MessageRef } from '../model/diagnostics.js';

export interface XmlRoot {
  /** Local name of the root element (`svg` for `<svg>` and `<svg:svg>`). */
  name: string;
  attributes: Record<string, string>;
}

export type XmlCheck =
  | { ok: true; root: XmlRoot }
  | { ok: false; message: string; problem: MessageRef; offset: number };

const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ATTRIBUTE_VALUE = /"([^"<]*)"|'([^'<]*)'/y;
const ENTITY = /&(?:[A-Za-z_][A-Za-z0-9_.-]*|#[0-9]+|#x[0-9A-Fa-f]+);/y;

class Failure {
  readonly problem: MessageRef;
  constructor(
    messageId: string,
    readonly offset: number,
    params?: MessageRef['params'],
  ) {
    this.problem = { messageId, ...(params ? { params } : {}) };
  }
}

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  match(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (found) this.pos = pattern.lastIndex;
    return found;
  }

  skipSpace(): void {
    this.match(SPACE);
  }

  startsWith(prefix: string): boolean {
    return this.text.startsWith(prefix, this.pos);
  }

  /** Skip to just after `end`, or fail with the fault `unterminated` (an svg-xml.* id) when it never comes. */
  skipPast(end: string, unterminated: string): void {
    const at = this.text.indexOf(end, this.pos);
    if (at === -1) throw new Failure(unterminated, this.pos);
    this.pos = at + end.length;
  }
}

function checkText(text: string, from: number, to: number): void {
  for (let at = text.indexOf('&', from); at !== -1 && at < to; at = text.indexOf('&', at + 1)) {
    ENTITY.lastIndex = at;
    if (!ENTITY.exec(text)) throw new Failure('svg-xml.bare-ampersand', at);
  }
}

function readStartTag(scanner: Scanner): { name: string; attributes: Record<string, string>; selfClosing: boolean } {
  const start = scanner.pos;
  scanner.pos++; // '<'
  const name = scanner.match(NAME)?.[0];
  if (!name) throw new Failure('svg-xml.no-element-name', start);
  const attributes: Record<string, string> = {};
  for (;;) {
    const before = scanner.pos;
    scanner.skipSpace();
    if (scanner.startsWith('/>')) {
      scanner.pos += 2;
      return { name, attributes, selfClosing: true };
    }
    if (scanner.startsWith('>')) {
      scanner.pos += 1;
      return { name, attributes, selfClosing: false };
    }
    if (scanner.pos === before) throw new Failure('svg-xml.expected-space', scanner.pos, { name });
    const attributeAt = scanner.pos;
    const attribute = scanner.match(NAME)?.[0];
    if (!attribute) throw new Failure('svg-xml.unexpected-character', scanner.pos, { name });
    scanner.skipSpace();
    if (!scanner.startsWith('=')) throw new Failure('svg-xml.no-attribute-value', scanner.pos, { attribute });
    scanner.pos++;
    scanner.skipSpace();
    const valueAt = scanner.pos;
    const value = scanner.match(ATTRIBUTE_VALUE);
    if (!value) throw new Failure('svg-xml.unquoted-value', valueAt, { attribute });
    if (Object.hasOwn(attributes, attribute)) throw new Failure('svg-xml.attribute-twice', attributeAt, { attribute });
    const text = value[1] ?? value[2] ?? '';
    checkText(scanner.text, valueAt, scanner.pos);
    attributes[attribute] = text;
  }
}

function checkDocument(text: string): XmlRoot {
  const scanner = new Scanner(text);
  const open: { name: string; offset: number }[] = [];
  let root: XmlRoot | undefined;
  while (scanner.pos < text.length) {
    const at = scanner.pos;
    if (scanner.startsWith('<?')) scanner.skipPast('?>', 'svg-xml.unterminated-instruction');
    else if (scanner.startsWith('<!--')) scanner.skipPast('-->', 'svg-xml.unterminated-comment');
    else if (scanner.startsWith('<![CDATA[')) {
      if (open.length === 0) throw new Failure('svg-xml.cdata-outside-root', at);
      scanner.skipPast(']]>', 'svg-xml.unterminated-cdata');
    } else if (scanner.startsWith('<!DOCTYPE')) {
      if (root) throw new Failure('svg-xml.doctype-after-root', at);
      const close = text.indexOf('>', at);
      const subset = text.indexOf('[', at);
      if (subset !== -1 && (close === -1 || subset < close)) throw new Failure('svg-xml.doctype-declarations', at);
      scanner.skipPast('>', 'svg-xml.unterminated-doctype');
    } else if (scanner.startsWith('</')) {
      scanner.pos += 2;
      const name = scanner.match(NAME)?.[0];
      scanner.skipSpace();
      if (!name || !scanner.startsWith('>')) throw new Failure('svg-xml.malformed-end-tag', at);
      scanner.pos++;
      const top = open.pop();
      if (!top) throw new Failure('svg-xml.end-without-start', at, { name });
      if (top.name !== name) throw new Failure('svg-xml.wrong-end-tag', at, { name, open: top.name });
    } else if (scanner.startsWith('<')) {
      if (open.length === 0 && root) throw new Failure('svg-xml.second-root', at);
      const tag = readStartTag(scanner);
      if (open.length === 0) root = { name: tag.name.slice(tag.name.indexOf(':') + 1), attributes: tag.attributes };
      if (!tag.selfClosing) open.push({ name: tag.name, offset: at });
    } else {
      const next = text.indexOf('<', at);
      const end = next === -1 ? text.length : next;
      if (open.length === 0 && text.slice(at, end).trim() !== '') throw new Failure('svg-xml.text-outside-root', at);
      checkText(text, at, end);
      scanner.pos = end;
    }
  }
  const unclosed = open.pop();
  if (unclosed) throw new Failure('svg-xml.never-closed', unclosed.offset, { name: unclosed.name });
  if (!root) throw new Failure('svg-xml.no-element', 0);
  return root;
}

/** Check that `text` is well-formed XML; returns the root element or the first fault and its offset. */
export function checkXml(text: string): XmlCheck {
  try {
    return { ok: true, root: checkDocument(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text) };
  } catch (error) {
    if (error instanceof Failure)
      return { ok: false, message: wordMessage(error.problem), problem: error.problem, offset: error.offset };
    throw error;
  }
}
