// The clauses the tool names on a covered cell that the hand labels neither quote nor judge, judged by reading them
// (tests/fixtures/topic-labels/nl-kinds/named-clauses/<kind>.yaml). The labels quote some of a topic's clauses, not
// all, so without these the clause precision of kind-labels.ts is only a lower bound; a clause judged here counts as
// right ("covers") or wrong ("not", and "doubt": an unsure reading is not counted right). A judgement binds to the
// clause's id and its opening words: where the parser gives that id other words, or the tool names a clause never
// judged, the clause is unread and counted wrong, so the figure stays a bound until someone reads it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allClauses } from '../../src/model/walk.js';
import type { Policy } from '../../src/model/policy.js';
import { PROJECT_ROOT } from '../support/paths.js';

export type Verdict = 'covers' | 'not' | 'doubt';

export interface Reading {
  verdict: Verdict;
  /** The clause's first words, as the judge read them. */
  opens: string;
  why?: string;
}

/** Organisation → topic → clause id → how the clause was judged. */
export type Readings = Record<string, Record<string, Record<string, Reading>>>;

export const READINGS_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'topic-labels', 'nl-kinds', 'named-clauses');

/** A kind's readings; none where its file does not exist. */
export function readReadings(kind: string): Readings {
  const path = join(READINGS_DIR, `${kind}.yaml`);
  if (!existsSync(path)) return {};
  const file = parse(readFileSync(path, 'utf8')) as { kind: string; readings: Readings };
  if (file.kind !== kind) throw new Error(`${path}: kind ${file.kind}, expected ${kind}`);
  return file.readings ?? {};
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

const textsById = new WeakMap<Policy, Map<string, string>>();

function clauseText(policy: Policy, id: string): string | undefined {
  let texts = textsById.get(policy);
  if (!texts) {
    texts = new Map(allClauses(policy).map(({ clause }) => [clause.id, squash(clause.text)]));
    textsById.set(policy, texts);
  }
  return texts.get(id);
}

/** How clause `id` of `policy` was judged on `topic`, if it was and still has the words it was judged on. */
export function readingOf(
  readings: Readings,
  key: string,
  topic: string,
  policy: Policy,
  id: string,
): Verdict | undefined {
  const reading = readings[key]?.[topic]?.[id];
  if (!reading) return undefined;
  return clauseText(policy, id)?.startsWith(squash(reading.opens)) ? reading.verdict : undefined;
}

/** The readings whose clause is gone or has other opening words (`key × topic: id`): they judge nothing now. */
export function staleReadings(readings: Readings, documents: readonly { key: string; policy: Policy }[]): string[] {
  const policies = new Map(documents.map(({ key, policy }) => [key, policy]));
  const stale: string[] = [];
  for (const [key, topics] of Object.entries(readings))
    for (const [topic, clauses] of Object.entries(topics))
      for (const id of Object.keys(clauses)) {
        const policy = policies.get(key);
        if (!policy || !readingOf(readings, key, topic, policy, id)) stale.push(`${key} × ${topic}: ${id}`);
      }
  return stale;
}
