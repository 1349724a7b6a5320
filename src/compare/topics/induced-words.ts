// Topics for documents that share no heading (codes of conduct written as a few paragraphs, regulations titled only
// "Artikel 1" …): induced from what their sentences share in meaning. Sentences of two organisations or more that
// say the same thing in largely the same content words ("Participants asked to stop any harassing behavior are
// expected to comply immediately") form one topic; a sentence, not a clause, because one paragraph often states
// several rules. Words are weighed by how rare they are: one in nearly every sentence ("conference", the
// organisation's own name) or in none of another organisation's marks no shared subject, and words that name no
// subject ("someone", "other", "which": subjectless-words.ts) are left out. A topic is named by the words most of its
// sentences hold and few others do ("Comply, stop"), in the documents' own words and language. The topics are a
// starting point: `compare --write-topics` writes them out for a person to name, describe and extend (topic-list.ts).
import { Side } from '../../match/entries.js';
import type { Policy } from '../../model/policy.js';
import { normalise } from '../../text/normalise.js';
import { primarySubtag } from '../../text/output-language.js';
import { splitSentences } from '../../text/sentences.js';
import { FUNCTION_WORDS } from '../terms/function-words.js';
import { textHeading } from '../read/section-titles.js';
import type { TopicDefinition } from '../read/topic-list.js';
import { SUBJECTLESS_WORDS } from './subjectless-words.js';
import { wordKeyParts } from './topic-terms.js';

/** At most this many topics are induced from words. */
export const MAX_WORD_TOPICS = 12;
/** A word in more than this part of all sentences is about everything, so about no topic. */
const MAX_SHARE = 0.2;
/** Sentences of two organisations whose weighted words overlap this much (cosine) say the same thing. */
const SAME_SENTENCE = 0.45;
/** Shorter words are not topic words. */
const MIN_LENGTH = 4;
/** A topic names at most this many of its words, and lists at most this many as signals. */
const NAME_WORDS = 2;
const MAX_SIGNALS = 6;
/** How much more than its words' mean a phrase scores as a name (topicName). */
const PHRASE_GAIN = 1.5;
/**
 * Sentences are paired only through their rarest few words, each held by at most this many sentences: the work stays
 * linear in the sentences (a law of thousands of articles), and a word that common joins no two sentences alone.
 */
const PAIR_WORDS = 3;
const MAX_POSTINGS = 60;

/**
 * Endings of nouns that name a matter ("intimidation", "harassment", "behandeling", "vertrouwelijkheid"): a topic is
 * named by what it is about, and of two words its sentences equally share, the noun says that better than a verb or
 * adjective ("Intimidation" over "deliberate").
 */
const NOUN_ENDINGS: Record<string, RegExp> = {
  en: /(?:tion|sion|ment|ity|ness|ance|ence|ship|ure|ism)$/,
  // Dutch -ing is a noun ("melding"); English -ing as often a verb ("providing").
  nl: /(?:ing|heid|schap|teit|tie|sie|nis|ment)$/,
};

interface Unit {
  org: string;
  /** The sentence's word keys, each with the written form it has here. */
  keys: Map<string, string>;
  /** Two topic words standing side by side ("sexual language", "law enforcement"): their keys, and as written. */
  phrases: Map<string, { keys: [string, string]; form: string }>;
}

/** An induced topic's id from its name: lower-case letters, digits and hyphens, at most 48 characters. */
export function topicSlug(text: string): string {
  return (
    normalise(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'onderwerp'
  );
}

/** The organisation's own name words: every clause of its text may hold them, and they say nothing of a subject. */
function nameWords(policy: Policy): Set<string> {
  const names = [policy.meta.organisation, policy.meta.org, policy.meta.title].filter(
    (value): value is string => typeof value === 'string',
  );
  return new Set(names.flatMap((name) => normalise(name).split(' ')));
}

/** Every sentence of every clause (headings written as text left out), with its topic words' keys. */
function sentenceUnits(documents: readonly { key: string; policy: Policy }[]): Unit[] {
  const units: Unit[] = [];
  for (const { key: org, policy } of documents) {
    const own = nameWords(policy);
    for (const entry of new Side(policy).entries) {
      if (textHeading(entry.text)) continue;
      for (const sentence of splitSentences(entry.text)) {
        const keys = new Map<string, string>();
        const phrases: Unit['phrases'] = new Map();
        // Words side by side form a phrase only within a run of text no comma, slash or bracket breaks.
        for (const run of sentence.split(/[,;:()/"“”]/)) {
          let previous: { key: string; word: string } | undefined;
          for (const word of normalise(run).split(' ')) {
            const kept = word.length >= MIN_LENGTH && !FUNCTION_WORDS.has(word) && !SUBJECTLESS_WORDS.has(word);
            const key = kept && !own.has(word) && !/\d/.test(word) ? wordKeyParts(word).whole[0] : undefined;
            if (key === undefined) {
              previous = undefined;
              continue;
            }
            if (!keys.has(key)) keys.set(key, word);
            if (previous && previous.key !== key) {
              phrases.set(`${previous.key} ${key}`, { keys: [previous.key, key], form: `${previous.word} ${word}` });
            }
            previous = { key, word };
          }
        }
        if (keys.size > 0) units.push({ org, keys, phrases });
      }
    }
  }
  return units;
}

/** Which sentences hold each word key, and each key's weight: how rare it is; one in too many sentences weighs none. */
function wordWeights(
  units: readonly Unit[],
  orgs: number,
): { holders: Map<string, number[]>; weight: Map<string, number> } {
  const holders = new Map<string, number[]>();
  units.forEach((unit, index) => {
    for (const key of unit.keys.keys()) {
      const list = holders.get(key);
      if (list) list.push(index);
      else holders.set(key, [index]);
    }
  });
  const weight = new Map<string, number>();
  for (const [key, list] of holders) {
    // A word once in each organisation's text is shared, however few sentences there are.
    if (list.length <= Math.max(orgs, MAX_SHARE * units.length)) weight.set(key, Math.log(units.length / list.length));
  }
  return { holders, weight };
}

/** Groups of sentences (indices into `units`) of different organisations that say the same thing, joined through others. */
function sameSentenceGroups(
  units: readonly Unit[],
  holders: ReadonlyMap<string, number[]>,
  weight: ReadonlyMap<string, number>,
): number[][] {
  const norm = units.map((unit) =>
    Math.sqrt([...unit.keys.keys()].reduce((sum, key) => sum + (weight.get(key) ?? 0) ** 2, 0)),
  );
  const similarity = (a: number, b: number): number => {
    const [small, large] = [units[a] as Unit, units[b] as Unit].sort((x, y) => x.keys.size - y.keys.size) as [
      Unit,
      Unit,
    ];
    let dot = 0;
    for (const key of small.keys.keys()) if (large.keys.has(key)) dot += (weight.get(key) ?? 0) ** 2;
    const denominator = (norm[a] as number) * (norm[b] as number);
    return denominator === 0 ? 0 : dot / denominator;
  };
  // Union-find over sentences of different organisations that say the same thing.
  const parent = units.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  units.forEach((unit, index) => {
    const rarest = [...unit.keys.keys()]
      .filter((key) => weight.has(key) && (holders.get(key) as number[]).length <= MAX_POSTINGS)
      .sort((a, b) => (holders.get(a) as number[]).length - (holders.get(b) as number[]).length || (a < b ? -1 : 1))
      .slice(0, PAIR_WORDS);
    const tried = new Set<number>();
    for (const key of rarest) {
      for (const other of holders.get(key) as number[]) {
        if (other <= index || tried.has(other) || (units[other] as Unit).org === unit.org) continue;
        tried.add(other);
        if (similarity(index, other) >= SAME_SENTENCE) parent[find(other)] = find(index);
      }
    }
  });
  const groups = new Map<number, number[]>();
  units.forEach((_, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(index);
    else groups.set(root, [index]);
  });
  return [...groups.values()];
}

export function wordTopics(documents: readonly { key: string; policy: Policy }[]): TopicDefinition[] {
  const units = sentenceUnits(documents);
  const { holders, weight } = wordWeights(units, documents.length);
  const shared = sameSentenceGroups(units, holders, weight)
    .map((indices) => {
      const members = indices.map((index) => units[index] as Unit);
      return { members, first: indices[0] as number, orgs: new Set(members.map((unit) => unit.org)) };
    })
    .filter((group) => group.orgs.size >= 2)
    .map((group) => ({ ...group, substance: sharedWeight(group.members, weight) }))
    // The most organisations first, then the most they share in rare words ("We value your attendance" says little),
    // then the order of the text.
    .sort((a, b) => b.orgs.size - a.orgs.size || b.substance - a.substance || a.first - b.first)
    .slice(0, MAX_WORD_TOPICS);
  const lang = primarySubtag(documents[0]?.policy.meta.lang ?? '');
  const nounEnding = NOUN_ENDINGS[lang];
  const ids = new Set<string>();
  return shared.map(({ members, orgs }) => {
    const ranked = characteristicWords(members, weight, nounEnding);
    const name = topicName(ranked);
    const words = ranked.filter((item) => item.keys.length === 1).map((item) => item.form);
    let id = topicSlug(name);
    for (let n = 2; ids.has(id); n++) id = `${topicSlug(name)}-${n}`;
    ids.add(id);
    return {
      id,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      // What the topic was induced from, so a person editing the list sees what it joins.
      description: `${words.map((word) => `"${word}"`).join(', ')} (${members.length} sentences; ${[...orgs].join(', ')})`,
      signals: words.slice(0, MAX_SIGNALS),
    };
  });
}

/** The weight of the words the sentences of two organisations or more hold: how much the group says in common. */
function sharedWeight(members: readonly Unit[], weight: ReadonlyMap<string, number>): number {
  const orgsOf = new Map<string, Set<string>>();
  for (const unit of members) {
    for (const key of unit.keys.keys()) {
      const orgs = orgsOf.get(key) ?? new Set<string>();
      orgs.add(unit.org);
      orgsOf.set(key, orgs);
    }
  }
  let sum = 0;
  for (const [key, orgs] of orgsOf) if (orgs.size >= 2) sum += weight.get(key) ?? 0;
  return sum;
}

/**
 * The topic's words and phrases, the most characteristic first: held by the sentences of two organisations or more,
 * scored by how many of its sentences hold it times how rare its words are elsewhere, a noun counting double (it says
 * what the rule is about); two words the sentences write side by side ("sexual language") score as both. Each by its
 * most used written form (the first in alphabetical order on a tie).
 */
function characteristicWords(
  members: readonly Unit[],
  weight: ReadonlyMap<string, number>,
  nounEnding: RegExp | undefined,
): { form: string; keys: string[] }[] {
  const tally = new Map<string, { keys: string[]; count: number; orgs: Set<string>; forms: Map<string, number> }>();
  const count = (id: string, keys: string[], form: string, org: string): void => {
    const known = tally.get(id) ?? { keys, count: 0, orgs: new Set<string>(), forms: new Map<string, number>() };
    known.count++;
    known.orgs.add(org);
    known.forms.set(form, (known.forms.get(form) ?? 0) + 1);
    tally.set(id, known);
  };
  for (const unit of members) {
    for (const [key, form] of unit.keys) if (weight.has(key)) count(key, [key], form, unit.org);
    for (const [id, phrase] of unit.phrases) {
      if (phrase.keys.some((key) => weight.has(key))) count(id, phrase.keys, phrase.form, unit.org);
    }
  }
  const wordScore = (key: string, form: string): number => (weight.get(key) ?? 0) * (nounEnding?.test(form) ? 2 : 1);
  return [...tally.entries()]
    .filter(([, known]) => known.orgs.size >= 2)
    .map(([id, known]) => {
      const form = commonForm(known.forms);
      const words = form.split(' ');
      const sum = known.keys.reduce((total, key, index) => total + wordScore(key, words[index] ?? ''), 0);
      // A phrase scores its words' mean, half again: it names more than one word does, but not two topics' worth.
      const score = known.keys.length === 1 ? sum : (sum / known.keys.length) * PHRASE_GAIN;
      return { id, keys: known.keys, form, score: known.count * score };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The name: the most characteristic words or phrases, each sharing no word with those before it. */
function topicName(ranked: readonly { form: string; keys: string[] }[]): string {
  const parts: string[] = [];
  const used = new Set<string>();
  for (const { form, keys } of ranked) {
    if (parts.length >= NAME_WORDS) break;
    if (keys.some((key) => used.has(key))) continue;
    parts.push(form);
    for (const key of keys) used.add(key);
  }
  return parts.join(', ');
}

/** The most used written form (the first in alphabetical order on a tie). */
function commonForm(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let count = -1;
  for (const [form, seen] of forms) {
    if (seen > count || (seen === count && form < best)) {
      best = form;
      count = seen;
    }
  }
  return best;
}
