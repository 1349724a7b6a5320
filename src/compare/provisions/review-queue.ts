// The open questions of a comparison, for one person to settle in a sitting (`clausemark serve`'s review queue):
// a possible match beside an empty cell, an empty cell "not matched" with its first candidate (a clause on the
// provision's topic or one that clears the low bar of a weak lead, provision-evidence.ts: so a pair the aligner
// missed is offered; the same two clauses are not asked about twice; a clause already aligned with a clause of an
// organisation the provision holds is not offered, see `free`; the question names the cell's other pairs beside it,
// so one answer settles the cell), a link of low confidence (a member that states the provision in
// substantially other words and that no person confirmed), a topic the tool is unsure of (a clause scores in the
// unsure band: "does this clause cover it?"), a topic not found at all where the law requires it or another
// organisation covers it ("is it absent?"), and a clause assigned to a topic on little (within TOPIC_MARGIN above the
// threshold, topics.ts). Each names the pair, or the organisation and the topic, that `clausemark confirm` takes, so
// an answer is recorded exactly as the command would. Absence is offered only where no clause comes near (issue 42):
// where one does, the one answer is "this clause covers it" (or not), so one click cannot make a false "absent".
//
// A queue nobody finishes settles nothing (issue 73: 444 questions for five one-page protocols). So the queue holds at
// most REVIEW_LIMIT questions, first those whose answer changes what a board reads (reviewRank): a cell of "Wat de wet
// vraagt", a missed pair with a strong candidate (two clauses each other's closest and on one topic), another topic
// cell, a "+ alleen hier" that a matching clause would join, a possible match; then a weak lead, a link in other
// words; within each, a join of two "+ alleen hier" rows first. Only what the comparison shows orders it. A question whose answer changes no cell is not asked: a weak assignment beside a clause
// that covers the topic by more (the cell says covered either way), and a second question about the same two
// provisions, the same clause or the same topic cell (its first answer moves the clause or decides the cell).
import { TOPIC_MARGIN, TOPIC_THRESHOLD } from '../topics/topics.js';
import { asksOfPolicy } from '../read/law-rows.js';
import type { Alignment, Suggestion, TopicCoverage } from '../read/types.js';
import type { PerLanguage } from '../../text/per-language.js';

export type ReviewQuestion =
  | {
      kind: 'possible' | 'not-matched' | 'low-confidence';
      /** 0-based index into `provisions`. */
      provision: number;
      label: string;
      /** ORG:CLAUSE-ID of the reference member and of the clause in question. */
      first: string;
      second: string;
      /** The suggestion's or weak lead's score, or the member's similarity to the reference (0..1). */
      score: number;
      /** The organisation of the clause in question (`second`). */
      org: string;
      /**
       * Of an empty cell's question: the other pairs the answer may be, each as `confirm` takes it — the cell's other
       * clauses that may state the provision (beside `first`), then the clauses of the reference's organisation that
       * the row of `second` offers (beside `second`), best first. A person who sees that `second` is not it picks one
       * of these, or none: one answer settles the cell.
       */
      alternatives?: { first: string; second: string }[];
    }
  | {
      /** A clause comes near (in the unsure band): does it cover the topic? Never "absent" as an answer. */
      kind: 'topic-possible';
      topic: string;
      /** The topic's name; `names` per language, where its list gives them (the pages say the view's language's). */
      name: string;
      names?: PerLanguage;
      org: string;
      /** The clauses that come closest: ORG:CLAUSE-ID each, best first. */
      candidates: string[];
      /** The closest candidate's score, below the threshold and from the floor up (topics.ts). */
      score: number;
    }
  | {
      /** No clause comes near, where the law requires the topic or another organisation covers it: absent? */
      kind: 'topic-not-found';
      topic: string;
      /** The topic's name; `names` per language, where its list gives them (the pages say the view's language's). */
      name: string;
      names?: PerLanguage;
      org: string;
      /** The topic names a legal basis (the topic list's `law:`). */
      required: boolean;
    }
  | {
      kind: 'topic-weak';
      topic: string;
      /** The topic's name; `names` per language, where its list gives them (the pages say the view's language's). */
      name: string;
      names?: PerLanguage;
      org: string;
      /** ORG:CLAUSE-ID of the clause assigned, for `confirm --topic ORG:CLAUSE-ID TOPIC [--not]`. */
      clause: string;
      /** The assignment's score, at or above the threshold but within the margin. */
      score: number;
      /** The signals it holds. */
      signals: string[];
      /** No other clause of the organisation covers the topic beyond the margin: the answer decides the cell. */
      decides: boolean;
    };

/** At most this many questions: what one person settles in a sitting. */
export const REVIEW_LIMIT = 60;

/**
 * The questions one person settles, at most REVIEW_LIMIT, those that change most of what a board reads first
 * (reviewRank), each changing a cell of the page.
 */
export function reviewQuestions(alignment: Alignment): ReviewQuestion[] {
  const provisionOf = wholeMemberProvisions(alignment);
  const ranked = openQuestions(alignment, provisionOf)
    .map((question, order) => ({
      question,
      order,
      rank: reviewRank(alignment, question, provisionOf),
      rows: aloneRowsJoined(alignment, question, provisionOf),
    }))
    .filter((entry) => entry.rank !== undefined)
    .sort(
      (a, b) =>
        (a.rank as number) - (b.rank as number) ||
        b.rows - a.rows ||
        strength(b.question) - strength(a.question) ||
        a.order - b.order,
    );
  const questions: ReviewQuestion[] = [];
  // One question per pair of provisions, per clause asked about and per topic cell: the first answer moves the
  // clause (or keeps it apart) or decides the cell, so a second question there would ask about a page that is no
  // longer there.
  const merging = new Set<string>();
  const clauses = new Set<string>();
  const cells = new Set<string>();
  for (const { question } of ranked) {
    if (questions.length === REVIEW_LIMIT) break;
    if ('topic' in question) {
      // One question per topic cell: once one clause is answered on it, the cell is decided.
      const cell = `${question.org}\u0000${question.topic}`;
      if (cells.has(cell)) continue;
      cells.add(cell);
    } else if (question.kind !== 'low-confidence') {
      const other = provisionOf.get(question.second);
      const pair = [String(question.provision), String(other ?? question.second)].sort().join('|');
      if (merging.has(pair) || clauses.has(question.second)) continue;
      merging.add(pair);
      clauses.add(question.second);
    }
    questions.push(question);
  }
  return questions;
}

/** How many open questions the comparison has in all, REVIEW_LIMIT or more of them not in the queue. */
export function openQuestionCount(alignment: Alignment): number {
  const provisionOf = wholeMemberProvisions(alignment);
  return openQuestions(alignment, provisionOf).filter(
    (question) => reviewRank(alignment, question, provisionOf) !== undefined,
  ).length;
}

/** ORG:CLAUSE-ID → the provision that holds the clause whole. */
function wholeMemberProvisions(alignment: Alignment): Map<string, number> {
  const of = new Map<string, number>();
  alignment.provisions.forEach((provision, index) => {
    for (const [key, members] of Object.entries(provision.members))
      for (const member of members) if (!member.part) of.set(`${key}:${member.id}`, index);
  });
  return of;
}

/**
 * How many "+ alleen hier" rows "the same" makes shared: the question's provision and the one that holds the clause
 * asked about, each when it is one organisation's alone. Within a rank, the answer that changes more rows comes first.
 */
function aloneRowsJoined(
  alignment: Alignment,
  question: ReviewQuestion,
  provisionOf: ReadonlyMap<string, number>,
): number {
  if (question.kind !== 'possible' && question.kind !== 'not-matched') return 0;
  const alone = (index: number | undefined): number =>
    index !== undefined && Object.keys(alignment.provisions[index]?.members ?? {}).length === 1 ? 1 : 0;
  return alone(question.provision) + alone(provisionOf.get(question.second));
}

/** How strongly the tool points at the answer: a pair's score, a topic's; a link in other words the less alike first. */
function strength(question: ReviewQuestion): number {
  if (question.kind === 'low-confidence') return 1 - question.score;
  return 'score' in question ? question.score : 0;
}

/**
 * What a question's answer changes on the page a board reads, most first (lower is sooner), or undefined where it
 * changes no cell:
 *   0  a cell of "Wat de wet vraagt": a topic the law requires of the organisation, whose cell the answer decides;
 *   1  a missed pair with a strong candidate: two kinds of evidence agree. The clause asked about is the first one the
 *      empty cell offers and the provision's own member is the first one offered back in the clause's cell (each is
 *      the other's closest by text), and the two are on one topic of the list. "The same" joins two rows of the
 *      page, most often two "+ alleen hier";
 *   2  another topic cell the answer decides (unsure, not found, or covered by one weak assignment): a board asks
 *      per topic;
 *   3  a "+ alleen hier": the provision, or the clause asked about, is one organisation's alone, and "the same"
 *      makes it shared (a possible match or a pair the aligner missed, strongest first);
 *   4  a possible match (a strong candidate) beside an empty cell;
 *   5  an empty cell's weak lead;
 *   6  a link in other words (confirmed, it gets its mark; rejected, the cell empties).
 * Only what the comparison shows decides it: the law's view, the cells' candidates and their scores.
 */
export function reviewRank(
  alignment: Alignment,
  question: ReviewQuestion,
  provisionOf: ReadonlyMap<string, number> = wholeMemberProvisions(alignment),
): number | undefined {
  if (question.kind === 'topic-weak' || question.kind === 'topic-possible' || question.kind === 'topic-not-found') {
    if (question.kind === 'topic-weak' && !question.decides) return undefined;
    const required =
      question.kind === 'topic-not-found'
        ? question.required
        : requiredOf(
            alignment,
            (alignment.topics ?? []).find((topic) => topic.id === question.topic) as TopicCoverage,
            question.org,
          );
    return required ? 0 : 2;
  }
  if (question.kind === 'low-confidence') return 6;
  if (eachOthersClosest(alignment, question, provisionOf) && onOneTopic(alignment, question, provisionOf)) return 1;
  const provision = alignment.provisions[question.provision];
  const alone = (index: number | undefined): boolean =>
    index !== undefined && Object.keys(alignment.provisions[index]?.members ?? {}).length === 1;
  if (alone(question.provision) || alone(provisionOf.get(question.second))) return 3;
  if (question.kind === 'possible' || provision?.suggestions?.[question.org]) return 4;
  return 5;
}

/**
 * Does the clause asked about point back: is a whole member of the question's provision the first clause its own
 * provision's empty cell offers (its possible match or first candidate)? Then the two clauses are each other's
 * closest, the surest sign of a pair the aligner missed that the comparison holds.
 */
function eachOthersClosest(
  alignment: Alignment,
  question: Extract<ReviewQuestion, { provision: number }>,
  provisionOf: ReadonlyMap<string, number>,
): boolean {
  const own = alignment.provisions[question.provision];
  const otherIndex = provisionOf.get(question.second) ?? -1;
  const other = alignment.provisions[otherIndex];
  if (!own || !other || other === own) return false;
  return Object.entries(own.members).some(
    ([key, members]) =>
      key !== question.org &&
      members.some((member) => !member.part && member.id === cellLead(alignment, otherIndex, key, provisionOf)?.id),
  );
}

/**
 * Is the clause asked about on a topic that the question's provision is on too? A topic's provisions are those of
 * every clause covering it (topics.ts), also of one its cell names only beside a stronger one.
 */
function onOneTopic(
  alignment: Alignment,
  question: Extract<ReviewQuestion, { provision: number }>,
  provisionOf: ReadonlyMap<string, number>,
): boolean {
  const other = provisionOf.get(question.second);
  if (other === undefined) return false;
  return (alignment.topics ?? []).some(
    (topic) => topic.provisions.includes(question.provision) && topic.provisions.includes(other),
  );
}

/**
 * The clause an empty cell asks about, unless a person settled the cell (absent, on the texts as they are): the
 * possible match, or the cell's first candidate that scores against the provision at all (a clause on the
 * provision's topic or a weak lead: a pair the aligner may have missed), or, in a comparison read from an older JSON,
 * its weak lead — the first of these that is free to join.
 */
function cellLead(
  alignment: Alignment,
  index: number,
  key: string,
  provisionOf: ReadonlyMap<string, number>,
): Suggestion | undefined {
  return cellOffers(alignment, index, key, provisionOf)[0];
}

/** The clauses an empty cell offers that are free to join, the one it asks about (cellLead) first. */
function cellOffers(
  alignment: Alignment,
  index: number,
  key: string,
  provisionOf: ReadonlyMap<string, number>,
): Suggestion[] {
  const provision = alignment.provisions[index];
  const notFound = provision?.notFound?.[key];
  if (!provision || notFound?.absent === 'confirmed') return [];
  const offered = [
    provision.suggestions?.[key],
    ...(notFound?.candidates ?? []).filter((candidate) => candidate.score > 0),
    notFound?.lead,
  ];
  const ids = new Set<string>();
  return offered.filter((clause): clause is Suggestion => {
    if (clause === undefined || ids.has(clause.id)) return false;
    ids.add(clause.id);
    return free(alignment, index, `${key}:${clause.id}`, provisionOf);
  });
}

/**
 * Is the clause free to join the provision: is it in no provision that already holds a clause of an organisation the
 * provision holds (its own organisation aside)? A clause aligned with one clause of an organisation is that
 * clause's counterpart, not another's: "the same" would tear a provision apart rather than join two (of the seeds'
 * pair questions on such a clause, the tuning and paraphrase labels call 32 wrong and 1 right).
 */
function free(alignment: Alignment, index: number, clause: string, provisionOf: ReadonlyMap<string, number>): boolean {
  const other = alignment.provisions[provisionOf.get(clause) ?? -1];
  if (!other) return true;
  const org = clause.slice(0, clause.indexOf(':'));
  const own = alignment.provisions[index]?.members ?? {};
  return !Object.entries(other.members).some(
    ([key, members]) =>
      key !== org && members.some((member) => !member.part) && (own[key] ?? []).some((member) => !member.part),
  );
}

/** Every open question, in reading order of the provisions, then the topics in the list's order. */
function openQuestions(alignment: Alignment, provisionOf: ReadonlyMap<string, number>): ReviewQuestion[] {
  const questions: ReviewQuestion[] = [];
  // The pairs asked about: the same two clauses seen from the other provision's side are not asked again.
  const asked = new Set<string>();
  alignment.provisions.forEach((provision, index) => {
    const reference = provision.members[provision.reference]?.[0];
    if (!reference) return;
    const first = `${provision.reference}:${reference.id}`;
    for (const document of alignment.documents) {
      const key = document.key;
      const [lead, ...others] = cellOffers(alignment, index, key, provisionOf);
      const second = `${key}:${lead?.id}`;
      // The answer may be another clause: one the cell offers next, or one the asked clause's own row offers of the
      // reference's organisation.
      const alternatives = [
        ...others.map((other) => ({ first, second: `${key}:${other.id}` })),
        ...cellOffers(alignment, provisionOf.get(second) ?? -1, provision.reference, provisionOf)
          .filter((other) => other.id !== reference.id)
          .map((other) => ({ first: `${provision.reference}:${other.id}`, second })),
      ];
      const pair = [first, second].sort().join('|');
      if (lead && !asked.has(pair)) {
        asked.add(pair);
        questions.push({
          kind: provision.suggestions?.[key] ? 'possible' : 'not-matched',
          provision: index,
          label: provision.label,
          first,
          second,
          score: lead.score,
          org: key,
          ...(alternatives.length > 0 ? { alternatives } : {}),
        });
      }
      const member = provision.members[document.key]?.[0];
      if (member && member.status === 'different' && !member.confirmed && !member.part) {
        const second = `${document.key}:${member.id}`;
        questions.push({
          kind: 'low-confidence',
          provision: index,
          label: provision.label,
          first,
          second,
          score: member.similarity,
          org: document.key,
        });
      }
    }
  });
  for (const topic of alignment.topics ?? [])
    for (const document of alignment.documents)
      questions.push(...topicQuestions(topic, document.key, requiredOf(alignment, topic, document.key)));
  return questions;
}

/** Is an assignment near the threshold, above it, and not settled by a person? */
const weak = (clause: { score: number; confirmed?: true }): boolean =>
  !clause.confirmed && clause.score < TOPIC_THRESHOLD + TOPIC_MARGIN;

/**
 * Whether a law requires the topic of the organisation's policy: a requirement of it binds the organisation, or may,
 * and asks the policy to state it (law-rows.ts: not one the law applies directly); where there is no law view (an
 * alignment read from JSON written before it), whether the topic names a law at all.
 */
function requiredOf(alignment: Alignment, topic: TopicCoverage, key: string): boolean {
  if (!alignment.law) return (topic.law?.length ?? 0) > 0;
  const rows = alignment.law.groups.find((group) => group.key === key)?.rows ?? [];
  return rows.some((row) => row.topic === topic.id && asksOfPolicy(row));
}

/**
 * One organisation's questions on a topic: a clause in the unsure band ("does it cover it?"); no clause near at all
 * where the topic is required or covered by another organisation ("absent?"); or its weak assignments above.
 */
function topicQuestions(topic: TopicCoverage, key: string, required: boolean): ReviewQuestion[] {
  const named = { topic: topic.id, name: topic.name, ...(topic.names ? { names: topic.names } : {}), org: key };
  const notFound = topic.notFound[key];
  if (notFound && notFound.absent !== 'confirmed') {
    const best = notFound.candidates[0];
    // Unsure (`possible`): from the list's candidate floor (topics.ts candidateFloor), as every format shows it.
    if (best && notFound.possible === true) {
      const candidates = notFound.candidates.map((candidate) => `${key}:${candidate.id}`);
      return [{ kind: 'topic-possible', ...named, candidates, score: best.score }];
    }
    if (required || Object.keys(topic.clauses).length > 0) return [{ kind: 'topic-not-found', ...named, required }];
    return [];
  }
  const clauses = topic.clauses[key] ?? [];
  const decides = clauses.every(weak);
  return clauses.filter(weak).map((clause) => ({
    kind: 'topic-weak',
    ...named,
    clause: `${key}:${clause.id}`,
    score: clause.score,
    signals: clause.signals,
    decides,
  }));
}
