// The topic list of a kind of policy: data a sector or foundation owns (templates/topics/<kind>.yaml), each topic
// with an id, a name, a one-line description and the signals that mark it (topic-signals.ts). A project's own file
// (templates/topics/<kind>.yaml under the project root) is used instead of the shipped one. What a reader sees of it
// (a topic's name; a law entry's whom-it-binds, note, question and what a clause lacks) may be given in Dutch and
// English side by side, so an English comparison says it in English; the law's own words are Dutch only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { errorById } from '../../io/messages.js';
import { PACKAGE_ROOT, templatePath } from '../../io/root.js';
import type { Policy } from '../../model/policy.js';
import { policyKind as titleKind } from '../../parse/kinds.js';
import { inLanguage, type PerLanguage, perLanguageOf } from '../../text/per-language.js';
import { policyKind } from './inputs.js';

/** Whom a requirement binds (docs/topic-lists.md): each field that is given narrows it; none given binds anyone. */
export interface Binds {
  /** The sectors it binds (po, vo, so-vso, mbo). */
  sectors?: string[];
  /** The kinds of body it binds: bevoegd-gezag (a school's competent authority), bestuursorgaan (a public body). */
  bodies?: string[];
  /** The least number of workers from which it binds (Wet bescherming klokkenluiders: 50). */
  workers?: number;
  /**
   * Who that is, in the words every format shows: "het bevoegd gezag van een school in het po", or that per language
   * ({ nl: …, en: … }) so an English comparison says it in English.
   */
  who: PerLanguage;
}

/**
 * The condition on which a requirement binds, and the question a person answers once (docs/format.md): one text, or
 * one per language as `binds.who`, so an English comparison asks it in English.
 */
export interface LegalCondition {
  id: string;
  question: PerLanguage;
}

/** What a law requires of this kind of policy on a topic, quoted from the law (docs/topic-lists.md). */
export interface LegalBasis {
  /** The law's short name: "AVG", "WPO", "Awb". */
  law: string;
  /** Where in it: "art. 13 lid 1 onder a". */
  article: string;
  /** The words that require the topic, as the law has them: Dutch, never translated (an English view marks them so). */
  words: string;
  /**
   * A hand-written gist of `words` per language other than Dutch ({ en: … }), which an English view shows beside the
   * Dutch words it marks as Dutch; never the law's text itself.
   */
  gist?: PerLanguage;
  /** Where the words were read: the consolidation's address with its date (templates/law/<law>.yaml). */
  checked?: string;
  /** Why the words could not be read against the text in force, where they could not. */
  unverified?: string;
  /** Where the words were read, in a list written before `checked`. */
  source?: string;
  /** `always`, or `if-applicable`: only where the organisation does what the topic is about (the AVG's "in voorkomend geval"). */
  when: 'always' | 'if-applicable';
  /** Whom it binds; absent: every organisation that has this kind of policy. */
  binds?: Binds;
  /**
   * The conditions on which it binds, all of them ("indien geautomatiseerde besluitvorming plaatsvindt"): a list's
   * `condition:` is one, or a list where a requirement binds only on two (a privacyreglement's AVG art. 13 parts bind
   * only where the reglement is how the organisation informs the people concerned, and some of them on a second).
   */
  conditions?: LegalCondition[];
  /** Phrases, written as signals, of which a covering clause must hold one to meet the requirement itself. */
  meets?: string[];
  /**
   * For a requirement of several parts, further lists of phrases: a covering clause must hold one of each list too
   * ("ten minste drie leden" and a chair from outside the board; every right of the data subject, not two of them).
   */
  alsoMeets?: string[][];
  /**
   * What the requirement itself asks, said where a clause on the topic does not state it ("een afhandelingstermijn"):
   * one text, or one per language as `binds.who`.
   */
  needs?: PerLanguage;
  /**
   * Where the law applies the requirement directly to whom it binds, so a policy need not repeat it (Awb 9:11's
   * handling term binds a public body whatever its regulation says): a short note on it, which the cell shows where no
   * clause states the requirement ("geldt rechtstreeks"), in place of a finding that something is missing; one text, or
   * one per language as `binds.who`.
   */
  appliesDirectly?: PerLanguage;
  /**
   * Where a clause that denies the requirement's phrase answers it all the same (`negationMeets: true`): the AVG asks
   * who receives the data, and "Gegevens worden nooit aan derden doorgegeven" says none does. Elsewhere a clause that
   * holds the phrase only negated ("niet aangesloten bij een klachtencommissie") does not meet it (law-view.ts).
   */
  negationMeets?: boolean;
}

export interface TopicDefinition {
  id: string;
  /** The name evidence reads (topic-profile.ts): the list's Dutch name where it gives one per language. */
  name: string;
  /** The name per language, where the list gives one per language ({ nl: …, en: … }): what an English view shows. */
  names?: PerLanguage;
  /** The description evidence reads (topic-profile.ts): the list's Dutch one where it gives one per language. */
  description: string;
  /** The description per language, where the list gives one per language: what an English view shows. */
  descriptions?: PerLanguage;
  signals: string[];
  /** Sentences as a policy might state the topic: evidence, like the name and description (topic-profile.ts). */
  examples?: string[];
  /**
   * Phrases, written as signals are, that hold the topic's words but say something else ("wettelijke verplichting",
   * the legal ground's words, for "Verplicht of vrijwillig verstrekken"): the topic's words within them are no
   * evidence of it (topic-scores.ts).
   */
  elsewhere?: string[];
  /**
   * Phrases, written as signals are, of which a sentence must hold one for the topic to read its words (a title is
   * not held to them): a topic stated only in a certain way ("niet", "geen" for handling by someone not involved) or
   * a role a document has only where it names it (topic-profile.ts, sentenceWords).
   */
  wordsNeed?: string[];
  /** The laws that require the topic of this kind of policy. */
  law?: LegalBasis[];
  /**
   * Set from the list's top-level `signalsClaimSentences: true`: a sentence that holds a signal of another topic and
   * none of this one's, or stands under another topic's title, is that topic's, so its words are no candidate for
   * this one (topic-scores.ts).
   */
  signalsClaimSentences?: true;
  /**
   * Set from the list's top-level `candidateFloor`: the score from which a clause that does not cover the topic is a
   * candidate ("mogelijk"), in place of CANDIDATE_FLOOR; calibrated per kind on hand labels (docs/topic-lists.md).
   */
  candidateFloor?: number;
  /**
   * Set from the list's top-level `examplesClaimRuns`: a run of this many words of another topic's example that this
   * topic's own definition does not hold is that topic's wording, so this topic reads no word within it, as within
   * its `elsewhere` phrases (topic-profile.ts).
   */
  examplesClaimRuns?: number;
  /**
   * A topic induced from the documents' own headings or words (induced-topics.ts), never read from a list: it is a
   * subject the documents share, so a clause that hands it to later rules is still on it (a law's "Bij algemene
   * maatregel van bestuur worden … regels gesteld" is what its section says), where a list's topic is content a policy
   * should hold, which such a clause does not (delegated-sentences.ts).
   */
  induced?: true;
}

export interface TopicList {
  /** The file it was read from. */
  path: string;
  topics: TopicDefinition[];
}

/** The kind of policy compared, and whether it was read from the documents' titles rather than their frontmatter. */
export interface ComparisonKind {
  /** A kind id (templates/import/policy-kinds.yaml), or '' when neither the frontmatter nor the titles name one. */
  kind: string;
  fromTitles: boolean;
}

/** How many characters of a document's opening text may name its kind: a title line, not the body. */
const OPENING_NAMES_KIND = 300;

/**
 * What may name a document's kind: its title; where that is only its file's name, also its first heading and its
 * opening text, which in a law export or a pasted page is the title ("##Klachtenregeling Faunafonds" is text there).
 */
function namingText(policy: Policy): string {
  if (policy.meta.titleSource !== 'file') return policy.meta.title;
  const opening = policy.preamble.clauses.find((clause) => clause.text.trim() !== '')?.text ?? '';
  return [policy.meta.title, policy.sections[0]?.title ?? '', opening.slice(0, OPENING_NAMES_KIND)].join(' · ');
}

/**
 * The kind of the compared policies: the first policy's (src/model/kind.ts); for documents whose frontmatter names none
 * (files downloaded as they come), the kind their titles name ("Klachtenregeling ACM"), the same vocabulary import
 * uses, when at least half of the titles name it and no other kind is named as often.
 */
export function comparisonKind(policies: readonly Policy[]): ComparisonKind {
  const first = policies[0];
  const written = first ? policyKind(first) : '';
  if (written !== '' || policies.length === 0) return { kind: written, fromTitles: false };
  const named = new Map<string, number>();
  for (const policy of policies) {
    const kind = titleKind(namingText(policy))?.id;
    if (kind) named.set(kind, (named.get(kind) ?? 0) + 1);
  }
  const [best, second] = [...named.entries()].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] * 2 < policies.length || best[1] === second?.[1]) return { kind: '', fromTitles: false };
  return { kind: best[0], fromTitles: true };
}

/** The topics of the compared policies' kind (comparisonKind), when it has a topic list. */
export function topicsFor(policies: readonly Policy[], root: string): TopicDefinition[] | undefined {
  const path = topicListPath(comparisonKind(policies).kind, root);
  return path ? readTopicList(path).topics : undefined;
}

/** The topic list file of a kind of policy: the project's, else the shipped one, else none. */
export function topicListPath(kind: string, root: string): string | undefined {
  return /^[a-z0-9][a-z0-9-]*$/.test(kind) ? templatePath(root, join('topics', `${kind}.yaml`)) : undefined;
}

/** The kinds that have a topic list: the project's and the shipped ones, sorted. */
export function topicListKinds(root: string): string[] {
  const kinds = new Set<string>();
  for (const folder of [root, PACKAGE_ROOT]) {
    const topics = join(folder, 'templates', 'topics');
    if (!existsSync(topics)) continue;
    for (const file of readdirSync(topics)) if (file.endsWith('.yaml')) kinds.add(file.slice(0, -'.yaml'.length));
  }
  return [...kinds].sort();
}

/** `messageId`: one of the topic-list.* entries of templates/messages/en.yaml. */
function badTopic(path: string, at: { line: number; column: number }, problem: string): Error {
  return errorById(
    { messageId: problem, fixId: 'topic-list.fix', params: { path } },
    { place: { file: path, point: at }, ruleId: 'topic-list' },
  );
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.length > 0 && value.every(isText);

/** A law entry's `binds:`, or null when it is not one. */
function bindsOf(value: unknown): Binds | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const { sectors, bodies, workers, who: written } = value as Record<string, unknown>;
  const who = perLanguageOf(written);
  if (!who) return null;
  if (sectors !== undefined && !isTexts(sectors)) return null;
  if (bodies !== undefined && !isTexts(bodies)) return null;
  if (workers !== undefined && !(typeof workers === 'number' && Number.isInteger(workers) && workers > 0)) return null;
  return {
    who,
    ...(sectors ? { sectors } : {}),
    ...(bodies ? { bodies } : {}),
    ...(typeof workers === 'number' ? { workers } : {}),
  };
}

/** A law entry's `condition:` (one, or a list of them) as its conditions, or null when one is not a condition. */
function conditionsOf(condition: unknown): LegalCondition[] | null {
  const conditions: LegalCondition[] = [];
  for (const one of Array.isArray(condition) && condition.length > 0 ? condition : [condition]) {
    const { id, question } = (one ?? {}) as Record<string, unknown>;
    const asked = perLanguageOf(question);
    if (!isText(id) || !asked) return null;
    conditions.push({ id, question: asked });
  }
  return conditions;
}

/** `value` as a PerLanguage where given; null where given and not one, undefined where not given. */
const optionalPerLanguage = (value: unknown): PerLanguage | null | undefined =>
  value === undefined ? undefined : perLanguageOf(value);

/** One `law:` entry, or null when it lacks a field or has one of the wrong shape. */
function legalBasis(entry: Record<string, unknown> | null): LegalBasis | null {
  const { law, article, words, source, checked, unverified, binds, condition, meets, alsoMeets } = entry ?? {};
  const when = entry?.when ?? (condition === undefined ? 'always' : 'if-applicable');
  if (!isText(law) || !isText(article) || !isText(words) || (when !== 'always' && when !== 'if-applicable'))
    return null;
  for (const text of [source, checked, unverified]) if (text !== undefined && !isText(text)) return null;
  const [direct, needs, gist] = [entry?.appliesDirectly, entry?.needs, entry?.gist].map(optionalPerLanguage);
  if (direct === null || needs === null || gist === null) return null;
  // A gist is of the Dutch words in another language: one text, or a Dutch one, would say nothing they do not.
  if (gist !== undefined && (typeof gist === 'string' || gist.nl !== undefined)) return null;
  if (meets !== undefined && !isTexts(meets)) return null;
  if (entry?.negationMeets !== undefined && typeof entry.negationMeets !== 'boolean') return null;
  if (alsoMeets !== undefined && (meets === undefined || !Array.isArray(alsoMeets) || !alsoMeets.every(isTexts)))
    return null;
  const basis: LegalBasis = { law, article, words, when };
  if (isText(checked)) basis.checked = checked;
  if (isText(unverified)) basis.unverified = unverified;
  if (isText(source)) basis.source = source;
  if (binds !== undefined) {
    const read = bindsOf(binds);
    if (!read) return null;
    basis.binds = read;
  }
  if (condition !== undefined) {
    const conditions = conditionsOf(condition);
    if (!conditions) return null;
    basis.conditions = conditions;
  }
  if (meets) basis.meets = meets;
  if (Array.isArray(alsoMeets)) basis.alsoMeets = alsoMeets as string[][];
  if (needs) basis.needs = needs;
  if (gist) basis.gist = gist;
  if (direct) basis.appliesDirectly = direct;
  if (entry?.negationMeets) basis.negationMeets = true;
  return basis;
}

/** The `law:` entries of a topic, or null when one is not a law entry (docs/topic-lists.md). */
function legalBases(value: unknown): LegalBasis[] | null {
  if (!Array.isArray(value)) return null;
  const bases: LegalBasis[] = [];
  for (const entry of value as (Record<string, unknown> | null)[]) {
    const basis = legalBasis(entry);
    if (!basis) return null;
    bases.push(basis);
  }
  return bases;
}

/** The list's top-level settings, checked: its topics as given and the settings every topic of it takes. */
function listSettings(
  parsed: unknown,
  shown: string,
): { topics: Record<string, unknown>[]; claims?: boolean; floor?: number; runs?: number } {
  const {
    topics,
    signalsClaimSentences: claims,
    candidateFloor: floor,
    examplesClaimRuns: runs,
  } = (parsed as {
    topics?: unknown;
    signalsClaimSentences?: unknown;
    candidateFloor?: unknown;
    examplesClaimRuns?: unknown;
  } | null) ?? {};
  const top = { line: 1, column: 1 };
  if (!Array.isArray(topics) || topics.length === 0) throw badTopic(shown, top, 'topic-list.no-topics');
  if (claims !== undefined && typeof claims !== 'boolean') throw badTopic(shown, top, 'topic-list.bad-claims');
  // A score: topics.ts keeps it within the band (it narrows the band from below, never widens it).
  if (floor !== undefined && !(typeof floor === 'number' && floor >= 0 && floor <= 1))
    throw badTopic(shown, top, 'topic-list.bad-floor');
  // A run of one word would be any word another topic's example has: a run is two words at the least.
  if (runs !== undefined && !(typeof runs === 'number' && Number.isInteger(runs) && runs >= 2))
    throw badTopic(shown, top, 'topic-list.bad-runs');
  return {
    // Each item is checked where readTopicList reads it.
    topics: topics as Record<string, unknown>[],
    ...(claims === undefined ? {} : { claims }),
    ...(floor === undefined ? {} : { floor }),
    ...(runs === undefined ? {} : { runs }),
  };
}

/** A list's settings above its topics, which readTopicList sets on each topic. */
type ListSettings = Omit<ReturnType<typeof listSettings>, 'topics'>;

/**
 * One item of a list's `topics:` as a TopicDefinition, checked: `fail` throws naming the problem where the item
 * stands; `seen` holds the ids read before it.
 */
function topicDefinition(
  topic: Record<string, unknown> | null,
  { claims, floor, runs }: ListSettings,
  seen: Set<string>,
  fail: (problem: string) => never,
): TopicDefinition {
  const { id, name: written, description, signals, examples, elsewhere, wordsNeed, law } = topic ?? {};
  if (!isText(id) || !/^[a-z0-9][a-z0-9-]*$/.test(id) || seen.has(id)) fail('topic-list.bad-id');
  const names = perLanguageOf(written);
  const descriptions = perLanguageOf(description);
  if (!names || !descriptions) fail('topic-list.no-name');
  // Evidence reads the Dutch name and description (the topics' words are Dutch); every format shows the comparison's
  // language's.
  const name = inLanguage(names, 'nl');
  if (!Array.isArray(signals) || signals.length === 0 || !signals.every(isText)) fail('topic-list.no-signals');
  const texts = (value: unknown): value is string[] | undefined =>
    value === undefined || (Array.isArray(value) && value.every(isText));
  if (!texts(examples)) fail('topic-list.bad-examples');
  if (!texts(elsewhere)) fail('topic-list.bad-elsewhere');
  if (!texts(wordsNeed) || wordsNeed?.length === 0) fail('topic-list.bad-words-need');
  const bases = law === undefined ? undefined : legalBases(law);
  if (bases === null) fail('topic-list.bad-law');
  seen.add(id);
  const definition: TopicDefinition = {
    id,
    name,
    description: inLanguage(descriptions, 'nl'),
    signals: signals.map(String),
  };
  if (typeof names !== 'string') definition.names = names;
  if (typeof descriptions !== 'string') definition.descriptions = descriptions;
  if (examples?.length) definition.examples = examples.map(String);
  if (elsewhere?.length) definition.elsewhere = elsewhere.map(String);
  if (wordsNeed?.length) definition.wordsNeed = wordsNeed.map(String);
  if (bases?.length) definition.law = bases;
  if (claims === true) definition.signalsClaimSentences = true;
  if (typeof floor === 'number') definition.candidateFloor = floor;
  if (typeof runs === 'number') definition.examplesClaimRuns = runs;
  return definition;
}

/** Reads and checks a topic list file: every topic needs an id (unique), a name, a description and signals. */
export function readTopicList(path: string): TopicList {
  const source = readFileSync(path, 'utf8');
  // Named as the person typed it: relative to where they are.
  const shown = relative(process.cwd(), path) || path;
  const document = parseDocument(source);
  const pointOf = (offset: number | undefined): { line: number; column: number } => {
    const before = source.slice(0, offset ?? 0).split('\n');
    return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
  };
  if (document.errors.length > 0) throw badTopic(shown, pointOf(document.errors[0]?.pos[0]), 'topic-list.not-yaml');
  const { topics, ...settings } = listSettings(document.toJS(), shown);
  const seen = new Set<string>();
  const items = (document.get('topics', true) as { items?: { range?: [number] }[] } | undefined)?.items ?? [];
  return {
    path,
    topics: topics.map((topic: Record<string, unknown>, i) =>
      topicDefinition(topic, settings, seen, (problem) => {
        throw badTopic(shown, pointOf(items[i]?.range?.[0]), problem);
      }),
    ),
  };
}

/**
 * A topic list as a file a person edits (the format readTopicList reads): the comparison's topics, written out by
 * `compare --write-topics` so induced topics can be named, described and given better signals.
 */
export function topicListYaml(topics: readonly TopicDefinition[], kind: string): string {
  const header = [
    `# Topics of the kind of policy \`${kind || 'unknown'}\`, written by \`clausemark compare --write-topics\`.`,
    '# Edit each name, description and signals (see docs/compare.md, "Topics"), then save this file as',
    `# templates/topics/${kind || '<kind>'}.yaml in the project: compare then uses it instead of the section headings.`,
  ].join('\n');
  const body = stringify(
    {
      ...(topics.length > 0 && topics.every((topic) => topic.signalsClaimSentences)
        ? { signalsClaimSentences: true }
        : {}),
      ...(topics[0]?.candidateFloor !== undefined ? { candidateFloor: topics[0].candidateFloor } : {}),
      ...(topics[0]?.examplesClaimRuns !== undefined ? { examplesClaimRuns: topics[0].examplesClaimRuns } : {}),
      topics: topics.map(
        ({ id, name, names, description, descriptions, signals, examples, elsewhere, wordsNeed, law }) => ({
          id,
          name: names ?? name,
          description: descriptions ?? description,
          ...(examples?.length ? { examples } : {}),
          signals,
          ...(elsewhere?.length ? { elsewhere } : {}),
          ...(wordsNeed?.length ? { wordsNeed } : {}),
          // Written as the reader reads it: `condition:`, one or a list.
          ...(law?.length
            ? {
                law: law.map(({ conditions, ...basis }) =>
                  conditions ? { ...basis, condition: conditions.length === 1 ? conditions[0] : conditions } : basis,
                ),
              }
            : {}),
        }),
      ),
    },
    {
      lineWidth: 0,
    },
  );
  return `${header}\n${body}`;
}
