// Other tools' metadata (src/parse/fence.ts findForeignMetadata) → the same Frontmatter model the YAML block gives:
// data as written, with the place of every field, so `check` points at a TOML key as it does at a YAML one. What
// cannot be read (bad TOML) is a fatal finding at its line and column, never body text.
import { parse as parseToml, TomlError } from 'smol-toml';
import type { MessageParam } from '../model/diagnostics.js';
import type { Frontmatter, Point, Span } from '../model/policy.js';
import { worded } from '../io/messages.js';
import type { ForeignBlock } from './fence.js';
import { type FrontmatterResult, readYamlFields, setOwn } from './frontmatter.js';

/** Line and column of offsets in one source text. */
class Positions {
  private readonly lineStarts: number[] = [0];
  constructor(source: string) {
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }
  point(offset: number): Point {
    let line = 0;
    while (line + 1 < this.lineStarts.length && (this.lineStarts[line + 1] ?? 0) <= offset) line++;
    return { line: line + 1, column: offset - (this.lineStarts[line] ?? 0) + 1, offset };
  }
  span(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) };
  }
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? 0;
  }
}

/** TOML values as the YAML reader gives them: dates as their ISO text, the rest as they are. */
function plainToml(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(plainToml);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setOwn(out, key, plainToml(item));
    return out;
  }
  return value;
}

/** TOML that does not parse: where it went wrong, with the parser's reason (an open quote said plainly). */
function tomlSyntaxError(error: unknown, block: ForeignBlock, firstLine: number): FrontmatterResult {
  const line = error instanceof TomlError ? firstLine + error.line - 1 : firstLine;
  let column = error instanceof TomlError ? error.column : 1;
  const said = String(error instanceof Error ? error.message : error)
    .split('\n')[0]
    ?.replace(/^Invalid TOML document:\s*/, '');
  let reason: MessageParam = said ?? '';
  // A string left open runs into the line ending, which TOML reports as a control character: point at its quote.
  const text = block.content.split('\n')[line - firstLine] ?? '';
  const quote = /=\s*(["'])(?:(?!\1).)*$/.exec(text);
  if (quote && /control character|unterminated|end of/i.test(said ?? '')) {
    column = text.indexOf(quote[1] as string, text.indexOf('=')) + 1;
    reason = { messageId: 'toml-syntax.unclosed-quote', params: { quote: quote[1] ?? '"' } };
  }
  return {
    findings: [
      {
        ruleId: 'toml-syntax',
        severity: 'error',
        fatal: true,
        place: { start: { line, column }, end: { line, column: column + 1 } },
        ...worded({ messageId: 'toml-syntax.invalid', fixId: 'toml-syntax.write-fields', params: { reason } }),
      },
    ],
  };
}

/** The positions of the top-level keys: they stand before the first [table], each found on its own line for check. */
function topLevelFields(block: ForeignBlock, data: Record<string, unknown>, at: Positions): Frontmatter['fields'] {
  const fields: Frontmatter['fields'] = {};
  const lines = block.content.split('\n');
  let offset = block.contentStart;
  for (const line of lines) {
    if (/^\s*\[/.test(line)) break;
    const key = /^\s*("?)([\w.-]+)\1\s*=/.exec(line);
    if (key?.[2] && key[2] in data) {
      const keyStart = offset + line.indexOf(key[2]);
      const valueStart =
        offset + key[0].length + (line.slice(key[0].length).length - line.slice(key[0].length).trimStart().length);
      setOwn(fields, key[2], {
        key: at.span(keyStart, keyStart + key[2].length),
        value: at.span(valueStart, offset + line.length),
      });
    }
    offset += line.length + 1;
  }
  return fields;
}

function readToml(block: ForeignBlock, at: Positions, span: Span): FrontmatterResult {
  const firstLine = at.point(block.contentStart).line;
  if (block.unclosed) {
    return {
      findings: [
        {
          ruleId: 'frontmatter-not-closed',
          severity: 'error',
          fatal: true,
          place: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } },
          ...worded({
            messageId: 'frontmatter-not-closed.toml-not-closed',
            fixId: 'frontmatter-not-closed.close-toml',
          }),
        },
      ],
    };
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = parseToml(block.content) as Record<string, unknown>;
  } catch (error) {
    return tomlSyntaxError(error, block, firstLine);
  }
  const data = plainToml(parsed) as Record<string, unknown>;
  const fields = topLevelFields(block, data, at);
  return { frontmatter: { data, fields, span, format: 'toml' }, findings: [] };
}

function readHeaders(block: ForeignBlock, at: Positions, span: Span): FrontmatterResult {
  const data: Record<string, unknown> = {};
  const fields: Frontmatter['fields'] = {};
  let offset = block.contentStart;
  let last: string | undefined;
  for (const line of block.content.split('\n')) {
    const field = /^([A-Za-z][\w-]*):[ \t]+/.exec(line);
    if (field?.[1]) {
      last = field[1];
      setOwn(data, last, line.slice(field[0].length).trim());
      setOwn(fields, last, {
        key: at.span(offset, offset + last.length),
        value: at.span(offset + field[0].length, offset + line.length),
      });
    } else if (last !== undefined) {
      // An indented line continues the value above it (MultiMarkdown, Python-Markdown's meta).
      setOwn(data, last, `${String(data[last])} ${line.trim()}`);
    }
    offset += line.length + 1;
  }
  return { frontmatter: { data, fields, span, format: 'headers' }, findings: [] };
}

/** The block's fields with their places in `source`, or what is wrong with them. A comment holds no fields. */
export function readForeignFrontmatter(block: ForeignBlock, source: string): FrontmatterResult {
  const at = new Positions(source);
  const span = at.span(0, Math.max(0, block.bodyStart - 1));
  switch (block.format) {
    case 'toml':
      return readToml(block, at, span);
    case 'headers':
      return readHeaders(block, at, span);
    case 'yaml-unfenced': {
      const result = readYamlFields(block.content, { line: 1, offset: 0 }, span);
      if (result.frontmatter) result.frontmatter.format = 'yaml-unfenced';
      return result;
    }
    case 'comment':
      return { findings: [] };
  }
}
