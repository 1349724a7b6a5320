// Topics for documents that share no heading (codes of conduct written as a few paragraphs, regulations titled only
// "Artikel 1" …): induced from the words their clauses share. A word several organisations use in a few of their
// clauses ("harassment", "report", "photography") marks a subject they both write about; one in nearly every clause
// ("conference", the organisation's own name) or in one organisation's text alone marks none. Words that mostly stand
// in the same clauses form one topic, named by its words. The topics are a starting point: `compare --write-topics`
// writes them out for a person to name, describe and extend (topic-list.ts).
import { Side } from '../../match/entries.js';
import type { Policy } from '../../model/policy.js';
import { normalise } from '../../text/normalise.js';
import { FUNCTION_WORDS } from '../terms/function-words.js';
import { textHeading } from '../read/section-titles.js';
import type { TopicDefinition } from '../read/topic-list.js';
import { wordKeyParts } from './topic-terms.js';

/** At most this many topics are induced from words. */
export const MAX_WORD_TOPICS = 12;
/** A word in more than this part of all clauses is about everything, so about no topic. */
const MAX_SHARE = 0.2;
/** Words whose clauses overlap this much (Jaccard) are one topic. */
const SAME_CLAUSES = 0.4;
/** Shorter words are not topic words. */
const MIN_LENGTH = 4;
/** A topic names at most this many of its words, and lists at most this many as signals. */
const NAME_WORDS = 2;
const MAX_SIGNALS = 6;

interface KeyUse {
  key: string;
  /** Clause numbers (over all documents) holding the key. */
  clauses: Set<number>;
  orgs: Set<string>;
  /** How often each written form stands for the key. */
  forms: Map<string, number>;
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

export function wordTopics(documents: readonly { key: string; policy: Policy }[]): TopicDefinition[] {
  const uses = new Map<string, KeyUse>();
  let clause = 0;
  for (const { key: org, policy } of documents) {
    const own = nameWords(policy);
    for (const entry of new Side(policy).entries) {
      if (textHeading(entry.text)) continue;
      const number = clause++;
      for (const word of normalise(entry.text).split(' ')) {
        if (word.length < MIN_LENGTH || FUNCTION_WORDS.has(word) || own.has(word) || /\d/.test(word)) continue;
        const key = wordKeyParts(word).whole[0];
        if (key === undefined) continue;
        let use = uses.get(key);
        if (!use) {
          use = { key, clauses: new Set(), orgs: new Set(), forms: new Map() };
          uses.set(key, use);
        }
        use.clauses.add(number);
        use.orgs.add(org);
        use.forms.set(word, (use.forms.get(word) ?? 0) + 1);
      }
    }
  }
  const minOrgs = Math.min(2, documents.length);
  const candidates = [...uses.values()]
    .filter((use) => use.orgs.size >= minOrgs && use.clauses.size >= 2 && use.clauses.size <= MAX_SHARE * clause)
    .sort(
      (a, b) =>
        b.orgs.size - a.orgs.size || b.clauses.size - a.clauses.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  const groups: KeyUse[][] = [];
  for (const use of candidates) {
    const group = groups.find((members) => jaccard(members[0] as KeyUse, use) >= SAME_CLAUSES);
    if (group) group.push(use);
    else if (groups.length < MAX_WORD_TOPICS) groups.push([use]);
  }
  const ids = new Set<string>();
  return groups.map((group) => {
    const forms = group.map(commonForm);
    const name = forms.slice(0, NAME_WORDS).join(', ');
    let id = topicSlug(name);
    for (let n = 2; ids.has(id); n++) id = `${topicSlug(name)}-${n}`;
    ids.add(id);
    const orgs = [...new Set(group.flatMap((use) => [...use.orgs]))];
    const clauses = new Set(group.flatMap((use) => [...use.clauses]));
    return {
      id,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      // What the topic was induced from, so a person editing the list sees what it joins.
      description: `${forms.map((form) => `"${form}"`).join(', ')} (${clauses.size} clauses; ${orgs.join(', ')})`,
      signals: [...new Set(group.flatMap((use) => [...use.forms.keys()]))].slice(0, MAX_SIGNALS),
    };
  });
}

function jaccard(a: KeyUse, b: KeyUse): number {
  let shared = 0;
  for (const clause of a.clauses) if (b.clauses.has(clause)) shared++;
  return shared / (a.clauses.size + b.clauses.size - shared);
}

/** The key's most used written form (the first in alphabetical order on a tie). */
function commonForm(use: KeyUse): string {
  let best = '';
  let count = -1;
  for (const [form, seen] of use.forms) {
    if (seen > count || (seen === count && form < best)) {
      best = form;
      count = seen;
    }
  }
  return best;
}
