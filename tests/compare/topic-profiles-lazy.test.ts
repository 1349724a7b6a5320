// The topics' profiles (src/compare/topics/topic-profile.ts) are made only where a document's topic scores are worked out
// (src/compare/topics/topics.ts, topic-scores-cache.ts): where the cache holds every document's scores a comparison makes
// none, so it never reads the lemma table they are keyed with. Mocks topic-profile.js to count them (fresh-modules).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { topicProfiles } from '../../src/compare/topics/topic-profile.js';
import { keepTopicScoresIn } from '../../src/compare/topics/topic-scores-folder.js';
import { topicCoverage } from '../../src/compare/topics/topics.js';
import { loadPolicy } from '../../src/parse/index.js';
import { policyPath } from '../support/paths.js';
import { PHOTOS_TOPIC } from './fixtures.js';

vi.mock('../../src/compare/topics/topic-profile.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/compare/topics/topic-profile.js')>();
  return { ...actual, topicProfiles: vi.fn(actual.topicProfiles) };
});

const photos = PHOTOS_TOPIC;
const flex = loadPolicy(policyPath('flex-college')).policy;
const coverage = () => topicCoverage([{ key: 'flex-college', policy: flex }], [photos], []);

afterEach(() => keepTopicScoresIn(undefined));

describe("the topics' profiles", () => {
  it("are not made where every document's topic scores are read back, and the coverage is the same", () => {
    const fresh = coverage();
    expect(topicProfiles).toHaveBeenCalledTimes(1);
    keepTopicScoresIn(join(mkdtempSync(join(tmpdir(), 'clausemark-topic-profiles-')), 'topic-scores'), 'a build');
    // The first run leaves a marker, the second keeps the entry: both work the scores out.
    coverage();
    coverage();
    vi.mocked(topicProfiles).mockClear();
    expect(coverage()).toStrictEqual(fresh);
    expect(topicProfiles).not.toHaveBeenCalled();
  });
});
