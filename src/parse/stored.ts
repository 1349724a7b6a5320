// A parse as a cache keeps it (src/parse/cached.ts) and as it comes back: the whole ParseResult (the model with its
// mdast tree, the parser's findings, the encoding) less the source text, which the reader has anyway and which is put
// back in its place. A policy without a written `lang` detects its language only when `lang` is first read
// (src/parse/meta.ts): storing must not read it, and a model read back detects it the same way, from the same text.
// Pure: no file is read or written here.
import type { Policy, PolicyMeta } from '../model/policy.js';
import { type ParseResult, textAfterFrontmatter, withoutBomAndCr } from './index.js';
import { detectLangOnFirstRead } from './meta.js';
import { type NumberPlace, numberPlaces, reviveNumbers } from './written-numbers.js';

/** Goes up when what a stored parse holds changes shape. */
export const PARSE_KIND = 'clausemark-parse-1';

export interface StoredParse {
  /** PARSE_KIND, or the kind of a shaped copy (src/parse/diff-shape.ts): read back only as the kind it was kept as. */
  kind: string;
  /** The model with `source` empty, and, when `lazyLang`, `lang` and `langSource` empty in their places. */
  policy: Policy;
  findings: ParseResult['findings'];
  encoding: ParseResult['encoding'];
  /** The language was not written: it is detected when first read. */
  lazyLang: boolean;
  /** Where the frontmatter holds WrittenNumbers, which come back as plain objects (src/parse/written-numbers.ts). */
  numbers: NumberPlace[];
}

const LAZY_FIELDS: readonly string[] = ['lang', 'langSource'];

/**
 * Whether every object under `value` is a plain object or array, or one of the `numbers` (the frontmatter's
 * WrittenNumbers, revived in their places), and nothing is a function or symbol: any other class instance would come
 * back without its class.
 */
function plainThroughout(value: unknown, numbers: ReadonlySet<unknown>): boolean {
  const seen = new Set<object>();
  const walk = (item: unknown): boolean => {
    if (item === null || typeof item !== 'object') return typeof item !== 'function' && typeof item !== 'symbol';
    if (seen.has(item)) return true;
    seen.add(item);
    const prototype = Object.getPrototypeOf(item);
    if (Array.isArray(item)) return prototype === Array.prototype && item.every(walk);
    if (prototype !== Object.prototype && prototype !== null) return numbers.has(item);
    for (const key in item) if (!walk((item as Record<string, unknown>)[key])) return false;
    return true;
  };
  return walk(value);
}

/** The values at `places` in the policy's frontmatter and meta's `extra`. */
function valuesAt(policy: Policy, places: readonly NumberPlace[]): Set<unknown> {
  const roots: Record<NumberPlace['root'], unknown> = { data: policy.frontmatter?.data, extra: policy.meta.extra };
  return new Set(
    places.map(({ root, path }) =>
      path.reduce<unknown>(
        (value, step) => (value as Record<string | number, unknown> | undefined)?.[step],
        roots[root],
      ),
    ),
  );
}

/** A character beyond Latin-1: a text holding one is written two bytes a character whatever is done. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * Each string under `root` that Latin-1 can write, put back in its place as the same text held one byte a character.
 * A text sliced from a source with one character beyond Latin-1 (a dash, a quotation mark) is held, and kept by V8's
 * serialisation, two bytes a character: a civil code's entry was 8.0 MB, 5.2 MB with its texts narrowed, which is
 * less to read, seal and deserialise at every run and a smaller heap to collect. The same texts: nothing that reads
 * the model can tell, so the parse the run goes on with is narrowed in place rather than copied. Made in one piece
 * (one latin1 decoding of them all, then slices of it): a latin1 decoding per text took ~0.3 s of a civil code.
 */
function narrowStrings(root: object): void {
  const holders: Record<string | number, unknown>[] = [];
  const keys: (string | number)[] = [];
  const texts: string[] = [];
  const seen = new Set<object>();
  const visit = (holder: Record<string | number, unknown>, key: string | number): void => {
    const value = holder[key];
    if (typeof value === 'string') {
      // An own `__proto__` (a YAML key, src/parse/frontmatter.ts) is not set by assigning: left as it is.
      if (value.length === 0 || key === '__proto__' || BEYOND_LATIN1.test(value)) return;
      holders.push(holder);
      keys.push(key);
      texts.push(value);
    } else if (typeof value === 'object' && value !== null) walk(value);
  };
  const walk = (item: object): void => {
    if (seen.has(item)) return;
    seen.add(item);
    const holder = item as Record<string | number, unknown>;
    if (Array.isArray(item)) for (let index = 0; index < item.length; index++) visit(holder, index);
    else for (const key of Object.keys(item)) visit(holder, key);
  };
  walk(root);
  const narrowed = Buffer.from(texts.join(''), 'latin1').toString('latin1');
  let from = 0;
  texts.forEach((text, index) => {
    (holders[index] as Record<string | number, unknown>)[keys[index] as string | number] = narrowed.slice(
      from,
      from + text.length,
    );
    from += text.length;
  });
}

/**
 * What a cache keeps of `result`, or undefined when it is not to be kept: a fatal parse (cheap, and its model falls
 * back to an empty one), or a model holding a class instance other than the frontmatter's WrittenNumbers.
 */
export function storedParse(result: ParseResult): StoredParse | undefined {
  if (result.findings.some((finding) => finding.fatal)) return undefined;
  const { meta } = result.policy;
  const lazyLang = typeof Object.getOwnPropertyDescriptor(meta, 'lang')?.get === 'function';
  const storedMeta: Record<string, unknown> = {};
  for (const key of Object.keys(meta))
    storedMeta[key] = lazyLang && LAZY_FIELDS.includes(key) ? '' : meta[key as keyof PolicyMeta];
  const policy = { ...result.policy, meta: storedMeta as unknown as PolicyMeta, source: '' };
  const numbers = numberPlaces(result.policy);
  const { findings, encoding } = result;
  const stored: StoredParse = { kind: PARSE_KIND, policy, findings, encoding, lazyLang, numbers };
  // Only the values read from YAML (the frontmatter, meta, the findings' params) can hold a class instance; the tree
  // and the sections are mdast's plain objects (tests/parse/stored.test.ts holds the model read back to its classes).
  // Walking all of a civil code's 70,000 objects took 20 ms of a first run.
  const fromYaml = [policy.frontmatter, storedMeta, findings];
  if (!plainThroughout(fromYaml, valuesAt(result.policy, numbers))) return undefined;
  try {
    narrowStrings(stored);
  } catch {
    // a value that cannot be set (frozen, or a getter): the texts narrowed so far are the same texts, kept as they are
  }
  return stored;
}

const isStoredParse = (value: unknown, kind: string): value is StoredParse => {
  const stored = value as Partial<StoredParse> | null;
  return (
    typeof stored === 'object' &&
    stored !== null &&
    stored.kind === kind &&
    typeof stored.policy?.meta === 'object' &&
    Array.isArray(stored.findings) &&
    typeof stored.encoding === 'object' &&
    typeof stored.lazyLang === 'boolean' &&
    Array.isArray(stored.numbers)
  );
};

/**
 * The ParseResult `stored` holds, given the `source` it was parsed from (as parsePolicy was given it); undefined when
 * `stored` is not a stored parse of `kind`.
 */
export function restoredParse(stored: unknown, source: string, kind: string = PARSE_KIND): ParseResult | undefined {
  if (!isStoredParse(stored, kind)) return undefined;
  const { policy, findings, encoding, lazyLang, numbers } = stored;
  policy.source = withoutBomAndCr(source);
  reviveNumbers(policy, numbers);
  if (lazyLang) detectLangOnFirstRead(policy.meta, textAfterFrontmatter(policy.source, policy.tree));
  return { policy, findings, encoding };
}
