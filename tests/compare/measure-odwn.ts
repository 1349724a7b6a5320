// Measures whether Open Dutch WordNet's synonyms (../shared/lexicon/odwn/synonyms.tsv, CC BY-SA 4.0: its SOURCES.md)
// help topic coverage on the hand labels of tests/fixtures/topic-labels/nl-kinds (issue 73): each topic of a kind's
// list is given, as one more example, the ODWN synonyms of the words of its name (a table derived from ODWN would be
// shipped the same way: words a topic reads as its own), and every kind is measured with and without them, left out
// one organisation at a time (kind-labels.ts leaveOneOutByFloor). Nothing of ODWN ships unless this shows a gain.
//
//   NODE_ENV=production npx vite-node tests/compare/measure-odwn.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicDefinition } from '../../src/compare/read/topic-list.js';
import { readTopicList } from '../../src/compare/read/topic-list.js';
import { candidateFloor, topicCoverage } from '../../src/compare/topics/topics.js';
import { normalise } from '../../src/text/normalise.js';
import { FUNCTION_WORDS } from '../../src/compare/terms/function-words.js';
import { PROJECT_ROOT, sharedData } from '../support/paths.js';
import {
  corpus,
  LABEL_SETS,
  LABELLED_KINDS,
  labelledDocuments,
  leaveOneOutByFloor,
  readKindLabels,
  scoreLine,
  sumScores,
} from './kind-labels.js';

const lexicon = sharedData('lexicon');
const table = join(lexicon.dir, 'odwn', 'synonyms.tsv');
if (!corpus.present || !lexicon.present || !existsSync(table)) {
  console.log(`skipped: ${corpus.present ? lexicon.absent : corpus.absent}`);
  process.exit(0);
}
const synonyms = new Map<string, string[]>();
for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
  const [lemma, ...rest] = line.split('\t');
  if (lemma)
    synonyms.set(
      lemma,
      rest.filter((word) => word !== '' && !word.includes(' ')),
    );
}

/** The topic with the ODWN synonyms of its name's words as one more example. */
function withSynonyms(topic: TopicDefinition): TopicDefinition {
  const words = normalise(topic.name)
    .split(' ')
    .filter((word) => word.length > 3 && !FUNCTION_WORDS.has(word));
  const extra = [...new Set(words.flatMap((word) => synonyms.get(word) ?? []))];
  return extra.length === 0 ? topic : { ...topic, examples: [...(topic.examples ?? []), extra.join(' ')] };
}

for (const kind of LABELLED_KINDS) {
  const labels = readKindLabels(kind);
  const documents = labelledDocuments(labels);
  const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', `${kind}.yaml`));
  const floor = list.topics[0] ? candidateFloor(list.topics[0]) : 0.25;
  for (const [name, topics] of [
    ['without ODWN', list.topics],
    ['with ODWN', list.topics.map(withSynonyms)],
  ] as const) {
    const { scores } = leaveOneOutByFloor(topicCoverage(documents, topics, []), labels, documents, floor);
    console.log(
      scoreLine(kind, `${name}, left out one at a time`, LABEL_SETS.map((set) => scores[set]).reduce(sumScores)),
    );
  }
}
