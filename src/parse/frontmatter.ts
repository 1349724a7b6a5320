// YAML frontmatter → raw data with positions (for check) and a lenient PolicyMeta (for everything else).
import { type Document, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Yaml } from 'mdast';
import type { Finding } from '../model/diagnostics.js';
import { APPROVAL_PROCEDURE_FIELDS, type Approval, type Frontmatter, type Point, type Span } from '../model/policy.js';
import { worded } from '../io/messages.js';
import { explainYamlError } from './yaml-errors.js';

/** Maps offsets inside the YAML text to file positions (the YAML starts on the line after the opening ---). */
class OffsetMapper {
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly yaml: string,
    private readonly firstLine: number,
    private readonly firstOffset: number,
  ) {
    for (let i = 0; i < yaml.length; i++) if (yaml.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.yaml.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    const lineStart = this.lineStarts[low] ?? 0;
    return { line: this.firstLine + low, column: clamped - lineStart + 1, offset: this.firstOffset + clamped };
  }

  span(range: readonly [number, number, number] | null | undefined): Span | undefined {
    if (!range) return undefined;
    return { start: this.point(range[0]), end: this.point(range[1]) };
  }
}

export interface FrontmatterResult {
  frontmatter?: Frontmatter;
  findings: Finding[];
}

export function readFrontmatter(node: Yaml | undefined): FrontmatterResult {
  if (!node) return { findings: [] };
  const start = node.position?.start ?? { line: 1, column: 1, offset: 0 };
  const end = node.position?.end ?? start;
  const span: Span = {
    start: { line: start.line, column: start.column, offset: start.offset ?? 0 },
    end: { line: end.line, column: end.column, offset: end.offset ?? 0 },
  };
  // The value starts after "---\n" on the next line.
  return readYamlFields(node.value, { line: start.line + 1, offset: (start.offset ?? 0) + 4 }, span);
}

/**
 * The YAML documents read last, by their text. A frontmatter block is often read again unchanged: fmt reads the
 * file and then what it wrote, with the block copied byte for byte. Documents are only read here, never changed,
 * and what is returned from them is built afresh on every call.
 */
const recentDocuments = new Map<string, Document.Parsed>();
const RECENT_DOCUMENTS = 8;

function parseYaml(yaml: string): Document.Parsed {
  const known = recentDocuments.get(yaml);
  if (known) return known;
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  recentDocuments.set(yaml, doc);
  for (const oldest of recentDocuments.keys()) {
    if (recentDocuments.size <= RECENT_DOCUMENTS) break;
    recentDocuments.delete(oldest);
  }
  return doc;
}

/** YAML fields that start at `at` in the file (the block spanning `span`) → data with positions, or findings. */
export function readYamlFields(yaml: string, at: { line: number; offset: number }, span: Span): FrontmatterResult {
  const node = { value: yaml };
  const mapper = new OffsetMapper(yaml, at.line, at.offset);
  const doc = parseYaml(node.value);
  const findings: Finding[] = [];
  for (const error of doc.errors) {
    const { offset, ...ids } = explainYamlError(node.value, error);
    const place = mapper.span([offset, Math.max(offset, error.pos[1]), error.pos[1]]);
    findings.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      fatal: true,
      ...worded(ids),
      ...(place ? { place } : {}),
    });
  }
  if (findings.length > 0) return { findings };
  if (doc.contents === null) return { frontmatter: { data: {}, fields: {}, span }, findings };
  if (!isMap(doc.contents)) {
    findings.push({
      ruleId: 'frontmatter-not-mapping',
      severity: 'error',
      fatal: true,
      ...worded({ messageId: 'frontmatter-not-mapping.not-mapping', fixId: 'frontmatter-not-mapping.write-fields' }),
      place: mapper.span(doc.contents.range) ?? span,
    });
    return { findings };
  }
  const data: Record<string, unknown> = {};
  const fields: Frontmatter['fields'] = {};
  const items: Record<string, Span> = {};
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const valueNode = pair.value as YamlNode | null;
    setOwn(data, key, scalarAsWritten(valueNode));
    const keySpan = mapper.span(keyNode?.range) ?? span;
    const valueSpan = mapper.span(valueNode?.range) ?? keySpan;
    setOwn(fields, key, { key: keySpan, value: valueSpan });
    recordItems(valueNode, key, valueSpan, mapper, items);
  }
  return { frontmatter: { data, fields, items, span }, findings };
}

/** A `---` line followed by a `key:` line: the author meant a frontmatter block. */
const MEANT_FRONTMATTER = /^((?:[ \t]*\n)*)---[ \t]*\n(?=[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|\n|$))/;

/**
 * A frontmatter block Markdown did not recognise (not closed by a `---` line, or not on the first line) turns the
 * fields into body text: a heading "id: x" on the PDF's first page. Say so instead of reporting missing fields.
 */
export function unrecognisedFrontmatter(text: string, recognised: boolean): Finding | undefined {
  if (recognised) return undefined;
  const match = MEANT_FRONTMATTER.exec(text);
  if (!match) return undefined;
  const blankLines = (match[1] ?? '').split('\n').length - 1;
  const line = blankLines + 1;
  const place: Span = { start: { line, column: 1 }, end: { line, column: 4 } };
  return blankLines > 0
    ? {
        ruleId: 'frontmatter-not-at-top',
        severity: 'error',
        fatal: true,
        place,
        ...worded({
          messageId: 'frontmatter-not-at-top.not-at-top',
          fixId: 'frontmatter-not-at-top.remove-blank-lines',
          params: { line },
        }),
      }
    : {
        ruleId: 'frontmatter-not-closed',
        severity: 'error',
        fatal: true,
        place,
        ...worded({ messageId: 'frontmatter-not-closed.not-closed', fixId: 'frontmatter-not-closed.close-yaml' }),
      };
}

/** Positions of values nested in lists and mappings, so check can point at `approvals[1].date` itself. */
function recordItems(
  node: YamlNode | null,
  path: string,
  fallback: Span,
  mapper: OffsetMapper,
  into: Record<string, Span>,
): void {
  if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const itemNode = item as YamlNode | null;
      const itemPath = `${path}[${index}]`;
      const itemSpan = mapper.span(itemNode?.range) ?? fallback;
      into[itemPath] = itemSpan;
      recordItems(itemNode, itemPath, itemSpan, mapper, into);
    });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const valueNode = pair.value as YamlNode | null;
      // An empty value (`role:`) has only a zero-width range after the colon; its key is the better place to point at.
      const empty = !valueNode || (isScalar(valueNode) && valueNode.value === null);
      const itemSpan = (empty ? undefined : mapper.span(valueNode.range)) ?? mapper.span(keyNode?.range) ?? fallback;
      setOwn(into, `${path}.${key}`, itemSpan);
      recordItems(valueNode, `${path}.${key}`, itemSpan, mapper, into);
    }
  }
}

/**
 * `record[key] = value` as an own property, whatever the key: a YAML key `__proto__` would otherwise replace the
 * object's prototype, so a field nobody sees (`__proto__: {status: approved}`) would be read as if it were written
 * at the top level (found by the fuzz run).
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Scalars keep their source text where YAML would change it (`version: 1.0` stays "1.0"); the rest is plain JS. */
function scalarAsWritten(node: YamlNode | null): unknown {
  if (node === null) return null;
  if (isScalar(node)) {
    if (typeof node.value === 'number' && typeof node.source === 'string')
      return new WrittenNumber(node.source, node.value);
    return node.value;
  }
  if (isSeq(node)) return node.items.map((item) => scalarAsWritten(item as YamlNode | null));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      setOwn(out, key, scalarAsWritten(pair.value as YamlNode | null));
    }
    return out;
  }
  return node.toJSON();
}

/** A YAML number together with the text the author typed, so "1.10" is not read as 1.1. */
export class WrittenNumber {
  constructor(
    readonly source: string,
    readonly value: number,
  ) {}
  toString(): string {
    return this.source;
  }
  toJSON(): number {
    return this.value;
  }
}

/** A value read as text: strings as they are, numbers as written; anything else is not text. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof WrittenNumber) return value.source;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function asTextList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(asText).filter((item): item is string => item !== undefined);
  const single = asText(value);
  return single === undefined ? [] : [single];
}

export function asApprovals(value: unknown): Approval[] {
  if (!Array.isArray(value)) return [];
  const approvals: Approval[] = [];
  for (const item of value) {
    if (item === null || typeof item !== 'object' || Array.isArray(item) || item instanceof WrittenNumber) continue;
    const row = item as Record<string, unknown>;
    const approval: Approval = {
      date: asText(row.date) ?? '',
      name: asText(row.name) ?? '',
      role: asText(row.role) ?? '',
    };
    const step = asText(row.step);
    if (step !== undefined) approval.step = step;
    const hash = asText(row.hash);
    if (hash !== undefined) approval.hash = hash;
    for (const field of APPROVAL_PROCEDURE_FIELDS) {
      const value = asText(row[field]);
      if (value !== undefined) approval[field] = value;
    }
    approvals.push(approval);
  }
  return approvals;
}

export function asStringMap(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof WrittenNumber) return {};
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const text = asText(item);
    if (text !== undefined) setOwn(out, key, text);
  }
  return out;
}
