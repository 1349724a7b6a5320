// What a school or board must have by law, per sector (templates/duties/<sector>.yaml; the project's own file, else
// clausemark's): each required kind with whom it binds (a school, or the board), the condition a law counts (a
// board of two schools or more, an employer of fifty workers or more), its legal cycle, where it is to be sent and
// the council's right; and the optional kinds that need consent when a school has them. A fault is an error at its
// line (templates/duties/README.md says how the file is written).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { errorById } from '../io/messages.js';
import { templatePath } from '../io/root.js';
import { isDuration } from './duration.js';
import { type Read, readYaml } from './load.js';

export const BINDS = ['school', 'bestuur'] as const;
export type Binds = (typeof BINDS)[number];

/** One article a duty rests on: as it stands, the law's words, where and when they were read (or why not). */
export interface LawReference {
  article: string;
  words?: string;
  checked: string;
}

export interface Duty {
  kind: string;
  title: string;
  binds: Binds;
  /** The legal cycle: a duration ("4y"), or "schooljaar" (adopted for each school year, before it starts). */
  cycle?: string;
  /** Required only when the organisation has at least this many schools / workers. */
  when?: { schools?: number; workers?: number };
  /** To whom or where it must be sent or published ("ouders", "inspectie"). */
  publish: string[];
  contains: string[];
  /** templates/topics/<topics>.yaml, the topic list of what it must contain. */
  topics?: string;
  law: LawReference[];
  /**
   * The council's right; `{ none }` where no article names one, with why ("Geen wetsartikel: …"); "unverified" where
   * a project's file says it was not read.
   */
  council: (LawReference & { right: string; part: string }) | { none: string } | 'unverified' | undefined;
  optional: boolean;
}

export interface SectorDuties {
  sector: string;
  file: string;
  duties: Duty[];
}

function fail(read: Read, path: (string | number)[], messageId: string, params: Record<string, string> = {}): never {
  throw errorById(
    {
      messageId: `duties-file.${messageId}`,
      fixId: 'duties-file.see-readme',
      params: { field: path.join('.'), ...params },
    },
    { place: { file: read.file, point: read.pointOf(path) }, ruleId: 'duties-file' },
  );
}

function text(read: Read, path: (string | number)[], value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') fail(read, path, 'missing');
  return value.trim();
}

function texts(read: Read, path: (string | number)[], value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(read, path, 'not-a-list');
  return value.map((item, index) => text(read, [...path, index], item));
}

function mapping(read: Read, path: (string | number)[], value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(read, path, 'missing');
  return value as Record<string, unknown>;
}

const DATED_ADDRESS = /^https:\/\/wetten\.overheid\.nl\/BWBR\d+\/\d{4}-\d{2}-\d{2}(#\S*)?$/;
/** Why an article was not read: "Niet nagelezen: …" (or "Geen wetsartikel: …" where no law prescribes it). */
const NOT_READ = /^(?:Niet nagelezen|Geen wetsartikel): \S/;

function reference(read: Read, path: (string | number)[], value: unknown): LawReference {
  const data = mapping(read, path, value);
  const checked = text(read, [...path, 'checked'], data.checked);
  // Only an address of a dated consolidation counts as checked: the text as it stood then. An article that was not
  // read says why, as every legal reference in templates/ does (tests/template/legal-references.test.ts).
  const wasRead = DATED_ADDRESS.test(checked);
  if (!wasRead && !NOT_READ.test(checked)) fail(read, [...path, 'checked'], 'bad-checked', { value: checked });
  const reference: LawReference = { article: text(read, [...path, 'article'], data.article), checked };
  if (data.words !== undefined) reference.words = text(read, [...path, 'words'], data.words);
  else if (wasRead) fail(read, [...path, 'words'], 'missing');
  return reference;
}

function readDuty(read: Read, path: (string | number)[], kind: string, value: unknown, optional: boolean): Duty {
  const data = mapping(read, path, value);
  const duty: Duty = {
    kind,
    title: text(read, [...path, 'title'], data.title),
    binds: 'school',
    publish: texts(read, [...path, 'publish'], data.publish),
    contains: texts(read, [...path, 'contains'], data.contains),
    law: [],
    council: undefined,
    optional,
  };
  if (data.binds !== undefined) {
    const binds = text(read, [...path, 'binds'], data.binds);
    if (!(BINDS as readonly string[]).includes(binds))
      fail(read, [...path, 'binds'], 'bad-value', { value: binds, allowed: BINDS.join(', ') });
    duty.binds = binds as Binds;
  }
  if (data.cycle !== undefined) {
    const cycle = text(read, [...path, 'cycle'], data.cycle);
    if (cycle !== 'schooljaar' && !isDuration(cycle))
      fail(read, [...path, 'cycle'], 'bad-value', { value: cycle, allowed: 'schooljaar, 1y, 2y, 4y' });
    duty.cycle = cycle;
  }
  if (data.when !== undefined) {
    const when = mapping(read, [...path, 'when'], data.when);
    duty.when = {};
    for (const key of ['schools', 'workers'] as const) {
      if (when[key] === undefined) continue;
      if (!Number.isInteger(when[key]) || (when[key] as number) < 1)
        fail(read, [...path, 'when', key], 'bad-value', { value: String(when[key]), allowed: '1, 2, 50 …' });
      duty.when[key] = when[key] as number;
    }
  }
  if (data.topics !== undefined) duty.topics = text(read, [...path, 'topics'], data.topics);
  if (data.law !== undefined) {
    if (!Array.isArray(data.law)) fail(read, [...path, 'law'], 'not-a-list');
    duty.law = data.law.map((item, index) => reference(read, [...path, 'law', index], item));
  } else if (!optional) fail(read, [...path, 'law'], 'missing');
  if (data.council === 'unverified') duty.council = 'unverified';
  else if (data.council !== undefined) {
    const council = mapping(read, [...path, 'council'], data.council);
    // No right and no article: `checked` says why no article names one.
    if (council.right === undefined && council.article === undefined) {
      const why = text(read, [...path, 'council', 'checked'], council.checked);
      if (!NOT_READ.test(why)) fail(read, [...path, 'council', 'checked'], 'bad-checked', { value: why });
      duty.council = { none: why };
      return duty;
    }
    duty.council = {
      ...reference(read, [...path, 'council'], council),
      right: text(read, [...path, 'council', 'right'], council.right),
      part: text(read, [...path, 'council', 'part'], council.part ?? 'whole'),
    };
  }
  return duty;
}

/** The duties file of `sector`: the project's own, else clausemark's; undefined when neither has one. */
export function dutiesFile(root: string, sector: string): string | undefined {
  return templatePath(root, join('duties', `${sector}.yaml`));
}

const cache = new Map<string, SectorDuties>();

/** The duties of `sector` in the project at `root`, or undefined when there is no file for it. */
export function dutiesFor(root: string, sector: string): SectorDuties | undefined {
  const file = dutiesFile(root, sector);
  if (!file) return undefined;
  const key = `${file}\0${statSync(file).mtimeMs}`;
  const known = cache.get(key);
  if (known) return known;
  const read = readYaml(file);
  const duties: Duty[] = [];
  for (const [group, optional] of [
    ['duties', false],
    ['optional', true],
  ] as const) {
    const value = read.data[group];
    if (value === undefined && optional) continue;
    const kinds = mapping(read, [group], value);
    for (const [kind, entry] of Object.entries(kinds))
      duties.push(readDuty(read, [group, kind], kind, entry, optional));
  }
  const sectorDuties = { sector, file: read.file, duties };
  cache.set(key, sectorDuties);
  return sectorDuties;
}
