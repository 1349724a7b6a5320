// Each clause's topics through the cache (src/compare/topics/clause-topics-cache.ts): with a folder they are those worked out
// afresh, the entry is kept the second time and read back for the same clause texts, paths and topic signals only. An
// entry changed and sealed with the user's secret is read back (so these runs do read the cache); the same change
// under the old seal, an entry cut short, sealed under another secret or taken from the other document, and a sealed
// entry naming a topic the list lacks or listing a clause's topics out of order are not used.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { keepClauseTopicsIn } from '../../../src/compare/topics/clause-topics-folder.js';
import { prepareDocuments } from '../../../src/compare/terms/documents.js';
import { topicsFor } from '../../../src/compare/read/topic-list.js';
import { documentTopics } from '../../../src/compare/passes/topic-links.js';
import { seal } from '../../../src/io/cache-seal.js';
import { ENTRY_FORMAT } from '../../../src/io/serialized-cache.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT, policyPath } from '../../support/paths.js';
import { foreignSeal, SEAL_BYTES } from '../../support/sealed-entry.js';

const policies = ['aloysius', 'flex-college'].map((org) => loadPolicy(policyPath(org)).policy);
const documents = prepareDocuments(policies).documents;
// The shipped social-media topic list: its clauses carry two topics or more, which the order test needs.
const listed = topicsFor(policies, PROJECT_ROOT);
if (!listed) throw new Error('no topic list for the social-media policies (templates/topics/social-media.yaml)');
const topics = listed;
const fresh = documentTopics(documents, topics);

afterEach(() => keepClauseTopicsIn(undefined));

interface Kept {
  ends: Int32Array;
  indices: Int32Array;
}

/** A cache folder after two runs (the entries kept), with each entry's file name and bytes, the first's first. */
function keptCache(): { dir: string; entries: { name: string; bytes: Buffer }[] } {
  const dir = join(mkdtempSync(join(tmpdir(), 'clausemark-clause-topics-')), 'clause-topics');
  keepClauseTopicsIn(dir, 'a build');
  documentTopics(documents, topics);
  documentTopics(documents, topics);
  const entries = readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  expect(entries, 'an entry per document, kept the second time').toHaveLength(2);
  const clauses = (bytes: Buffer): number => (deserialize(bytes.subarray(SEAL_BYTES)) as Kept).ends.length;
  entries.sort(
    (a, b) =>
      Number(clauses(a.bytes) !== documents[0]?.clauses.length) -
      Number(clauses(b.bytes) !== documents[0]?.clauses.length),
  );
  return { dir, entries };
}

/** `bytes`' payload with `change` made to its value, serialised again (read from a copy: node's typed arrays view it). */
function changed(bytes: Buffer, change: (kept: Kept) => void): Buffer {
  const value = deserialize(Buffer.from(bytes.subarray(SEAL_BYTES))) as Kept;
  change(value);
  return serialize(value);
}

/** `payload` written as the entry `name` of `dir` under the user's own seal. */
function ownSealed(dir: string, name: string, payload: Buffer): void {
  const tag = seal([ENTRY_FORMAT, name, payload]);
  if (!tag) throw new Error('no secret in this test run');
  writeFileSync(join(dir, name), Buffer.concat([tag, payload]));
}

/** No topic for any clause: an entry's change that shows where it was read back. */
const emptied = (kept: Kept): void => {
  kept.ends.fill(0);
  kept.indices = new Int32Array(0);
};

/** The first two topics of the first clause with two or more, swapped. */
const swappedPair = (kept: Kept): void => {
  const clause = kept.ends.findIndex((end, at) => end - (at === 0 ? 0 : (kept.ends[at - 1] as number)) >= 2);
  expect(clause, 'a clause of two topics or more').toBeGreaterThanOrEqual(0);
  const start = clause === 0 ? 0 : (kept.ends[clause - 1] as number);
  const [a, b] = [kept.indices[start] as number, kept.indices[start + 1] as number];
  kept.indices.set([b, a], start);
};

describe('signalTopicsCached', () => {
  it('gives the topics worked out afresh, in the first, second and later runs', () => {
    expect(fresh.some((clauses) => clauses.some((found) => found.size > 0))).toBe(true);
    keepClauseTopicsIn(join(mkdtempSync(join(tmpdir(), 'clausemark-clause-topics-')), 'clause-topics'), 'a build');
    for (let run = 1; run <= 3; run++) expect(documentTopics(documents, topics), `run ${run}`).toStrictEqual(fresh);
  });

  it('reads an entry back, for the same texts and signals only', () => {
    const { dir, entries } = keptCache();
    const [first] = entries as [{ name: string; bytes: Buffer }];
    ownSealed(dir, first.name, changed(first.bytes, emptied));
    const read = documentTopics(documents, topics);
    expect(
      read[0]?.every((found) => found.size === 0),
      'read back',
    ).toBe(true);
    expect(read[1]).toStrictEqual(fresh[1]);
    const more = topics.map((topic, index) => (index === 0 ? { ...topic, signals: [...topic.signals, 'qqq'] } : topic));
    expect(documentTopics(documents, more), 'other signals').toStrictEqual(fresh);
  });

  it('does not use an entry changed, cut short, sealed elsewhere, of the other document or out of bounds', () => {
    const { dir, entries } = keptCache();
    const [first, second] = entries as [{ name: string; bytes: Buffer }, { name: string; bytes: Buffer }];
    const change = changed(first.bytes, emptied);
    const attacks: [string, Buffer][] = [
      ['changed, the seal left as it was', Buffer.concat([first.bytes.subarray(0, SEAL_BYTES), change])],
      ['cut short', first.bytes.subarray(0, first.bytes.length - 20)],
      ['sealed under another secret', Buffer.concat([foreignSeal(first.name, change), change])],
      ["the other document's entry", second.bytes],
    ];
    for (const [what, bytes] of attacks) {
      writeFileSync(join(dir, first.name), bytes);
      expect(documentTopics(documents, topics), what).toStrictEqual(fresh);
      expect(readFileSync(join(dir, first.name)).equals(first.bytes), `${what}: made anew`).toBe(true);
    }
    const unsound: [string, (kept: Kept) => void][] = [
      ['a topic the list lacks', (kept) => kept.indices.fill(topics.length)],
      ['out of order', swappedPair],
      ['too few clauses', (kept) => (kept.ends = kept.ends.subarray(1))],
    ];
    for (const [what, change] of unsound) {
      ownSealed(dir, first.name, changed(first.bytes, change));
      expect(documentTopics(documents, topics), what).toStrictEqual(fresh);
    }
  });
});
