// A document's topic scores through the cache (src/compare/topics/topic-scores-cache.ts): without a folder they are worked
// out; with one, the coverage is the same as worked out afresh, the entry is kept the second time, and it is read back
// for the same document text, titles and topics only. An entry edited to name another signal and sealed with the
// user's secret shows which coverages were read back from it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepTopicScoresIn } from '../../../src/compare/topics/topic-scores-folder.js';
import { topicCoverage } from '../../../src/compare/topics/topics.js';
import type { TopicDefinition } from '../../../src/compare/read/topic-list.js';
import { seal } from '../../../src/io/cache-seal.js';
import { ENTRY_FORMAT } from '../../../src/io/serialized-cache.js';
import { replacedWord, SEAL_BYTES } from '../../support/sealed-entry.js';
import { loadPolicy, parsePolicy } from '../../../src/parse/index.js';
import { policyPath } from '../../support/paths.js';
import { PHOTOS_TOPIC } from '../fixtures.js';

const photos = PHOTOS_TOPIC;
const flex = loadPolicy(policyPath('flex-college')).policy;

const coverage = (policy = flex, topics: TopicDefinition[] = [photos]) =>
  topicCoverage([{ key: 'flex-college', policy }], topics, []);
const signalsOf = (policy = flex, topics: TopicDefinition[] = [photos]): readonly string[] | undefined =>
  coverage(policy, topics)[0]?.clauses['flex-college']?.find((clause) => clause.id === 'intro.bewust')?.signals;

afterEach(() => keepTopicScoresIn(undefined));

/** A cache folder holding flex-college's entry for `photos`, edited to name "geluid en beeldXateriaal" and sealed anew. */
function plantedCache(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'clausemark-topic-scores-')), 'topic-scores');
  keepTopicScoresIn(dir, 'a build');
  coverage();
  coverage();
  const names = readdirSync(dir);
  expect(names, 'one entry, kept the second time').toEqual([expect.stringMatching(/\.bin$/)]);
  const name = names[0] as string;
  const payload = replacedWord(readFileSync(join(dir, name)).subarray(SEAL_BYTES), 'beeldmateriaal', 'beeldXateriaal');
  const tag = seal([ENTRY_FORMAT, name, payload]);
  if (!tag) throw new Error('no secret in this test run');
  writeFileSync(join(dir, name), Buffer.concat([tag, payload]));
  return dir;
}

describe('clauseScoresCached', () => {
  it('covers as worked out afresh, without a folder and with one (first, second and later runs)', () => {
    const fresh = coverage();
    expect(signalsOf()).toEqual(['geluid en beeldmateriaal']);
    keepTopicScoresIn(join(mkdtempSync(join(tmpdir(), 'clausemark-topic-scores-')), 'topic-scores'), 'a build');
    for (let run = 1; run <= 3; run++) expect(coverage(), `run ${run}`).toStrictEqual(fresh);
  });

  it('reads the scores back for the same text, titles and topics only', () => {
    plantedCache();
    expect(signalsOf(), 'read back').toEqual(['geluid en beeldXateriaal']);
    const worded = { ...photos, description: 'Foto- en filmopnamen van personen.' };
    expect(signalsOf(flex, [worded]), 'another topic list').toEqual(['geluid en beeldmateriaal']);
    const edited = parsePolicy(`${flex.source}\n\nEen zin meer.\n`, { path: flex.path }).policy;
    expect(signalsOf(edited), 'another text').toEqual(['geluid en beeldmateriaal']);
  });

  it('works the scores out where the cache holds none or is turned off again', () => {
    plantedCache();
    keepTopicScoresIn(undefined);
    expect(signalsOf()).toEqual(['geluid en beeldmateriaal']);
  });
});
