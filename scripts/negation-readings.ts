// Prints what the negation reading (src/compare/topics/negation.ts) makes of the Dutch paragraphs (with --lang en the
// English ones) of ../shared/dev-corpus that hold a negation word or phrase: per paragraph, the reading ("states" or
// "negates") of every law `meets`/`alsoMeets` phrase of the shipped topic lists it holds, or with --words of every word
// of four letters or more in it; one line each, `<file>#<paragraph>\t<phrase>\t<reading>`, the count on stderr. To see what a change does, run
// it on the code before it too, the same lines in the same order:
//   git archive HEAD src templates package.json | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/
//   npx vite-node scripts/negation-readings.ts -- --root /tmp/old > old.tsv; npx vite-node scripts/negation-readings.ts > new.tsv
//   diff old.tsv new.tsv
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Negation = typeof import('../src/compare/topics/negation.js');
type Rules = typeof import('../src/compare/topics/negation-rules.js');
type Signals = typeof import('../src/compare/topics/topic-signals.js');
type TopicList = typeof import('../src/compare/read/topic-list.js');

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = resolve(rootAt >= 0 ? (args[rootAt + 1] as string) : '.');
const everyWord = args.includes('--words');
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? (args[langAt + 1] as string) : 'nl';
const corpus = resolve('..', 'shared', 'dev-corpus');

const { phraseReading } = (await import(join(root, 'src/compare/topics/negation.ts'))) as Negation;
const { negationRules } = (await import(join(root, 'src/compare/topics/negation-rules.ts'))) as Rules;
const { signalPattern } = (await import(join(root, 'src/compare/topics/topic-signals.ts'))) as Signals;
const { readTopicList } = (await import(join(root, 'src/compare/read/topic-list.ts'))) as TopicList;

/** The law phrases of the shipped topic lists, in order. */
function lawPhrases(): string[] {
  const phrases = new Set<string>();
  const folder = join(root, 'templates', 'topics');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml')))
    for (const topic of readTopicList(join(folder, file)).topics)
      for (const basis of topic.law ?? [])
        for (const phrase of [basis.meets ?? [], ...(basis.alsoMeets ?? [])].flat()) phrases.add(phrase);
  return [...phrases].sort();
}

const rules = negationRules(lang);
const negationWords = [...(rules?.words ?? [])];
const negationPhrases = (rules?.negatingPhrases ?? []).map((phrase) => phrase.join('\\s+'));
const negation = new RegExp(`(^|[^\\p{L}])(${[...negationWords, ...negationPhrases].join('|')})([^\\p{L}]|$)`, 'iu');
/** A paragraph's own words of four letters or more, lower case and without accents, negation words left out. */
const wordsOf = (text: string): string[] => [
  ...new Set(
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 4 && !negationWords.includes(word)),
  ),
];

/** Whether a corpus file is in `lang`: Dutch ones are named nl- or -nl-; English ones -en-<date>, or stand outside nl-. */
function inLanguage(name: string): boolean {
  const dutch = /(^nl-|-nl-)/u.test(name);
  if (lang === 'nl') return dutch;
  return /-en-\d/u.test(name) || (!dutch && !/(^|\/)nl-/u.test(name));
}

const law = everyWord ? [] : lawPhrases();
const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
  .filter((name) => inLanguage(name) && /\.(md|mdtext|txt|html|rst)$/u.test(name))
  .sort();
let readings = 0;
for (const name of files)
  readFileSync(join(corpus, name), 'utf8')
    .split(/\n\s*\n/u)
    .forEach((paragraph, k) => {
      if (!negation.test(paragraph)) return;
      const flat = paragraph.replace(/\s+/gu, ' ').trim();
      for (const phrase of everyWord ? wordsOf(flat) : law) {
        const reading = phraseReading(flat, [signalPattern(phrase)], lang);
        readings++;
        if (reading !== 'absent') console.log(`${name}#${k}\t${phrase}\t${reading}`);
      }
    });
console.error(`${readings} readings of ${files.length} files (${lang})`);
