// Whether a clause says the opposite of a phrase it holds: "De school is niet aangesloten bij een klachtencommissie"
// holds "klachtencommissie", yet does not state what the law asks (law-view.ts gives it no ✓). A negation word negates
// a phrase after it in the same part of its sentence; a negation in a subordinate part ("die niet bij de klacht
// betrokken is") negates only that part, one in a condition ("indien … niet", "als de klager niet tevreden is") nothing
// unless it denies that a thing is there ("als er geen klachtencommissie is", "als de klachtencommissie er niet is",
// "if there is no complaints committee", "if the board has not established a complaints committee": the clause speaks
// of its absence), and a limit ("niet later dan"), a double negation ("geen … zonder") or a negation inside the phrase
// itself none. A negation after the phrase negates it only where the phrase is its clause's subject, not in the
// subject's complement ("Het verslag van (de) klachtencommissie(s) wordt niet opgesteld" denies the report), and it
// denies that the thing is there ("Een klachtencommissie wordt niet ingesteld", "is er niet"), not where it says a
// property of it ("Een hoorzitting is niet openbaar"); a phrase after the main clause's verb, or after a condition's
// subject, is denied so too, active or passive ("Het bestuur heeft de klachtencommissie niet ingesteld", "Als het
// bestuur de klachtencommissie niet heeft ingesteld"), as is one after a main clause's own verb that denies it ("Het
// bestuur stelt de klachtencommissie niet in"), and so is a phrase after a relative word ("Scholen die de
// klachtencommissie niet hebben ingesteld", "Scholen waar de klachtencommissie niet is ingesteld"). A word of time
// beside a negation ("nog", "yet", "still") is read past: "if the board has not yet established a complaints
// committee". A relative part after the subject, and a condition opening its part, end where the main clause's verb
// follows them, where that verb is known (subordinate-parts.ts): after their verb cluster ("dat niet kan worden
// teruggegeven | wordt", "die niet kunnen worden teruggegeven | worden"), or where a subject or a negation follows it
// ("als de klacht niet is ingediend | behandelt de commissie haar niet"); in English at the main clause's auxiliary
// ("A complaints committee that handles complaints | is not established"). A clause that commas cut around a relative
// part is read as one ("The complaints committee, which handles complaints, is not established"). A phrase of
// `negatingPhrases` negates with no negation word ("has yet to establish"); a complement the negation follows at once
// is denied where its preposition and the denying verb say so ("heeft zich bij de klachtencommissie niet
// aangesloten"); a part that opens with its finite verb before "dan" is a condition ("Is een klachtencommissie niet
// ingesteld, dan …"), and after a condition the main clause ("Indien …, wordt de klachtencommissie niet ingesteld").
// The words are data, per language: templates/negation/<lang>.yaml (its header says how they are read).
import {
  endsWithOne,
  finiteAt,
  type NegationRules,
  negationRules,
  negationSpan,
  participleShaped,
  phraseAround,
  phraseAt,
} from './negation-rules.js';
import { signalText } from './signal-text.js';
import { opening, subordinateParts } from './subordinate-parts.js';

/** What a clause does with a phrase: states it, holds it only where it is negated, or does not hold it. */
export type PhraseReading = 'states' | 'negates' | 'absent';

/** A sentence part as signals read it: its words, and per word its negation and the subordinate part it stands in. */
interface Part {
  padded: string;
  tokens: string[];
  /** Per word: the subordinate part it stands in (0: the main clause), and whether that part is a condition. */
  part: number[];
  condition: boolean[];
  /** The words that negate, cancelled ones and those of a phrase that does not negate left out. */
  negations: number[];
  /**
   * The negations of a condition that deny a thing's existence (conditionDenies): "als er geen klachtencommissie is".
   * Each negates a phrase after it in its condition, which then speaks of the thing's absence, not of the thing.
   */
  absences: number[];
  /**
   * The negations that may deny a phrase of their clause before them (denialAt), with what makes them deny: "Een
   * klachtencommissie wordt niet ingesteld", "Als de klachtencommissie er niet is", "die de klachtencommissie niet
   * hebben ingesteld".
   */
  denials: Map<number, Denial>;
  /** The words of `passives`; and the verb that opens an inverted condition (invertedCondition), which is one too. */
  passives: number[];
  invertedVerb?: number;
  /** Whether a match starting at word `first` is the subject of the clause of the negation at `at` (isSubject). */
  subject: (first: number, at: number) => boolean;
  /**
   * Whether a match starting at word `first` stands after the main clause's finite verb, or after the verb at `denying`
   * that denies it (afterVerb).
   */
  afterVerb: (first: number, last: number, at: number, denying?: number) => boolean;
  /** Whether a match starting at word `first` is an object of the condition of the negation at `at` (isConditionObject). */
  conditionObject: (first: number, at: number) => boolean;
  /** Whether a match of words `first` to `last` is what the relative part of the negation at `at` denies (isRelativeObject). */
  relativeObject: (first: number, last: number, at: number) => boolean;
  /** Whether a match of words `first` to `last` stands in a complement the negation at `at` denies (isDeniedComplement). */
  deniedComplement: (span: { first: number; last: number; at: number }, denial: Denial) => boolean;
}

/**
 * What makes a negation after a phrase deny it: `word`, and whether the clause must be passive or copular for it; or the
 * main clause's finite verb (`verb`) that denies what follows it ("Het bestuur stelt de klachtencommissie niet in").
 */
interface Denial {
  word: number;
  passive: boolean;
  verb?: number;
}

/**
 * Whether the negation at `at`, in the main clause or a condition, denies a phrase before it: where its clause ends (at
 * the part's end, or where another part opens or the condition ends) with a word of `denyingPredicates` ("wordt niet
 * ingesteld", "indien de vertrouwenspersoon niet is aangesteld"; the clause must be passive or copular), with a word
 * of `existence` after the negation ("niet bestaat"), or with one before it, the negation ending the clause ("is er
 * niet", "bestaat niet") or its finite verb after it ("als de klachtencommissie er niet is"), as it does in a relative
 * part opened by a word of `existenceRelatives` ("scholen waar de vertrouwenspersoon niet is"); or, in the main clause,
 * with the negation after its finite verb of `denyingEndings` (mainVerbDenies: "Het bestuur stelt de klachtencommissie
 * niet in"). Words of `besideNegation` beside the negation are read past ("bestaat nog niet", "is er niet meer").
 */
function denialAt(
  tokens: readonly string[],
  part: readonly number[],
  at: number,
  { rules, opener }: { rules: NegationRules; opener: string },
): Denial | undefined {
  const { before, after } = negationSpan(tokens, part, at, rules);
  let end = at;
  while (end + 1 < tokens.length && part[end + 1] === part[at]) end++;
  // A subordinate part ends with its verbs: "als het bestuur de klachtencommissie niet instelt", "… niet heeft"; not
  // "terwijl het achteraf invoeren ervan geen zin heeft", where the negation denies the word after it.
  const denying =
    rules.denyingPredicates.has(tokens[end] as string) ||
    (part[at] !== 0 && end === after + 1 && denyingEndAt(tokens, end, rules));
  if (end > after && denying) return { word: end, passive: true };
  if (end === after + 1 && rules.existence.has(tokens[end] as string)) return { word: end, passive: false };
  const ends = end === after || (end === after + 1 && finiteAt(tokens, end, rules));
  if (ends && rules.existenceRelatives.has(opener)) return { word: at, passive: false };
  const beside = part[before - 1] === part[at] && rules.existence.has(tokens[before - 1] ?? '');
  if (beside && ends) return { word: before - 1, passive: false };
  const verb = part[at] === 0 ? mainVerbDenies(tokens, part, { at, after, end }, rules) : undefined;
  return verb === undefined ? undefined : { word: end, passive: false, verb };
}

/**
 * The main clause's finite verb that denies what follows it where the negation at `at` (to `after` with the words
 * beside it) ends the clause (at `end`), or stands before a word of `separablePrefixes` that ends it: a word of
 * `denyingEndings` that opens with no such word ("Het bestuur benoemt de vertrouwenspersoon niet": a main clause splits
 * "instelt"), or one that makes one with that word before it ("stelt … niet in": "instelt"; "stelde … niet in":
 * "instelde"); not after a word of `articles` or `possessives`, where it is a noun or an adjective ("Het instellen van
 * een rechtsmiddel schorst de werking niet", "De benoemde vertrouwenspersoon functioneert niet"). Its first such word
 * before the negation; undefined where none stands there.
 */
function mainVerbDenies(
  tokens: readonly string[],
  part: readonly number[],
  { at, after, end }: { at: number; after: number; end: number },
  rules: NegationRules,
): number | undefined {
  const particle = end === after + 1 && rules.separablePrefixes.includes(tokens[end] as string) ? tokens[end] : '';
  if (end !== after && !particle) return undefined;
  const verbAt = (k: number): boolean => {
    const [word, before] = [tokens[k] as string, tokens[k - 1] ?? ''];
    if (part[k] !== 0 || rules.articles.has(before) || rules.possessives.has(before)) return false;
    if (!particle && rules.separablePrefixes.some((prefix) => word.startsWith(prefix))) return false;
    return rules.denyingEndings.has(`${particle}${word}`);
  };
  for (let k = 0; k < at; k++) if (verbAt(k)) return k;
  return undefined;
}

/**
 * Whether the word at `end`, ending a subordinate part, is a word of `denyingEndings` that is no auxiliary of a
 * participle before it: "als de school geen klachtencommissie heeft", not "als het bestuur de klachtencommissie niet
 * gehoord heeft".
 */
const denyingEndAt = (tokens: readonly string[], end: number, rules: NegationRules): boolean =>
  rules.denyingEndings.has(tokens[end] as string) && !participleShaped(tokens[end - 1] ?? '', rules);

/**
 * Whether a word of `prepositions` at `at` opens a complement of the noun before it: it follows a word that is no word
 * of `subjects` (the noun) and a word of `subjects` follows it ("verslag | van de klachtencommissie"). After an article
 * it stands in the subject's own words ("Een door het bestuur benoemde vertrouwenspersoon"), before another word it is
 * a verb's particle ("Een door het bestuur aan te stellen vertrouwenspersoon").
 */
const complementAt = (tokens: readonly string[], at: number, rules: NegationRules): boolean =>
  rules.prepositions.has(tokens[at] as string) &&
  !rules.subjects.has(tokens[at - 1] ?? '') &&
  (rules.subjects.has(tokens[at + 1] ?? '') || bareComplementAt(tokens, at, rules));

/**
 * Whether a word of `bareComplements` at `at` opens a complement with a plural noun without an article: the word after
 * it ends as `pluralEndings` say and is no preposition, finite verb or negation ("verslag | van klachtencommissies").
 */
const bareComplementAt = (tokens: readonly string[], at: number, rules: NegationRules): boolean => {
  const next = tokens[at + 1] ?? '';
  return (
    rules.bareComplements.has(tokens[at] as string) &&
    endsWithOne(next, rules.pluralEndings) &&
    ![rules.prepositions, rules.finiteVerbs, rules.words].some((list) => list.has(next))
  );
};

/**
 * Whether a match starting at word `first` is the subject of the clause whose words start at `body` (the main clause's
 * at the part's start, a condition's after the words that open it), of which a negation after it denies: the clause
 * opens with it or with a word of `subjects` ("Een klachtencommissie wordt …", not "Tegen een beslissing over een klacht
 * kan geen beroep worden ingesteld"); no word of `finiteVerbs` stands before it, nor a preposition that opens a
 * complement of the subject's noun (complementAt): "Het verslag van de klachtencommissie wordt niet opgesteld" denies
 * the report, not the committee.
 */
function isSubject(
  tokens: readonly string[],
  part: readonly number[],
  body: number,
  first: number,
  rules: NegationRules,
): boolean {
  if (part[first] !== part[body] || (first > body && !rules.subjects.has(tokens[body] as string))) return false;
  for (let k = body; k < first; k++) {
    if (finiteAt(tokens, k, rules)) return false;
    if (k > body && complementAt(tokens, k, rules)) return false;
  }
  return true;
}

/**
 * Whether a match starting at word `first` stands in the main clause after its finite verb (its first word of
 * `finiteVerbs`), not in a complement there (complementAt): the object of "Het bestuur heeft de klachtencommissie niet
 * ingesteld", or the subject of "Door het bestuur wordt de klachtencommissie niet ingesteld" after the verb. A main
 * clause's negation after it that ends the clause with a word of `denyingPredicates` denies the thing, active or
 * passive; a subject before the verb of an active clause is not denied ("De klachtencommissie heeft het verslag niet
 * opgesteld" denies the report). Not where the verb opens the part (a condition or a question).
 */
function isAfterVerb(
  tokens: readonly string[],
  part: readonly number[],
  {
    first,
    last,
    at,
    denying,
    afterCondition,
  }: { first: number; last: number; at: number; denying?: number; afterCondition: boolean },
  rules: NegationRules,
): boolean {
  if (part[first] !== 0) return false;
  if (denying !== undefined) return denying < first && !inComplement(tokens, denying, first, rules);
  const verb = tokens.findIndex((_, k) => k < first && part[k] === 0 && finiteAt(tokens, k, rules));
  // A part that opens with its finite verb is a condition or a question ("Is een vereniging niet … opgericht, dan …"),
  // unless a condition stands before it: then it is the main clause ("Indien …, wordt de klachtencommissie niet …").
  if (verb < 0 || (verb === 0 && !afterCondition)) return false;
  // There its subject follows the verb, and is denied only where the clause is passive: where no other noun phrase
  // stands between the phrase and the negation ("…, heeft de klachtencommissie het verslag niet opgesteld").
  if (verb === 0 && !nothingBetween(tokens, last, at, rules)) return false;
  return !inComplement(tokens, verb, first, rules);
}

/**
 * Whether a match starting at word `first` stands in a complement opened after the word at `from`: a preposition there
 * opens one (complementAt) and no other noun phrase opens between it and the match (a word of `subjects` after a word
 * that is no word of `subjects`, `prepositions` or `coordinators`). "… heeft bij de klachtencommissie het verslag niet
 * opgesteld" holds the committee in one; "… heeft voor de school de klachtencommissie niet ingesteld" does not: the
 * committee is the clause's object.
 */
function inComplement(tokens: readonly string[], from: number, first: number, rules: NegationRules): boolean {
  for (let k = first - 1; k > from; k--) {
    if (complementAt(tokens, k, rules)) return true;
    const before = tokens[k - 1] ?? '';
    const joins = [rules.subjects, rules.prepositions, rules.coordinators].some((list) => list.has(before));
    if (rules.subjects.has(tokens[k] as string) && !joins) return false;
  }
  return false;
}

/**
 * Whether a match starting at word `first` is an object of the condition whose words start at `body`, one a negation
 * after it that ends the condition with a word of `denyingPredicates` denies, active or passive: it follows the
 * condition's subject, a word of `subjects` opening it after a word that is no preposition ("als het bestuur | de
 * klachtencommissie niet heeft ingesteld", "indien door het bestuur | de klachtencommissie niet is ingesteld"), with
 * no finite verb before it nor a preposition that opens a complement (complementAt: "als het bestuur bij de
 * klachtencommissie het verslag niet heeft aangeboden" denies the report). The subject itself is denied only as a
 * main clause's is (isSubject, passive or copular): "als de klachtencommissie het verslag niet heeft opgesteld".
 */
function isConditionObject(
  tokens: readonly string[],
  part: readonly number[],
  body: number,
  first: number,
  rules: NegationRules,
): boolean {
  if (part[first] !== part[body] || inComplement(tokens, body, first, rules)) return false;
  let object = false;
  for (let k = body + 1; k < first; k++) {
    if (finiteAt(tokens, k, rules)) return false;
    if (rules.subjects.has(tokens[k] as string) && !rules.prepositions.has(tokens[k - 1] as string)) object = true;
  }
  return object;
}

/**
 * Whether a match of words `first` to `last` is the object of the relative part whose words start at `body`, one a
 * negation after it at `at` that ends the part with a word of `denyingPredicates` denies, active or passive: "Scholen
 * die | de klachtencommissie niet hebben ingesteld". The relative word stands for the part's subject, or its object: a
 * phrase after it with no finite verb before it, nor a preposition that opens a complement (complementAt), and no other
 * noun phrase (a word of `subjects` after a word that is no preposition) between it and the negation. Where one stands
 * there the phrase is that part's active subject, not denied: "dat de klachtencommissie het verslag niet heeft
 * opgesteld". "Het verslag dat de klachtencommissie niet heeft opgesteld" is read as denying the committee too: which
 * the relative word stands for is not known, and a denial read where there is none costs a ✓, never gives a false one.
 */
function isRelativeObject(
  tokens: readonly string[],
  part: readonly number[],
  body: number,
  span: { first: number; last: number; at: number },
  rules: NegationRules,
): boolean {
  const { first, last, at } = span;
  if (first < body || part[first] !== part[body] || part[at] !== part[body]) return false;
  if (inComplement(tokens, body, first, rules)) return false;
  for (let k = body; k < first; k++) if (finiteAt(tokens, k, rules)) return false;
  return nothingBetween(tokens, last, at, rules);
}

/**
 * Whether no other noun phrase (a word of `subjects` after a word that is no preposition) stands between a match ending
 * at `last` and the negation at `at`: the match is what the negation denies, not the clause's active subject.
 */
function nothingBetween(tokens: readonly string[], last: number, at: number, rules: NegationRules): boolean {
  for (let k = last + 1; k < at; k++)
    if (rules.subjects.has(tokens[k] as string) && !rules.prepositions.has(tokens[k - 1] as string)) return false;
  return true;
}

/** How many words may stand between a complement's preposition and the phrase it holds: "bij de landelijke". */
const COMPLEMENT_REACH = 4;

/**
 * Whether a match of words `first` to `last` stands in a complement that the clause of the negation at `at` denies: the
 * negation follows the match at once (past words of `besideNegation`), a word of `prepositions` opens the complement a
 * few words before it (no finite verb, negation or other preposition between: "bij de landelijke klachtencommissie"),
 * and that preposition with the word that denies is a phrase of `prepositionalDenials`: the participle that ends the
 * clause ("Het bestuur heeft zich bij de klachtencommissie niet aangesloten"), a subordinate part's finite verb ("als
 * de school zich bij de klachtencommissie niet aansluit") or a main clause's own verb with its particle ("De school
 * sluit zich bij de klachtencommissie niet aan": "aansluit"). Elsewhere a complement is what the clause does something
 * with, not what it denies: "Het bestuur heeft bij de klachtencommissie het verslag niet aangeboden".
 */
function isDeniedComplement(
  tokens: readonly string[],
  part: readonly number[],
  { first, last, at, denial }: { first: number; last: number; at: number; denial: Denial },
  rules: NegationRules,
): boolean {
  if (part[first] !== part[at] || negationSpan(tokens, part, at, rules).before !== last + 1) return false;
  let opens = first - 1;
  const between = (word: string): boolean =>
    !rules.prepositions.has(word) && !rules.words.has(word) && !rules.finiteVerbs.has(word);
  while (opens > 0 && first - opens <= COMPLEMENT_REACH && between(tokens[opens] as string)) opens--;
  const preposition = tokens[opens] ?? '';
  if (!rules.prepositions.has(preposition) || part[opens] !== part[at] || opens === first - 1) return false;
  const ending = tokens[denial.word] as string;
  const particle = rules.separablePrefixes.includes(ending) ? ending : '';
  const word = denial.verb === undefined ? ending : `${particle}${tokens[denial.verb]}`;
  return rules.prepositionalDenials.some(([opener, denying]) => opener === preposition && denying === word);
}

/**
 * Whether the negation at `at`, in a condition whose words start at `body`, denies that a thing is there: a word of
 * `existence` before it ("als er geen klachtencommissie is"; or opening the condition where it ends with a word of
 * `passives`: "als er voor de school geen klachtencommissie is"), a phrase of `absencePhrases` around it ("if there is
 * no complaints committee", "if the school has no", "does not have a"), a word of `denyingPredicates` or
 * `denyingVerbs` right after it, past words of `passives` ("if the board has not established a complaints committee",
 * "does not appoint"), or its condition ending with a word of `existence`, `denyingPredicates` or `denyingEndings`
 * ("indien geen vertrouwenspersoon is aangesteld", "als het bestuur geen klachtencommissie instelt"), or with a word of
 * `possession` after a negation of `possessionNegations` ("als de school geen klachtencommissie heeft"; not "als we je
 * gegevens niet meer nodig hebben"). A condition that a person is not satisfied says when, and is no such denial.
 */
function conditionDenies(
  tokens: readonly string[],
  part: readonly number[],
  { at, body }: { at: number; body: number },
  rules: NegationRules,
): boolean {
  const { before, after } = negationSpan(tokens, part, at, rules);
  if (rules.existence.has(tokens[before - 1] ?? '') && part[before - 1] === part[at]) return true;
  // "if there is still no", "if the school does not yet have": the phrase read without the words beside the negation.
  const near = [...tokens.slice(0, before), tokens[at] as string, ...tokens.slice(after + 1)];
  if (phraseAround(near, before, rules.absencePhrases)) return true;
  let verb = after + 1;
  const cluster = (word: string): boolean => rules.passives.has(word) || rules.besideNegation.has(word);
  while (cluster(tokens[verb] ?? '') && part[verb] === part[at]) verb++;
  const denying = tokens[verb] ?? '';
  if (part[verb] === part[at] && (rules.denyingPredicates.has(denying) || rules.denyingVerbs.has(denying))) return true;
  let end = at;
  while (end + 1 < tokens.length && part[end + 1] === part[at]) end++;
  if (end === after) return false;
  const last = tokens[end] as string;
  if (rules.existence.has(last) || rules.denyingPredicates.has(last) || denyingEndAt(tokens, end, rules)) return true;
  const had = rules.possession.has(last) && !participleShaped(tokens[end - 1] ?? '', rules);
  if (had && rules.possessionNegations.has(tokens[at] as string)) return true;
  return rules.passives.has(last) && rules.existence.has(tokens[body] ?? '') && part[body] === part[at];
}

/**
 * Where a condition that opens with its finite verb ends: the part opens its sentence with a word of `finiteVerbs` (or
 * "zijn" as a verb) and a word of `subjects` after it, and a word of `consequents` follows that a verb follows (a word
 * that is no word of `subjects`, `prepositions` or negation), in the part (its index) or opening the next one (the
 * part's length): "Is een klachtencommissie niet ingesteld, dan behandelt …", "Heeft het bestuur de klachtencommissie
 * niet ingesteld dan wordt …". Not a comparison's "dan" ("niet eerder uitgebracht dan op een … dag"), nor a main clause
 * after a condition, which opens with its verb too ("Indien …, worden de stemmen niet eerder uitgebracht dan …"); nor,
 * without that word, a question or the rest of a clause a comma cut ("Het bestuur, dat …, is niet verplicht …"):
 * undefined, read as a main clause.
 */
function invertedCondition(
  tokens: readonly string[],
  { part, after, opensSentence }: { part: readonly number[]; after: readonly string[]; opensSentence: boolean },
  rules: NegationRules,
): number | undefined {
  if (!opensSentence || !finiteAt(tokens, 0, rules) || !rules.subjects.has(tokens[1] ?? '')) return undefined;
  const verbAfter = (word: string | undefined): boolean =>
    word !== undefined && ![rules.subjects, rules.prepositions, rules.words].some((list) => list.has(word));
  const opensMain = (words: readonly string[], k: number): boolean =>
    rules.consequents.has(words[k] ?? '') && verbAfter(words[k + 1]);
  const then = tokens.findIndex((_, k) => k > 1 && part[k] === 0 && opensMain(tokens, k));
  if (then > 0) return then;
  return opensMain(after, 0) ? tokens.length : undefined;
}

/** Where a part's words negate: a negation word, or the last word of a negating phrase; not within a phrase that keeps. */
function negationsOf(tokens: string[], rules: NegationRules): number[] {
  const negations: number[] = [];
  for (let at = 0; at < tokens.length; ) {
    const kept = phraseAt(tokens, at, rules.notNegating);
    // "has yet to establish", "is yet to be established": the phrase negates as "not" at its last word would.
    const denying = kept ? undefined : phraseAt(tokens, at, rules.negatingPhrases);
    if (denying) {
      negations.push(at + denying.length - 1);
      at += denying.length;
      continue;
    }
    const opens = kept ? undefined : opening(tokens, at, rules);
    if (!kept && !opens && rules.words.has(tokens[at] as string)) negations.push(at);
    at += kept?.length ?? opens?.span ?? 1;
  }
  return negations;
}

function readPart(
  tokens: string[],
  {
    after,
    opensSentence,
    afterCondition,
  }: { after: readonly string[]; opensSentence: boolean; afterCondition: boolean },
  rules: NegationRules,
): Part {
  const { part, condition, bodies } = subordinateParts(tokens, rules);
  // A part that opens with a word of `antecedentRelatives` reads it as its main clause's relative word before the
  // subject, which follows it: "Waar de klachtencommissie niet is ingesteld, …", "Waar de vertrouwenspersoon niet is, …";
  // so does one that opens with a word of `consequents`, the main clause after a condition: "…, dan wordt …".
  if (rules.antecedentRelatives.has(tokens[0] ?? '') || rules.consequents.has(tokens[0] ?? '')) bodies[0] = 1;
  // An inverted condition is a condition of its own, its subject after its verb; the main clause follows its "dan".
  const inverted = invertedCondition(tokens, { part, after, opensSentence }, rules);
  if (inverted !== undefined) {
    const own = bodies.length;
    bodies[own] = 1;
    for (let k = 0; k < inverted; k++) if (part[k] === 0) [part[k], condition[k]] = [own, true];
    if (inverted < tokens.length) bodies[0] = inverted + 1;
  }
  const negations = negationsOf(tokens, rules);
  // A canceller later in the sentence, past a comma too ("niet openbaar, tenzij …"), undoes the negation.
  const rest = [...tokens, ...after];
  const cancelled = (at: number): boolean =>
    rest.some((_, later) => later > at && phraseAt(rest, later, rules.cancelledBy) !== undefined);
  const read = negations.filter((at) => !condition[at] && !cancelled(at));
  const absences = negations.filter(
    (at) =>
      condition[at] &&
      !cancelled(at) &&
      conditionDenies(tokens, part, { at, body: bodies[part[at] as number] ?? 0 }, rules),
  );
  const denials = new Map<number, Denial>();
  for (const at of negations.filter((at) => !cancelled(at))) {
    const opener = tokens[(bodies[part[at] as number] ?? 0) - 1] ?? '';
    const denial = denialAt(tokens, part, at, { rules, opener });
    if (denial) denials.set(at, denial);
  }
  return {
    padded: ` ${tokens.join(' ')} `,
    tokens,
    part,
    condition,
    negations: read,
    absences,
    denials,
    passives: tokens.flatMap((word, at) => (rules.passives.has(word) ? [at] : [])),
    ...(inverted === undefined ? {} : { invertedVerb: 0 }),
    subject: (first, at) => isSubject(tokens, part, bodies[part[at] as number] ?? 0, first, rules),
    afterVerb: (first, last, at, denying) =>
      isAfterVerb(tokens, part, { first, last, at, denying, afterCondition }, rules),
    conditionObject: (first, at) => isConditionObject(tokens, part, bodies[part[at] as number] ?? 0, first, rules),
    relativeObject: (first, last, at) =>
      isRelativeObject(tokens, part, bodies[part[at] as number] ?? 0, { first, last, at }, rules),
    deniedComplement: ({ first, last, at }, denial) =>
      isDeniedComplement(tokens, part, { first, last, at, denial }, rules),
  };
}

/** A text's words as signals read them. */
const wordsOf = (text: string): string[] => signalText(text).linkedNormal.split(' ').filter(Boolean);

/**
 * The parts of a clause's text: its sentences (cut at . ; ! ?), each cut at a comma or colon and at each of the rules'
 * `breaks`; each part read with the words that follow it in its sentence.
 */
function sentenceParts(text: string, rules: NegationRules): Part[] {
  const parts: Part[] = [];
  for (const sentence of text.split(/[.;!?](?=\s|$)/u)) {
    const pieces: string[][] = [];
    for (const piece of sentence.split(/[,:](?=\s|$)/u)) {
      let start = 0;
      const words = wordsOf(piece);
      words.forEach((word, at) => {
        if (!rules.breaks.has(word)) return;
        if (at > start) pieces.push(words.slice(start, at));
        start = at + 1;
      });
      if (words.length > start) pieces.push(words.slice(start));
    }
    joinAroundRelatives(pieces, rules);
    pieces.forEach((tokens, k) => {
      // The piece before opens with a condition: "Indien de klager dat wenst, | wordt …".
      const afterCondition = k > 0 && opening(pieces[k - 1] as string[], 0, rules)?.condition === true;
      const context = { after: pieces.slice(k + 1).flat(), opensSentence: k === 0, afterCondition };
      parts.push(readPart(tokens, context, rules));
    });
  }
  return parts;
}

/**
 * Joins a clause that commas cut around a relative part: where a piece that opens with a word of `relatives` follows a
 * piece that opens no subordinate part and holds no finite verb (of `finiteVerbs` or `auxiliaries`: its subject, "The
 * complaints committee", "Het bestuur"; not "Het bestuur heeft een klachtencommissie"), and a piece follows
 * it that opens with no word of `relatives`, `conditions`, `coordinators` or `consequents`, that piece is the rest of
 * the first one's clause, read with it: "The complaints committee, which handles complaints, is not established" as
 * "The complaints committee is not established"; "The board, which has not established a complaints committee, has
 * appointed a confidential adviser" states the adviser. The relative part is read on its own, as before.
 */
function joinAroundRelatives(pieces: string[][], rules: NegationRules): void {
  const beyondSubject = (tokens: readonly string[]): boolean =>
    tokens.some(
      (word, at) => opening([...tokens], at, rules) || finiteAt(tokens, at, rules) || rules.auxiliaries.has(word),
    );
  const opensOther = (word: string): boolean =>
    [rules.coordinators, rules.consequents].some((list) => list.has(word)) ||
    phraseAt([word], 0, [...rules.relatives, ...rules.conditions]) !== undefined;
  for (let k = 1; k + 1 < pieces.length; k++) {
    const [subject, relative, rest] = [pieces[k - 1] as string[], pieces[k] as string[], pieces[k + 1] as string[]];
    if (!phraseAt(relative, 0, rules.relatives) || beyondSubject(subject) || opensOther(rest[0] ?? '')) continue;
    pieces.splice(k - 1, 3, [...subject, ...rest], relative);
  }
}

/** The word of `padded` (a part's words, padded with a space) at character `offset`. */
const wordAt = (padded: string, offset: number): number => padded.slice(0, offset + 1).split(' ').length - 2;

/**
 * Whether a match of words `first` to `last` in `part` is negated: by a negation before it in the same part of its
 * sentence, in the main clause or in the subordinate part the match stands in; or by a negation after it, in the main
 * clause or a condition, that denies it (denialAt): where the match is that clause's subject ("Een klachtencommissie
 * wordt niet ingesteld", "Als de klachtencommissie er niet is"), or stands after the main clause's verb before a
 * negation and a word of `denyingPredicates` (isAfterVerb: "Het bestuur heeft de klachtencommissie niet ingesteld"),
 * after a condition's subject (isConditionObject) or after a relative word (isRelativeObject: "Scholen die de
 * klachtencommissie niet hebben ingesteld"). Any other negation after it says something of it and does not deny it: "Een hoorzitting is niet openbaar".
 */
function negatedMatch(part: Part, first: number, last: number): boolean {
  const before = (at: number): boolean => at < first && (part.part[at] === 0 || part.part[at] === part.part[first]);
  const denies = (at: number): boolean => {
    const denial = part.denials.get(at);
    if (!denial || at <= last || denial.word <= last) return false;
    if (part.deniedComplement({ first, last, at }, denial)) return true;
    if (denial.verb !== undefined) return part.afterVerb(first, last, at, denial.verb);
    if (denial.passive && part.part[at] === 0 && part.afterVerb(first, last, at)) return true;
    if (denial.passive && part.condition[at] && part.conditionObject(first, at)) return true;
    if (denial.passive && part.part[at] !== 0 && !part.condition[at] && part.relativeObject(first, last, at))
      return true;
    if (!part.subject(first, at)) return false;
    const clause = part.part[at];
    return (
      !denial.passive ||
      part.passives.some(
        (verb) => (verb > last || verb === part.invertedVerb) && verb < denial.word && part.part[verb] === clause,
      )
    );
  };
  const absent = (at: number): boolean => at < first && part.part[at] === part.part[first];
  return part.negations.some(before) || [...part.denials.keys()].some(denies) || part.absences.some(absent);
}

/** Whether some match of `pattern` in `part` is not negated (true), all are (false), or none stands there (undefined). */
function partReading(part: Part, pattern: RegExp): boolean | undefined {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  let found: boolean | undefined;
  for (let match = global.exec(part.padded); match; match = global.exec(part.padded)) {
    const words = match[0].trim();
    const start = match.index + match[0].indexOf(words);
    if (!negatedMatch(part, wordAt(part.padded, start), wordAt(part.padded, start + words.length - 1))) return true;
    found = false;
    global.lastIndex = match.index + 1;
  }
  return found;
}

/**
 * What `text` (a clause's) does with a requirement's phrases (`patterns`, as signalPattern makes them): states one
 * where some match is not negated, negates where every match is. A phrase that stands only across two sentence parts
 * ("naam, adres") is read as stated: no part holds it to be negated. Without rules for `lang` a phrase held is stated.
 */
export function phraseReading(text: string, patterns: readonly RegExp[], lang: string): PhraseReading {
  const padded = ` ${signalText(text).linkedNormal} `;
  if (!patterns.some((pattern) => pattern.test(padded))) return 'absent';
  const rules = negationRules(lang);
  if (!rules) return 'states';
  const parts = sentenceParts(text, rules);
  let negated = false;
  for (const pattern of patterns)
    for (const part of parts) {
      const reading = partReading(part, pattern);
      if (reading === true) return 'states';
      if (reading === false) negated = true;
    }
  return negated ? 'negates' : 'states';
}
