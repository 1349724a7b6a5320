// Which clauses a covered cell names (issue 73): those that state the topic, not every clause a heading or one shared
// word puts on it. A rule here changes only the naming: a topic's provisions, the candidates of an empty cell and the
// review queue read every covering clause (topics.ts coverTopics), so no cell of the matrix changes by it.
import type { Entry } from '../../match/entries.js';
import type { TopicDefinition } from '../read/topic-list.js';
import type { TopicClause } from '../read/types.js';
import { entryIndex, type ScoredDocument, statesOutright } from './scored-document.js';
import { TOPIC_MARGIN, TOPIC_THRESHOLD } from './score-scale.js';
import { isWeakSignal, signalText, TopicSignalSet } from './topic-signals.js';
import { itemsOf, leadInOf, leadSentence } from './lead-ins.js';
import { definitionEntries, describes, isDefinition } from './definitions.js';
import { signalsOnlyAsCircumstance } from './circumstantial-acts.js';

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

/** A clause's own text: its body under a title it opens with, or its text. */
const ownText = (document: ScoredDocument, e: number): string =>
  document.titles[e]?.body ?? (document.entries[e] as Entry).text;

/**
 * OwnSignals of `textOf` (a part of each clause's text), each clause read once, when asked (only clauses a heading
 * puts on a topic are), by the topic list's signals (`signals`, compiled when first asked).
 */
function ownSignalsOf(
  signals: () => TopicSignalSet,
  textOf: (document: ScoredDocument, e: number) => string,
): OwnSignals {
  const read = new WeakMap<ScoredDocument, Map<number, readonly (readonly string[])[]>>();
  return (document, e) => {
    let byClause = read.get(document);
    if (!byClause) {
      byClause = new Map();
      read.set(document, byClause);
    }
    let found = byClause.get(e);
    if (!found) {
      found = signals().in(signalText(textOf(document, e)));
      byClause.set(e, found);
    }
    return found;
  };
}

/** What naming reads of a clause beyond its scores: the signals of its own text and of a lead-in's last sentence. */
export interface NamingSignals {
  own: OwnSignals;
  leadSentence: OwnSignals;
}

/** NamingSignals for a topic list: both read with one compiled set of its signals. */
export function namingSignalsOf(topics: readonly TopicDefinition[]): NamingSignals {
  let compiled: TopicSignalSet | undefined;
  const signals = (): TopicSignalSet => (compiled ??= new TopicSignalSet(topics.map((topic) => topic.signals)));
  return {
    own: ownSignalsOf(signals, ownText),
    leadSentence: ownSignalsOf(signals, (document, e) => leadSentence((document.entries[e] as Entry).text)),
  };
}

/**
 * The clauses a covered cell names: not those on a heading their own words disagree with (titledOtherwise), nor the
 * items of a lead-in so named (endsLeadInOtherwise), nor those near the threshold that state another topic by more
 * (statesOtherMore), nor definitions the definitions' heading puts elsewhere (definesTerm) or that hold no phrase of the
 * topic that describes (definesByTerms), nor those whose own signals of it name its act only as a circumstance of what
 * they state (statesActAsCircumstance), and, where some clause
 * states the topic with more than one word of it, not those that share only one word. Where that leaves none, the
 * cell names what it has (the cell's decision is the same either way: it is covered). The items of a named lead-in
 * whose last sentence states the topic are named with it (withItems).
 */
export function besideStronger(
  covering: TopicClause[],
  document: ScoredDocument,
  t: number,
  { own, leadSentence: leadOwn }: NamingSignals,
  lang: string,
): TopicClause[] {
  const otherwise = new Set(
    covering.filter((clause) => titledOtherwise(clause, document, t, own)).map((clause) => clause.id),
  );
  const ownTopic = covering.filter(
    (clause) =>
      !otherwise.has(clause.id) &&
      !endsLeadInOtherwise(clause, document, t, own, otherwise) &&
      !statesOtherMore(clause, document, t, own) &&
      !definesTerm(clause, document, t, own) &&
      !definesByTerms(clause, document, t, own) &&
      !statesActAsCircumstance(clause, document, t, own, lang),
  );
  const stronger = ownTopic.filter((clause) => !onOneWord(clause));
  const named = stronger.length > 0 ? stronger : ownTopic.length > 0 ? ownTopic : covering;
  return withItems(named, document, t, leadOwn);
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
 * A definition (definitions.ts definitionEntries) whose own text holds no signal of `t` that describes, only terms or
 * nothing (a heading, a lead-in deciding): "j. meldingsplichtige: een medewerker die verplicht is tot het melden van zijn
 * financiële belangen" says what a word means, not what the organisation does about financial interests, and a
 * definition of "misstand" under "Het omgaan met een vermoeden van een misstand" does not say where to report one
 * (issue 73). The definitions of a lead-in that states the topic itself ("In deze regeling wordt verstaan onder:" on
 * the definitions' topic) are its own.
 */
function definesByTerms(clause: TopicClause, document: ScoredDocument, t: number, ownSignals: OwnSignals): boolean {
  if (clause.confirmed === true) return false;
  const e = entryIndex(document).get(clause.id) ?? -1;
  const definitions = definitionEntries(document.entries);
  if (!definitions.has(e)) return false;
  const lead = definitions.get(e);
  if (lead !== undefined && statesIn(ownSignals(document, lead)[t])) return false;
  return !(ownSignals(document, e)[t] ?? []).some(describes);
}

/**
 * A clause on `t` by its own signals alone (no title deciding, no words of the topic) each of which names the topic's
 * act only as a circumstance of what the clause states (circumstantial-acts.ts): "Van het niet in behandeling nemen
 * van de klacht wordt de klager … in kennis gesteld" is a notice, "Klagers worden niet wegens het indienen van een
 * klacht benadeeld" their protection (issue 73).
 */
function statesActAsCircumstance(
  clause: TopicClause,
  document: ScoredDocument,
  t: number,
  ownSignals: OwnSignals,
  lang: string,
): boolean {
  if (clause.confirmed === true || clause.title !== undefined || clause.words !== undefined) return false;
  const e = entryIndex(document).get(clause.id) ?? -1;
  const own = ownSignals(document, e)[t] ?? [];
  return signalsOnlyAsCircumstance(ownText(document, e), own, lang);
}

/**
 * A clause near the threshold of `t` (below TOPIC_THRESHOLD + TOPIC_MARGIN, where the review queue asks about it)
 * whose own words state another topic outright (a signal of it in the clause's text, not only in a heading), by
 * more (a higher score, or as high with more signals): "De klachtencommissie brengt binnen acht weken na ontvangst van
 * de klacht een schriftelijk advies uit" under "Advies door de klachtencommissie" is the term for the advice stated,
 * and the commission only named; "Privacy en vertrouwelijkheid zijn belangrijk … respecteer hun wens" states
 * confidentiality, not respect (issue 73).
 */
function statesOtherMore(clause: TopicClause, document: ScoredDocument, t: number, ownSignals: OwnSignals): boolean {
  if (clause.confirmed === true || clause.score >= TOPIC_THRESHOLD + TOPIC_MARGIN) return false;
  const e = entryIndex(document).get(clause.id) ?? -1;
  const row = document.scores[e] ?? [];
  return row.some(
    (score, u) =>
      u !== t &&
      statesOutright(score) &&
      (score.score > clause.score || (score.score === clause.score && score.signals.length > clause.signals.length)) &&
      (ownSignals(document, e)[u]?.length ?? 0) > 0,
  );
}

/**
 * A list item on `t` by its heading alone whose lead-in ("De klachtencommissie neemt geen klacht in behandeling indien
 * blijkt dat:") the heading names otherwise (titledOtherwise): the item ends the lead-in's sentence, so it states
 * what the lead-in states (issue 73).
 */
function endsLeadInOtherwise(
  clause: TopicClause,
  document: ScoredDocument,
  t: number,
  ownSignals: OwnSignals,
  otherwise: ReadonlySet<string>,
): boolean {
  if (clause.confirmed === true || clause.words !== undefined) return false;
  const e = entryIndex(document).get(clause.id) ?? -1;
  if (statesIn(ownSignals(document, e)[t])) return false;
  const lead = leadInOf(document.entries, e);
  const leadIn = lead === undefined ? undefined : document.entries[lead];
  return leadIn !== undefined && otherwise.has(leadIn.clause.id);
}

/**
 * The named clauses, each lead-in among them whose last sentence states `t` (a signal of it, not a weak one) followed
 * by its items: "a. dezelfde klacht eerder is ingediend …" ends "De klachtencommissie neemt geen klacht in behandeling
 * indien blijkt dat:" (issue 73). An item so named says so (`leadIn`), with no signal of its own.
 */
function withItems(named: TopicClause[], document: ScoredDocument, t: number, leadOwn: OwnSignals): TopicClause[] {
  const index = entryIndex(document);
  const ids = new Set(named.map((clause) => clause.id));
  const withTheirItems = named.flatMap((clause) => {
    const lead = index.get(clause.id) ?? -1;
    const items = itemsOf(document.entries, lead);
    if (items.length === 0 || !statesIn(leadOwn(document, lead)[t])) return [clause];
    const added = items
      .map((e) => document.entries[e] as Entry)
      .filter((entry) => !ids.has(entry.clause.id))
      .map((entry): TopicClause => {
        ids.add(entry.clause.id);
        return { id: entry.clause.id, line: entry.ref.line, signals: [], score: clause.score, leadIn: clause.id };
      });
    return [clause, ...added];
  });
  // In the document's order: an item named by its own words stands among the items its lead-in adds.
  return withTheirItems.length === named.length
    ? named
    : withTheirItems.sort((a, b) => (index.get(a.id) ?? 0) - (index.get(b.id) ?? 0));
}
