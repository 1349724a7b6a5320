// Measures whether Open Dutch WordNet's synonyms (../shared/lexicon/odwn/synonyms.tsv, CC BY-SA 4.0: its SOURCES.md)
// help topic coverage on the hand labels of tests/fixtures/topic-labels/nl-kinds (issue 73): each topic of a kind's
// list is given, as one more example, the ODWN synonyms of the words of its name (a table derived from ODWN would be
// shipped the same way: words a topic reads as its own), and every kind is measured with and without them, left out
// one organisation at a time (kind-labels.ts leaveOneOutByFloor). Nothing of ODWN ships unless this shows a gain.
//
//   NODE_ENV=production npx vite-node tests/compare/measure-odwn.ts
//   NODE_ENV=production npx vite-node tests/compare/measure-odwn.ts --classes [MAX_CLASS] [MAX_SENSES]
//
// --classes prints, instead, synonym classes for the alignment of the five seeds (issue 73): the words of the seeds
// that ODWN lists as synonyms of one another, joined into classes of at most MAX_CLASS words (default 2), each word's
// ODWN row at most MAX_SENSES synonyms long (default: any; a short row is a word of few senses), leaving out the words
// templates/lemmas/nl-synonyms.txt has. Appended to that file in a scratch checkout, `measure.ts --held-out` measures
// them (docs/compare.md, "Terms", has the figures).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicDefinition } from '../../src/compare/read/topic-list.js';
import { readTopicList } from '../../src/compare/read/topic-list.js';
import { candidateFloor, topicCoverage } from '../../src/compare/topics/topics.js';
import { normalise } from '../../src/text/normalise.js';
import { FUNCTION_WORDS } from '../../src/compare/terms/function-words.js';
import { parseSynonyms } from '../../src/compare/terms/synonyms.js';
import { stem } from '../../src/compare/terms/stem.js';
import { PROJECT_ROOT, policyPath, SEED_ORGS, sharedData } from '../support/paths.js';
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

/** Classes of the seeds' words that ODWN lists as synonyms of one another (--classes, in the header). */
function seedClasses(maxClass: number, maxSenses: number): string[][] {
  const shipped = readFileSync(join(PROJECT_ROOT, 'templates', 'lemmas', 'nl-synonyms.txt'), 'utf8');
  const taken = new Set(parseSynonyms(shipped).flat().map(stem));
  const wordOfStem = new Map<string, string>();
  for (const org of SEED_ORGS)
    for (const word of normalise(readFileSync(policyPath(org), 'utf8')).split(/[^a-z]+/))
      if (word.length > 3 && !FUNCTION_WORDS.has(word) && !taken.has(stem(word)) && !wordOfStem.has(stem(word)))
        wordOfStem.set(stem(word), word);
  const senses = new Map<string, number>();
  for (const [lemma, words] of synonyms) senses.set(stem(normalise(lemma)), words.length);
  const fewSenses = (key: string): boolean => (senses.get(key) ?? 0) <= maxSenses;
  // Union-find over stems, a join refused where it would make a class larger than maxClass.
  const parent = new Map<string, string>();
  const size = new Map<string, number>();
  const top = (key: string): string => {
    let at = key;
    while (parent.get(at) !== at) at = parent.get(at) as string;
    return at;
  };
  for (const [lemma, words] of synonyms) {
    const head = stem(normalise(lemma));
    if (!wordOfStem.has(head) || !fewSenses(head)) continue;
    for (const word of words) {
      const other = stem(normalise(word));
      if (other === head || !wordOfStem.has(other) || !fewSenses(other)) continue;
      for (const key of [head, other])
        if (!parent.has(key)) {
          parent.set(key, key);
          size.set(key, 1);
        }
      const [a, b] = [top(head), top(other)];
      if (a === b || (size.get(a) as number) + (size.get(b) as number) > maxClass) continue;
      parent.set(b, a);
      size.set(a, (size.get(a) as number) + (size.get(b) as number));
    }
  }
  const classes = new Map<string, string[]>();
  for (const key of parent.keys())
    classes.set(top(key), [...(classes.get(top(key)) ?? []), wordOfStem.get(key) as string]);
  return [...classes.values()].filter((words) => words.length > 1);
}

if (process.argv.includes('--classes')) {
  const [maxClass, maxSenses] = process.argv.slice(process.argv.indexOf('--classes') + 1).map(Number);
  for (const words of seedClasses(maxClass || 2, maxSenses || Number.POSITIVE_INFINITY)) console.log(words.join(' '));
  process.exit(0);
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
