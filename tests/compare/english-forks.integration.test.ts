// Issue 24's English case: policies of different organisations forked from one template, and one organisation's own
// policy on the same subject, aligned and scored against hand labels written before any figure was looked at
// (tests/fixtures/compare/english-fork-pairs.yaml: 18F's open source policy, KnuEdge's and GSA's forks, CMS's own
// policy, from ../shared/dev-corpus/open-source-policy). Prints the figures; holds them at what the aligner reaches
// (docs/compare.md), so a change that loses a pair or adds a wrong one fails here.
import { describe, expect, it } from 'vitest';
import { alignPolicies } from '../../src/compare/index.js';
import { allClauses } from '../../src/model/walk.js';
import { loadPolicy } from '../../src/parse/index.js';
import { sharedData } from '../support/paths.js';
import { ENGLISH_FORK_FILES, ENGLISH_FORK_PATH, evaluate, readLabels, sideKeys, splitKey } from './evaluate.js';

const corpus = sharedData('dev-corpus', 'open-source-policy');
const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;

describe.skipIf(!corpus.present)(
  `English forks of one template${corpus.present ? '' : ` (skipped: ${corpus.absent})`}`,
  () => {
    it('are aligned with precision 1.0, every reworded template clause, and 9 of the 12 own-words pairs', () => {
      const policies = ENGLISH_FORK_FILES.map((file) => loadPolicy(`${corpus.dir}/${file}`).policy);
      const alignment = alignPolicies(policies);
      const labels = readLabels(ENGLISH_FORK_PATH);
      // The labels name clauses that exist, in the documents compared.
      const ids = new Map(
        alignment.documents.map((document, index) => [
          document.key,
          new Set(allClauses(policies[index] as (typeof policies)[number]).map(({ clause }) => clause.id)),
        ]),
      );
      const keys = [...labels.pairs, ...labels.paraphrases, ...(labels.different ?? [])].flat().flatMap(sideKeys);
      expect(keys.filter((key) => !ids.get(splitKey(key)[0])?.has(splitKey(key)[1]))).toEqual([]);

      const scores = evaluate(alignment, labels);
      console.log(
        [
          `English forks: precision ${percent(scores.precision)} (${scores.all.found} right, ${scores.falsePositives.length} wrong)`,
          `  recall, reworded template: ${scores.pairs.found}/${scores.pairs.labelled}; own words: ${scores.paraphrases.found}/${scores.paraphrases.labelled}; look-alikes kept apart ${scores.keptApart.kept}/${scores.keptApart.labelled}`,
          ...scores.falsePositives.map((pair) => `  wrong: ${pair}`),
          ...[...scores.pairs.missed, ...scores.paraphrases.missed].map((pair) => `  missed: ${pair}`),
        ].join('\n'),
      );
      expect(scores.falsePositives).toEqual([]);
      expect(scores.pairs.found).toBe(scores.pairs.labelled);
      expect(scores.paraphrases.found).toBeGreaterThanOrEqual(9);
      expect(scores.keptApart.kept).toBe(scores.keptApart.labelled);
    });
  },
);
