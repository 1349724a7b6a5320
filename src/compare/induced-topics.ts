// Topics for a kind of policy that has no topic list (topic-list.ts): induced from the documents' own section
// headings, since a heading is where a school names what its rules are about ("Sancties", "Privacy"). Headings of
// different organisations that name the same thing (equal, or one's content words within the other's: "Sancties" and
// "Sancties en maatregelen") form one topic, named by the heading most of them use; a heading only one organisation
// has is no topic to compare by. Each heading becomes a signal, so a clause beneath it covers the topic, and the
// list can be written out (writeTopicList) for a person to name, describe and extend.
import type { Policy, Section } from '../model/policy.js';
import { normalise } from '../text/normalise.js';
import { FUNCTION_WORDS } from './function-words.js';
import type { TopicDefinition } from './topic-list.js';

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
  const visit = (sections: readonly Section[]): void => {
    for (const section of sections) {
      const text = section.title.trim();
      const normal = normalise(text);
      const words = contentWords(normal);
      if (words.size > 0) out.push({ text, normal, words, org });
      visit(section.sections);
    }
  };
  visit(policy.sections);
  return out;
}

/** One names what the other does: equal content words, or the shorter one's all within the longer one's. */
function sameSubject(a: Heading, b: Heading): boolean {
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  for (const word of small) if (!large.has(word)) return false;
  // "Algemeen" within "Algemene bepalingen sociale media" is no shared subject: the smaller must be half the larger.
  return small.size * 2 >= large.size;
}

function slug(text: string): string {
  return (
    normalise(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'onderwerp'
  );
}

/**
 * Topics induced from the section headings of the documents (keyed as the comparison keys them): one per group of
 * headings that at least two organisations use for the same subject, in the order the first document (then the next)
 * has them.
 */
export function induceTopics(documents: readonly { key: string; policy: Policy }[]): TopicDefinition[] {
  const headings = documents.flatMap((document) => headingsOf(document.policy, document.key));
  // Union-find over headings with the same subject.
  const parent = headings.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < headings.length; i++) {
    for (let j = i + 1; j < headings.length; j++) {
      if (sameSubject(headings[i]!, headings[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Heading[]>();
  headings.forEach((heading, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), heading]);
  });
  const topics: TopicDefinition[] = [];
  const ids = new Set<string>();
  for (const group of groups.values()) {
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
    let id = slug(name);
    for (let n = 2; ids.has(id); n++) id = `${slug(name)}-${n}`;
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
