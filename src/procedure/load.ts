// Reading the procedures a policy is held to: the sector's file (the project's templates/procedures/<sector>.yaml,
// else clausemark's own) and, over it, the foundation's own terms from a procedure.yaml in the policy's folder or a
// folder above it inside policies/ (its medezeggenschapsreglement). A fault in either file is an error at its line.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { foldersUpTo } from '../io/input-hash.js';
import { AUDIENCES, type Audience } from '../model/acknowledgement.js';
import { errorById } from '../io/messages.js';
import { templatePath } from '../io/root.js';
import type { Point } from '../model/policy.js';
import { isDuration } from './duration.js';
import { sectorFileName } from './sector.js';
import {
  ARTICLES,
  type Article,
  type KindProcedure,
  LEVELS,
  type Level,
  PARTS,
  type Part,
  type ProcedureStep,
  RIGHTS,
  type Right,
  type SectorProcedures,
} from './types.js';

const DEFAULT_SECTOR = 'po';
const FOUNDATION_FILE = 'procedure.yaml';

export interface Read {
  file: string;
  data: Record<string, unknown>;
  pointOf(path: (string | number)[]): Point;
}

/** A path as messages show it: relative to the working folder when it is below it. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

export function readYaml(path: string): Read {
  const file = shownPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw errorById(
      {
        messageId: 'procedure-file.cannot-read',
        fixId: 'procedure-file.check-path',
        params: { code: String((error as NodeJS.ErrnoException).code) },
      },
      { place: { file }, ruleId: 'procedure-file' },
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = doc.errors[0];
  if (problem) {
    throw errorById(
      {
        messageId: 'procedure-file.invalid-yaml',
        fixId: 'procedure-file.see-docs',
        params: { problem: problem.message.split('\n')[0] ?? '' },
      },
      { place: { file, point: at(problem.pos[0]) }, ruleId: 'procedure-file' },
    );
  }
  if (!isMap(doc.contents)) {
    throw errorById(
      { messageId: 'procedure-file.not-mapping', fixId: 'procedure-file.see-docs' },
      { place: { file, point: { line: 1, column: 1 } }, ruleId: 'procedure-file' },
    );
  }
  return {
    file,
    data: doc.toJS() as Record<string, unknown>,
    pointOf(path) {
      let node = doc.getIn(path, true) as YamlNode | undefined;
      for (let cut = path.length; !node?.range && cut > 0; cut--)
        node = doc.getIn(path.slice(0, cut), true) as YamlNode;
      return at(node?.range?.[0] ?? 0);
    },
  };
}

export function fail(read: Read, path: (string | number)[], messageId: string, params: Record<string, string>): never {
  throw errorById(
    { messageId, fixId: 'procedure-file.see-docs', params: { field: path.join('.'), ...params } },
    { place: { file: read.file, point: read.pointOf(path) }, ruleId: 'procedure-file' },
  );
}

function text(read: Read, path: (string | number)[], value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') fail(read, path, 'procedure-file.missing', {});
  return value.trim();
}

export function oneOf<T extends string>(
  read: Read,
  path: (string | number)[],
  value: unknown,
  allowed: readonly T[],
): T {
  const word = text(read, path, value);
  if (!(allowed as readonly string[]).includes(word))
    fail(read, path, 'procedure-file.bad-value', { value: word, allowed: allowed.join(', ') });
  return word as T;
}

function duration(read: Read, path: (string | number)[], value: unknown): string {
  const word = text(read, path, value);
  if (!isDuration(word)) fail(read, path, 'procedure-file.bad-duration', { value: word });
  return word;
}

function readSteps(read: Read, path: (string | number)[], value: unknown, bodies: string[], term: string) {
  if (!Array.isArray(value) || value.length === 0) fail(read, path, 'procedure-file.missing', {});
  return value.map((row: unknown, index): ProcedureStep => {
    const at = [...path, index];
    if (row === null || typeof row !== 'object' || Array.isArray(row)) fail(read, at, 'procedure-file.missing', {});
    const step = row as Record<string, unknown>;
    return {
      body: oneOf(read, [...at, 'body'], step.body, ['raad', ...bodies]),
      part: oneOf<Part>(read, [...at, 'part'], step.part ?? 'whole', PARTS),
      right: oneOf<Right>(read, [...at, 'right'], step.right, RIGHTS),
      basis: text(read, [...at, 'basis'], step.basis),
      checked: text(read, [...at, 'checked'], step.checked ?? 'unverified'),
      term: step.term === undefined ? term : duration(read, [...at, 'term'], step.term),
    };
  });
}

function readKind(
  read: Read,
  kind: string,
  value: unknown,
  base: KindProcedure | undefined,
  bodies: string[],
  term: string,
): KindProcedure {
  const path = ['kinds', kind];
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail(read, path, 'procedure-file.missing', {});
  const data = value as Record<string, unknown>;
  const has = (field: string) => Object.hasOwn(data, field);
  const title = has('title') ? text(read, [...path, 'title'], data.title) : (base?.title ?? kind);
  const level = has('level') ? oneOf<Level>(read, [...path, 'level'], data.level, LEVELS) : base?.level;
  if (!level) fail(read, [...path, 'level'], 'procedure-file.missing', {});
  const steps = has('steps') ? readSteps(read, [...path, 'steps'], data.steps, bodies, term) : base?.steps;
  if (!steps) fail(read, [...path, 'steps'], 'procedure-file.missing', {});
  const published = has('published')
    ? (Array.isArray(data.published) ? data.published : [data.published]).map((item, index) =>
        text(read, [...path, 'published', index], item),
      )
    : (base?.published ?? []);
  const procedure: KindProcedure = { kind, title, level, published, steps };
  const article = has('article') ? oneOf<Article>(read, [...path, 'article'], data.article, ARTICLES) : base?.article;
  if (article) procedure.article = article;
  const review = has('review') ? duration(read, [...path, 'review'], data.review) : base?.review;
  if (review) procedure.review = review;
  // An interval of the foundation's own is not the law's: the basis of the one it replaces does not carry over.
  const reviewBasis = has('reviewBasis')
    ? text(read, [...path, 'reviewBasis'], data.reviewBasis)
    : has('review')
      ? undefined
      : base?.reviewBasis;
  if (reviewBasis) procedure.reviewBasis = reviewBasis;
  const reviewChecked = has('reviewChecked')
    ? text(read, [...path, 'reviewChecked'], data.reviewChecked)
    : has('reviewBasis') || has('review')
      ? undefined
      : base?.reviewChecked;
  if (reviewChecked) procedure.reviewChecked = reviewChecked;
  const fallsUnder = has('fallsUnder') ? text(read, [...path, 'fallsUnder'], data.fallsUnder) : base?.fallsUnder;
  if (fallsUnder) procedure.fallsUnder = fallsUnder;
  const audience = has('audience')
    ? oneOf<Audience>(read, [...path, 'audience'], data.audience, Object.keys(AUDIENCES) as Audience[])
    : base?.audience;
  if (audience) procedure.audience = audience;
  return procedure;
}

/** Applies one file over `base` (none for the sector file itself). */
function applyFile(read: Read, base: SectorProcedures | undefined, sector: string): SectorProcedures {
  const { data } = read;
  const bodies: Record<string, string[]> = { ...base?.bodies };
  if (data.bodies !== undefined) {
    if (!isPlainObject(data.bodies)) fail(read, ['bodies'], 'procedure-file.missing', {});
    for (const [name, aliases] of Object.entries(data.bodies)) {
      bodies[name] = (Array.isArray(aliases) ? aliases : [aliases]).map((alias, index) =>
        text(read, ['bodies', name, index], alias),
      );
    }
  }
  const councils = { ...base?.councils } as Record<Level, string>;
  if (data.councils !== undefined) {
    if (!isPlainObject(data.councils)) fail(read, ['councils'], 'procedure-file.missing', {});
    for (const level of LEVELS) {
      if (Object.hasOwn(data.councils, level))
        councils[level] = oneOf(read, ['councils', level], data.councils[level], Object.keys(bodies));
    }
  }
  for (const level of LEVELS) if (!councils[level]) fail(read, ['councils', level], 'procedure-file.missing', {});
  const term = data.term === undefined ? '6w' : duration(read, ['term'], data.term);
  const kinds: Record<string, KindProcedure> = { ...base?.kinds };
  if (data.kinds !== undefined && !isPlainObject(data.kinds)) fail(read, ['kinds'], 'procedure-file.missing', {});
  for (const [kind, value] of Object.entries((data.kinds as Record<string, unknown>) ?? {})) {
    kinds[kind] = readKind(read, kind, value, base?.kinds[kind], Object.keys(bodies), term);
  }
  return { sector, files: [...(base?.files ?? []), read.file], councils, bodies, kinds };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The foundation's procedure.yaml for a policy file: in its folder or above it, not above the project root (a
 * sibling folder whose name starts like the root's is not inside it).
 */
export function foundationFile(policyPath: string, root: string): string | undefined {
  for (const dir of foldersUpTo(dirname(policyPath), root)) {
    const file = join(dir, FOUNDATION_FILE);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** The sector file: the project's own, else clausemark's. */
function sectorFile(root: string, sector: string): string | undefined {
  return templatePath(root, join('procedures', `${sector}.yaml`));
}

const cache = new Map<string, SectorProcedures>();

/** The procedures that hold for a policy at `policyPath` in the project at `root`. */
export function proceduresFor(policyPath: string, root: string): SectorProcedures {
  const foundation = foundationFile(policyPath, root);
  // Keyed by modification time too, so serve --watch sees a foundation's edited terms.
  const key = `${root}\0${foundation ?? ''}\0${foundation ? statSync(foundation).mtimeMs : ''}`;
  const known = cache.get(key);
  if (known) return known;
  const own = foundation ? readYaml(foundation) : undefined;
  let sector = DEFAULT_SECTOR;
  if (own && own.data.sector !== undefined) sector = sectorFileName(text(own, ['sector'], own.data.sector));
  const file = sectorFile(root, sector);
  if (!file) {
    throw errorById(
      { messageId: 'procedure-file.unknown-sector', fixId: 'procedure-file.name-sector', params: { sector } },
      {
        place: { file: own?.file ?? '', point: own?.pointOf(['sector']) ?? { line: 1, column: 1 } },
        ruleId: 'procedure-file',
      },
    );
  }
  let procedures = applyFile(readYaml(file), undefined, sector);
  if (own) procedures = applyFile(own, procedures, sector);
  cache.set(key, procedures);
  return procedures;
}
