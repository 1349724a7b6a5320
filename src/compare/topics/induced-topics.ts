// Topics for a kind of policy that has no topic list (topic-list.ts): induced from the documents' own section
// headings, since a heading is where a school names what its rules are about ("Sancties", "Privacy"). Headings of
// different organisations that name the same thing (equal, or one's content words within the other's: "Sancties" and
// "Sancties en maatregelen") form one topic, named by the heading most of them use; a heading only one organisation
// has is no topic to compare by. A heading that only numbers ("Artikel 1", "Bijlage", "§ 2") names no subject and is
// never one (section-titles.ts), nor is one that only says where a text stands ("The Quick Version",
// subjectless-words.ts); headings written as text ("####Klachtrecht") count as headings. Each heading becomes
// a signal, so a clause beneath it covers the topic, and the list can be written out (writeTopicList) for a person to
// name, describe and extend. Documents that share no heading get topics from their words instead (induced-words.ts).
import { Side } from '../../match/entries.js';
import type { Policy, Section } from '../../model/policy.js';
import { normalise } from '../../text/normalise.js';
import { FUNCTION_WORDS } from '../terms/function-words.js';
import { topicSlug, wordTopics } from './induced-words.js';
import { isNumberingOnly, textHeading } from '../read/section-titles.js';
import { structureOnly } from './subjectless-words.js';
import { sharedRoles } from './shared-roles.js';
import type { TopicDefinition } from '../read/topic-list.js';

interface Heading {
  /** As written, numbering stripped by normalise() only for comparing. */
  text: string;
  normal: string;
  words: ReadonlySet<string>;
  org: string;
}

/** Content words of a heading: grammar words and numbers say nothing about what it is about. */
function contentWords(normal: string): Set<string> {
  return new Set(normal.split(' ').filter((word) => word.length > 1 && !FUNCTION_WORDS.has(word) && !/^\d/.test(word)));
}

function headingsOf(policy: Policy, org: string): Heading[] {
  const out: Heading[] = [];
  const add = (title: string): void => {
    const text = title.trim();
    if (isNumberingOnly(text)) return;
    const normal = normalise(text);
    const words = contentWords(normal);
    if (words.size > 0 && !structureOnly(words)) out.push({ text, normal, words, org });
  };
  const visit = (sections: readonly Section[]): void => {
    for (const section of sections) {
      add(section.title);
      visit(section.sections);
    }
  };
  visit(policy.sections);
  for (const entry of new Side(policy).entries) {
    const heading = textHeading(entry.text);
    if (heading) add(heading.title);
  }
  return out;
}

/** One names what the other does: equal content words, or the shorter one's all within the longer one's. */
function sameSubject(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (!large.has(word)) return false;
  // "Algemeen" within "Algemene bepalingen sociale media" is no shared subject: the smaller must be half the larger.
  return small.size * 2 >= large.size;
}

/**
 * Pairs of the distinct sets of content words that name the same subject (sameSubject), as indices into `sets`. A
 * smaller set's words are all in the larger, so the larger is among the sets holding the smaller's rarest word: only
 * those are tried, not every pair (thousands of headings "Artikel N" are one set, not millions of pairs).
 */
function sameSubjectPairs(sets: readonly ReadonlySet<string>[]): [number, number][] {
  const holding = new Map<string, number[]>();
  sets.forEach((words, index) => {
    for (const word of words) {
      const list = holding.get(word);
      if (list) list.push(index);
      else holding.set(word, [index]);
    }
  });
  const pairs: [number, number][] = [];
  sets.forEach((small, index) => {
    let rarest: number[] | undefined;
    for (const word of small) {
      const list = holding.get(word) as number[];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    for (const other of rarest ?? []) {
      const large = sets[other] as ReadonlySet<string>;
      // Equal sizes would mean equal sets, which are one entry of `sets`; a larger one is tried from its smaller.
      if (large.size > small.size && sameSubject(small, large)) pairs.push([index, other]);
    }
  });
  return pairs;
}

/** Groups of the headings that name the same subject (directly or through others), in the order of their first. */
function subjectGroups(headings: readonly Heading[]): Heading[][] {
  // Headings with the same content words are one subject at once; the distinct sets are joined by sameSubjectPairs.
  const setOf = new Map<string, number>();
  const sets: ReadonlySet<string>[] = [];
  const setIndex = headings.map((heading) => {
    const key = [...heading.words].sort().join(' ');
    let index = setOf.get(key);
    if (index === undefined) {
      index = sets.length;
      setOf.set(key, index);
      sets.push(heading.words);
    }
    return index;
  });
  // Union-find over the distinct sets.
  const parent = sets.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [a, b] of sameSubjectPairs(sets)) parent[find(b)] = find(a);
  const groups = new Map<number, Heading[]>();
  headings.forEach((heading, i) => {
    const root = find(setIndex[i] as number);
    const group = groups.get(root);
    if (group) group.push(heading);
    else groups.set(root, [heading]);
  });
  return [...groups.values()];
}

/**
 * Topics induced from the section headings of the documents (keyed as the comparison keys them): one per group of
 * headings that at least two organisations use for the same subject, in the order the first document (then the next)
 * has them; else from their words. Then the `roles` (read/role-list.ts) two organisations or more state
 * (shared-roles.ts).
 */
export function induceTopics(
  documents: readonly { key: string; policy: Policy }[],
  roles: readonly TopicDefinition[] = [],
): TopicDefinition[] {
  const fromHeadings = headingTopics(documents);
  const induced = (fromHeadings.length > 0 ? fromHeadings : wordTopics(documents)).map(
    (topic): TopicDefinition => ({ ...topic, induced: true }),
  );
  const ids = new Set(induced.map((topic) => topic.id));
  // A role keeps its id unless an induced topic has it already.
  const added = sharedRoles(documents, roles, induced).map((role) =>
    ids.has(role.id) ? { ...role, id: `${role.id}-role` } : role,
  );
  return [...induced, ...added];
}

/** Topics from headings two organisations or more share; none when they share none. */
function headingTopics(documents: readonly { key: string; policy: Policy }[]): TopicDefinition[] {
  const headings = documents.flatMap((document) => headingsOf(document.policy, document.key));
  const topics: TopicDefinition[] = [];
  const ids = new Set<string>();
  for (const group of subjectGroups(headings)) {
    const orgs = new Set(group.map((heading) => heading.org));
    if (orgs.size < 2) continue;
    // Named by the heading most organisations write; the first written on a tie.
    const counts = new Map<string, { text: string; normal: string; orgs: Set<string> }>();
    for (const heading of group) {
      const known = counts.get(heading.normal) ?? {
        text: heading.text,
        normal: heading.normal,
        orgs: new Set<string>(),
      };
      known.orgs.add(heading.org);
      counts.set(heading.normal, known);
    }
    const variants = [...counts.values()];
    const name = variants.reduce((best, next) => (next.orgs.size > best.orgs.size ? next : best)).text;
    let id = topicSlug(name);
    for (let n = 2; ids.has(id); n++) id = `${topicSlug(name)}-${n}`;
    ids.add(id);
    topics.push({
      id,
      name,
      // What the topic was induced from, so a person editing the list sees which headings it joins.
      description: variants.map((variant) => `"${variant.text}" (${[...variant.orgs].join(', ')})`).join('; '),
      signals: [...new Set(variants.map((variant) => variant.normal))],
    });
  }
  return topics;
}
