// Reading a small YAML settings file (a brand, a label set) so that every complaint can point at the line and column
// of the value at fault: the yaml package's parseDocument keeps node ranges, its LineCounter turns them into lines.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { errorById } from './messages.js';
import type { MessageRef } from '../model/diagnostics.js';
import type { Point } from '../model/policy.js';

export interface YamlEntry {
  key: string;
  /** The value node; null for `key:` with nothing after it. */
  value: YamlNode | null;
  keyPoint: Point;
  /** Where the value starts, or the key when the value is empty. */
  valuePoint: Point;
}

export interface YamlFile {
  /** Path for messages (relative to the current folder when below it). */
  display: string;
  entries: YamlEntry[];
  pointOf(node: YamlNode | null | undefined, fallback: Point): Point;
}

/** A path as people want to read it in a message: relative to where they are, unless that means climbing out. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The `key: value` pairs of a mapping node, each with positions. */
export function entriesOf(map: YAMLMap, pointOf: YamlFile['pointOf'], fallback: Point): YamlEntry[] {
  return map.items.map((pair) => {
    const keyNode = pair.key as YamlNode | null;
    const value = pair.value as YamlNode | null;
    const keyPoint = pointOf(keyNode, fallback);
    const empty =
      value === null ||
      (isScalar(value) && value.value === null && (value.range?.[0] ?? 0) === (value.range?.[1] ?? 0));
    return {
      key: isScalar(keyNode) ? String(keyNode.value) : String(keyNode),
      value,
      keyPoint,
      valuePoint: empty ? keyPoint : pointOf(value, keyPoint),
    };
  });
}

/**
 * What kind of settings file is read, for its messages: `what` names it ("brand", "label set", an entry of
 * templates/messages/en.yaml), `fix` says how such a file is written (its params are the entry's values).
 */
export interface SettingsFileKind {
  what: MessageRef;
  fix: MessageRef;
}

/** Read `file` as a YAML mapping; every complaint is worded by id and names the kind of file. */
export function readYamlMapping(file: string, kind: SettingsFileKind): YamlFile {
  const display = displayPath(file);
  const what = kind.what;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw errorById(
      code
        ? { messageId: 'settings-file.cannot-read', fixId: 'settings-file.check-path', params: { what, code } }
        : { messageId: 'settings-file.not-utf8', fixId: 'settings-file.save-utf8', params: { what } },
      { place: { file: display }, ruleId: 'unreadable-file' },
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const start: Point = { line: 1, column: 1 };
  const pointOf = (node: YamlNode | null | undefined, fallback: Point): Point =>
    node?.range ? at(node.range[0]) : fallback;
  const [syntax] = doc.errors;
  if (syntax) {
    throw errorById(
      {
        messageId: 'settings-file.invalid-yaml',
        fixId: syntax.code === 'DUPLICATE_KEY' ? 'yaml-syntax.remove-repeated' : 'yaml-syntax.fix-syntax',
        params: { what, reason: syntax.message.split('\n')[0] ?? '' },
      },
      { place: { file: display, point: at(syntax.pos[0]) }, ruleId: 'yaml-syntax' },
    );
  }
  if (doc.contents === null) return { display, entries: [], pointOf };
  if (!isMap(doc.contents)) {
    throw errorById(
      {
        messageId: 'settings-file.not-mapping',
        fixId: kind.fix.messageId,
        params: { ...kind.fix.params, what },
      },
      { place: { file: display, point: pointOf(doc.contents, start) }, ruleId: 'yaml-not-mapping' },
    );
  }
  return { display, entries: entriesOf(doc.contents, pointOf, start), pointOf };
}
