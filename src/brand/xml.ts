// A small XML well-formedness check for logo SVGs. The SVG renderer (svg-to-pdfkit) parses leniently and draws
// whatever it understood, so a truncated or hand-broken logo would silently come out half-drawn; checking here turns
// that into an error at the line and column of the fault. Not a full XML parser: no DTD processing (a DOCTYPE with an
// internal subset is refused, so no entity tricks), no namespaces beyond reading the root's local name.

export interface XmlRoot {
  /** Local name of the root element (`svg` for `<svg>` and `<svg:svg>`). */
  name: string;
  attributes: Record<string, string>;
}

export type XmlCheck = { ok: true; root: XmlRoot } | { ok: false; message: string; offset: number };

const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ATTRIBUTE_VALUE = /"([^"<]*)"|'([^'<]*)'/y;
const ENTITY = /&(?:[A-Za-z_][A-Za-z0-9_.-]*|#[0-9]+|#x[0-9A-Fa-f]+);/y;

class Failure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
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

  /** Skip to just after `end`, or fail with `message` when it never comes. */
  skipPast(end: string, message: string): void {
    const at = this.text.indexOf(end, this.pos);
    if (at === -1) throw new Failure(message, this.pos);
    this.pos = at + end.length;
  }
}

function checkText(text: string, from: number, to: number): void {
  for (let at = text.indexOf('&', from); at !== -1 && at < to; at = text.indexOf('&', at + 1)) {
    ENTITY.lastIndex = at;
    if (!ENTITY.exec(text)) throw new Failure('a bare `&` (write it as `&amp;`)', at);
  }
}

function readStartTag(scanner: Scanner): { name: string; attributes: Record<string, string>; selfClosing: boolean } {
  const start = scanner.pos;
  scanner.pos++; // '<'
  const name = scanner.match(NAME)?.[0];
  if (!name) throw new Failure('`<` not followed by an element name (write a literal `<` as `&lt;`)', start);
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
    if (scanner.pos === before) throw new Failure(`expected a space, \`>\` or \`/>\` in <${name}>`, scanner.pos);
    const attributeAt = scanner.pos;
    const attribute = scanner.match(NAME)?.[0];
    if (!attribute) throw new Failure(`unexpected character in <${name}>`, scanner.pos);
    scanner.skipSpace();
    if (!scanner.startsWith('=')) throw new Failure(`attribute \`${attribute}\` has no value`, scanner.pos);
    scanner.pos++;
    scanner.skipSpace();
    const valueAt = scanner.pos;
    const value = scanner.match(ATTRIBUTE_VALUE);
    if (!value) throw new Failure(`the value of \`${attribute}\` must be quoted (and contain no \`<\`)`, valueAt);
    if (Object.hasOwn(attributes, attribute))
      throw new Failure(`attribute \`${attribute}\` appears twice`, attributeAt);
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
    if (scanner.startsWith('<?')) scanner.skipPast('?>', 'unterminated `<?` instruction');
    else if (scanner.startsWith('<!--')) scanner.skipPast('-->', 'unterminated comment `<!--`');
    else if (scanner.startsWith('<![CDATA[')) {
      if (open.length === 0) throw new Failure('CDATA outside the root element', at);
      scanner.skipPast(']]>', 'unterminated `<![CDATA[`');
    } else if (scanner.startsWith('<!DOCTYPE')) {
      if (root) throw new Failure('DOCTYPE after the root element', at);
      const close = text.indexOf('>', at);
      const subset = text.indexOf('[', at);
      if (subset !== -1 && (close === -1 || subset < close))
        throw new Failure('a DOCTYPE with declarations is not supported in a logo', at);
      scanner.skipPast('>', 'unterminated DOCTYPE');
    } else if (scanner.startsWith('</')) {
      scanner.pos += 2;
      const name = scanner.match(NAME)?.[0];
      scanner.skipSpace();
      if (!name || !scanner.startsWith('>')) throw new Failure('malformed end tag', at);
      scanner.pos++;
      const top = open.pop();
      if (!top) throw new Failure(`end tag </${name}> without a start tag`, at);
      if (top.name !== name) throw new Failure(`</${name}> closes <${top.name}>`, at);
    } else if (scanner.startsWith('<')) {
      if (open.length === 0 && root)
        throw new Failure('a second root element (an SVG has one <svg> element around everything)', at);
      const tag = readStartTag(scanner);
      if (open.length === 0) root = { name: tag.name.slice(tag.name.indexOf(':') + 1), attributes: tag.attributes };
      if (!tag.selfClosing) open.push({ name: tag.name, offset: at });
    } else {
      const next = text.indexOf('<', at);
      const end = next === -1 ? text.length : next;
      if (open.length === 0 && text.slice(at, end).trim() !== '')
        throw new Failure('text outside the root element', at);
      checkText(text, at, end);
      scanner.pos = end;
    }
  }
  const unclosed = open.pop();
  if (unclosed) throw new Failure(`<${unclosed.name}> is never closed (the file may be cut short)`, unclosed.offset);
  if (!root) throw new Failure('no element at all', 0);
  return root;
}

/** Check that `text` is well-formed XML; returns the root element or the first fault and its offset. */
export function checkXml(text: string): XmlCheck {
  try {
    return { ok: true, root: checkDocument(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text) };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}
