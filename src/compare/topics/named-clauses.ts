// Which clauses a covered cell names (issue 73): those that state the topic, not every clause a heading or one shared
// word puts on it. A rule here changes only the naming: a topic's provisions, the candidates of an empty cell and the
// review queue read every covering clause (topics.ts coverTopics), so no cell of the matrix changes by it.
import type { Entry } from '../../match/entries.js';
import type { TopicDefinition } from '../read/topic-list.js';
import type { TopicClause } from '../read/types.js';
import { entryIndex, type ScoredDocument, statesOutright } from './scored-document.js';
import { TOPIC_MARGIN, TOPIC_THRESHOLD } from './score-scale.js';
import { isWeakSignal, signalText, TopicSignalSet } from './topic-signals.js';

/**
 * A clause that covers a topic on one word of it alone (one signal of one word, no title agreeing: the threshold's
 * own score) that a person did not confirm: a generic word shared ("behandeling", "klaagschrift", "contactgegevens"),
 * most often not a statement of the requirement (issue 73: on the tuning organisations 33 such clauses the labels
 * quote for the topic against 78 they quote for another or label absent).
 */
const onOneWord = (clause: TopicClause): boolean =>
  clause.confirmed !== true &&
  clause.title === undefined &&
  clause.signals.length === 1 &&
  clause.score <= TOPIC_THRESHOLD;

/** Per topic, the signals a clause's own text holds (not the headings above it): document, clause index → signals. */
export type OwnSignals = (document: ScoredDocument, e: number) => readonly (readonly string[])[];

/** OwnSignals for a topic list, each clause read once, when asked (only clauses a heading puts on a topic are). */
export function ownSignalsOf(topics: readonly TopicDefinition[]): OwnSignals {
  let signals: TopicSignalSet | undefined;
  const read = new WeakMap<ScoredDocument, Map<number, readonly (readonly string[])[]>>();
  return (document, e) => {
    let byClause = read.get(document);
    if (!byClause) {
      byClause = new Map();
      read.set(document, byClause);
    }
    let found = byClause.get(e);
    if (!found) {
      signals ??= new TopicSignalSet(topics.map((topic) => topic.signals));
      found = signals.in(signalText(document.titles[e]?.body ?? (document.entries[e] as Entry).text));
      byClause.set(e, found);
    }
    return found;
  };
}

/**
 * The clauses a covered cell names: not those on a heading their own words disagree with (titledOtherwise), nor those
 * near the threshold that state another topic by more (statesOtherMore), nor definitions the definitions' heading
 * puts elsewhere (definesTerm), and, where some clause states the topic with more than one word of it, not those that
 * share only one word. Where that leaves none, the cell names what it has
 * (the cell's decision is the same either way: it is covered).
 */
export function besideStronger(
  covering: TopicClause[],
  document: ScoredDocument,
  t: number,
  own: OwnSignals,
): TopicClause[] {
  const ownTopic = covering.filter(
    (clause) =>
      !titledOtherwise(clause, document, t, own) &&
      !statesOtherMore(clause, document, t, own) &&
      !definesTerm(clause, document, t, own),
  );
  const stronger = ownTopic.filter((clause) => !onOneWord(clause));
  if (stronger.length > 0) return stronger;
  return ownTopic.length > 0 ? ownTopic : covering;
}

/** Whether signals a clause's own text holds state the topic: one that is not weak (a weak one names it only). */
const statesIn = (signals: readonly string[] | undefined): boolean =>
  (signals ?? []).some((signal) => !isWeakSignal(signal));

/**
 * A clause on a topic by its headings alone (the title decides, or the topic's signals stand in a heading above it and
 * not in its own text) whose own words cover another topic (a signal of that topic in its text, or that topic's words
 * with no title deciding): the heading and the clause disagree ("Grondslag voor deze persoonsgegevens is:" under
 * "Verwerking van persoonsgegevens van verenigingsleden"; "DWH verwerkt deze gegevens op basis van volgende
 * grondslagen:" under "Met welk doel en op basis van welke grondslag …", no statement of the purpose), so the heading
 * alone does not name it (issue 73).
 */
function titledOtherwise(clause: TopicClause, document: ScoredDocument, t: number, ownSignals: OwnSignals): boolean {
  if (clause.confirmed === true || clause.words !== undefined) return false;
  if (clause.title === undefined && clause.signals.length === 0) return false;
  const e = entryIndex(document).get(clause.id) ?? -1;
  if (isDefinition(document.entries[e])) return false;
  const own = ownSignals(document, e);
  if (statesIn(own[t])) return false;
  const row = document.scores[e] ?? [];
  return row.some(
    (score, u) =>
      u !== t &&
      score.score >= TOPIC_THRESHOLD &&
      (statesIn(own[u]) || (score.title === undefined && score.words !== undefined)),
  );
}

/**
 * A definition: a term of at most four words, a colon and what it is, named by an article or a determiner ("c. Klacht:
 * iedere uiting …", "– klager: de medewerker die …"), after a list item's marker. A line such as "Contactpersoon:
 * Niels Maas" or "Contactpersoon: de heer Maas" gives a value, not a meaning.
 */
const DEFINITION =
  /^(?:\(?[a-z0-9]{1,3}[.)]|[-–•])?\s*\p{L}[\p{L}'’()-]*(?: [\p{L}'’()-]+){0,3}:\s+(?:de|het|een|iedere?|elke?|alle|degene|diegene|the|an?|any|every|each)\s(?!heer\b|mevrouw\b)/iu;

const isDefinition = (entry: Entry | undefined): boolean =>
  entry !== undefined && DEFINITION.test(entry.text.trimStart());

/**
 * A definition ("c. Klacht: iedere uiting van ongenoegen over een gedraging …") under a heading that puts it on
 * another topic (the definitions'), on `t` by its own words alone: it says what a word of the regulation means, and
 * the signals in its definition state no rule of `t` (issue 73).
 */
function definesTerm(clause: TopicClause, document: ScoredDocument, t: number, ownSignals: OwnSignals): boolean {
  if (clause.confirmed === true || clause.title !== undefined) return false;
  const e = entryIndex(document).get(clause.id) ?? -1;
  if (!isDefinition(document.entries[e])) return false;
  const own = ownSignals(document, e);
  return (document.scores[e] ?? []).some(
    (score, u) =>
      u !== t &&
      score.score >= TOPIC_THRESHOLD &&
      (score.title !== undefined || (score.signals.length > 0 && (own[u]?.length ?? 0) === 0)),
  );
}

/**
 * A clause near the threshold of `t` (below TOPIC_THRESHOLD + TOPIC_MARGIN, where the review queue asks about it)
 * whose own words state another topic outright (a signal of it in the clause's text, not only in a heading), by
 * more: "De klachtencommissie brengt binnen acht weken na ontvangst van de klacht een schriftelijk advies uit" under
 * "Advies door de klachtencommissie" is the term for the advice stated, and the commission only named (issue 73).
 */
function statesOtherMore(clause: TopicClause, document: ScoredDocument, t: number, ownSignals: OwnSignals): boolean {
  if (clause.confirmed === true || clause.score >= TOPIC_THRESHOLD + TOPIC_MARGIN) return false;
  const e = entryIndex(document).get(clause.id) ?? -1;
  const row = document.scores[e] ?? [];
  return row.some(
    (score, u) =>
      u !== t && statesOutright(score) && score.score > clause.score && (ownSignals(document, e)[u]?.length ?? 0) > 0,
  );
}
