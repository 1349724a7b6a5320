// Where the subordinate parts of a sentence part stand (negation.ts): a relative part or a condition opens at a word of
// the rules' `relatives` or `conditions` and runs to the end of its sentence part, unless a main clause must follow it
// and its verb is known: "Een geschenk dat niet kan worden teruggegeven | wordt … beschikbaar gesteld", "Geschenken die
// niet kunnen worden teruggegeven | worden …", "Als de klacht niet is ingediend | behandelt de commissie". A negation
// in a subordinate part negates only that part; a word of `antecedentRelatives` ("waar") opens a relative part only
// after the thing it stands for, before a subject or a negation. A finite verb is a word of `finiteVerbs`, or "zijn"
// where it stands as a verb does (finiteAt: "die niet zijn aangenomen | worden", not "die zijn klacht indient"). The
// words are data, templates/negation/<lang>.yaml.
import { endsWithOne, finiteAt, type NegationRules, phraseAt } from './negation-rules.js';

/** A subordinate part's opening: how many words open it, and whether it is a condition. */
interface Opening {
  span: number;
  condition: boolean;
}

/**
 * The subordinate part a word at `at` opens: a condition or a relative part; else undefined. A word of
 * `antecedentRelatives` opens none `nested` in a subordinate part: a negation there reaches what it says ("dat ze niet
 * ontwikkelen aan projecten waar een CLA wordt gevraagd"), as it did where that word was the part's own.
 */
export function opening(tokens: string[], at: number, rules: NegationRules, nested = false): Opening | undefined {
  const condition = phraseAt(tokens, at, rules.conditions);
  if (condition) return { span: condition.length, condition: true };
  // "als" opens a condition where a subject follows ("als de klager niet tevreden is"), not a role ("als voorzitter").
  if (rules.conditionsBeforeSubject.has(tokens[at] as string) && rules.subjects.has(tokens[at + 1] ?? ''))
    return { span: 1, condition: true };
  const relative = phraseAt(tokens, at, rules.relatives);
  if (relative) return { span: relative.length, condition: false };
  return !nested && antecedentRelativeAt(tokens, at, rules) ? { span: 1, condition: false } : undefined;
}

/**
 * Whether a word of `antecedentRelatives` at `at` opens a relative part: it follows the thing it stands for, a word that
 * is no finite verb nor negation, and a word of `subjects` or a negation follows it ("scholen waar de klachtencommissie
 * niet is ingesteld", "de school waar geen vertrouwenspersoon is"). Elsewhere it is a word of the main clause ("Waar
 * nodig wordt …", "wordt waar mogelijk …"), whose negation is read as every main clause's is.
 */
function antecedentRelativeAt(tokens: readonly string[], at: number, rules: NegationRules): boolean {
  if (at === 0 || !rules.antecedentRelatives.has(tokens[at] as string)) return false;
  if (finiteAt(tokens, at - 1, rules) || rules.words.has(tokens[at - 1] as string)) return false;
  const next = tokens[at + 1] ?? '';
  return rules.subjects.has(next) || rules.words.has(next);
}

/** Whether the word at `at` is a plain word of a verb cluster: no coordinator, preposition, subject or negation. */
const plainWord = (tokens: readonly string[], at: number, rules: NegationRules): boolean => {
  const word = tokens[at] ?? '';
  return ![rules.coordinators, rules.prepositions, rules.subjects, rules.words].some((list) => list.has(word));
};

/**
 * Whether the word of `finiteVerbs` at `at`, after a subordinate part's own finite verb, is the main clause's that
 * follows that part's verb cluster at once. The cluster ends before it with a word of `finiteVerbs` ("teruggegeven kan
 * worden | wordt") or with one word after such a word, its participle or infinitive ("kan worden teruggegeven | wordt"),
 * not with a word of `coordinators` ("die is of wordt benoemd": both verbs are the part's own). A word of `infinitives`
 * may stand in the cluster ("kan worden"), so it is the main clause's only after a participle that follows a word of
 * `participleAuxiliaries` ("kunnen worden teruggegeven | worden"), not after a modal ("kunnen teruggegeven worden").
 */
function followsCluster(tokens: readonly string[], at: number, rules: NegationRules): boolean {
  const last = tokens[at - 1] ?? '';
  if (rules.infinitives.has(tokens[at] as string))
    return (
      !finiteAt(tokens, at - 1, rules) &&
      plainWord(tokens, at - 1, rules) &&
      rules.participleAuxiliaries.has(tokens[at - 2] ?? '') &&
      finiteAt(tokens, at - 2, rules)
    );
  if (finiteAt(tokens, at - 1, rules)) return true;
  return finiteAt(tokens, at - 2, rules) && !rules.coordinators.has(last);
}

/**
 * Whether the word at `at`, no word of `finiteVerbs`, is a finite verb of the main clause that follows the verb cluster
 * of a subordinate part whose own finite verb is at `own`: it ends as a finite verb does (`finiteEndings`) or is an
 * irregular past form (`pastForms`: "als de klacht niet is ingediend | nam het bestuur geen maatregelen"), is no
 * preposition, subject, coordinator, negation or break, and stands right after a word of `finiteVerbs` of the cluster or
 * one plain word after one ("als de klager niet tevreden is | wendt", "als de klacht niet is ingediend | behandelt").
 * The caller asks that a subject or a negation follows it, as after a main clause's verb.
 */
function mainVerbAfterCluster(tokens: readonly string[], at: number, own: number, rules: NegationRules): boolean {
  const word = tokens[at] as string;
  if (!plainWord(tokens, at, rules) || rules.breaks.has(word)) return false;
  if (!endsWithOne(word, rules.finiteEndings) && !rules.pastForms.has(word)) return false;
  if (at - 1 >= own && finiteAt(tokens, at - 1, rules)) return true;
  return at - 2 >= own && finiteAt(tokens, at - 2, rules) && plainWord(tokens, at - 1, rules);
}

/**
 * Whether a relative part at `at` follows the part's subject, so that a main clause must follow it: the part opens
 * with a word of `subjects`, or the relative follows its first word, a bare plural ("Geschenken die …": ending as
 * `pluralEndings` say, no preposition or coordinator); no word of `finiteVerbs` stands before the relative.
 */
function followsSubject(tokens: readonly string[], at: number, rules: NegationRules): boolean {
  if (tokens.slice(0, at).some((_, k) => finiteAt(tokens, k, rules))) return false;
  const first = tokens[0] as string;
  return (
    rules.subjects.has(first) || (at === 1 && plainWord(tokens, 0, rules) && endsWithOne(first, rules.pluralEndings))
  );
}

/**
 * Where a relative part whose words start at `body`, after its sentence part's subject, ends in a language whose verbs
 * stand before their object (`auxiliaries`, no `finiteVerbs`: English): at a word of `auxiliaries` after the part's own
 * verb that follows no other such word, negation, word of `besideNegation`, coordinator or word of `infinitiveMarkers`
 * ("did not wish to have"): "A complaints committee that
 * handles complaints | is not established", "A complaint that is not resolved | is referred to …", "A committee that
 * the board has established | is …". The part's own verb is its first word, or, where a word of `subjects` or a
 * negation opens it (its own subject: "that no one is allowed"), its first word of `auxiliaries`. Where the main clause's verb is no such word ("Schools that have not
 * set up a complaints committee refer complaints to …"), or another part opens in it first, it is not known, and the
 * part runs to the end of its sentence part (undefined).
 */
function verbFirstEnd(tokens: string[], body: number, rules: NegationRules): number | undefined {
  const opener = tokens[body] ?? '';
  const own =
    rules.subjects.has(opener) || rules.words.has(opener)
      ? tokens.findIndex((word, k) => k > body && rules.auxiliaries.has(word))
      : body;
  if (own < 0) return undefined;
  const cluster = [rules.auxiliaries, rules.words, rules.besideNegation, rules.coordinators, rules.infinitiveMarkers];
  for (let k = own + 1; k < tokens.length; k++) {
    if (opening(tokens, k, rules, true)) return undefined;
    const [word, before] = [tokens[k] as string, tokens[k - 1] as string];
    if (rules.auxiliaries.has(word) && !cluster.some((list) => list.has(before))) return k;
  }
  return undefined;
}

/**
 * Where a subordinate part opened at `at` ends and its main clause goes on. A Dutch subordinate part ends with its verbs
 * and the main clause's finite verb follows at once: "Een commissie die klachten behandelt | wordt niet ingesteld". Read
 * only where a main clause must follow: for a condition that opens its sentence part, and for a relative part after the
 * part's subject (followsSubject). The main clause's verb is the first word of `finiteVerbs` in it, with a word of the
 * part before it, that a subject or a negation follows ("Als de klager niet tevreden is | kan hij", "… behandelt | wordt
 * niet"), or that follows the cluster of the part's own finite verb, its first word of `finiteVerbs` (followsCluster:
 * "dat niet kan worden teruggegeven | wordt beschikbaar gesteld"); or another finite verb right after that cluster that
 * a subject or a negation follows (mainVerbAfterCluster: "Als de klacht niet is ingediend | behandelt de commissie").
 * Where no word is so placed, which is the main clause's verb is not known, and the part runs, as any other, to the end
 * of its sentence part (undefined).
 */
function subordinateEnd(
  tokens: string[],
  { at, opens, nested }: { at: number; opens: Opening; nested: boolean },
  rules: NegationRules,
): number | undefined {
  if (opens.condition ? at > 0 : at === 0 || !followsSubject(tokens, at, rules)) return undefined;
  const body = at + opens.span;
  // English: not a part inside another ("they declared that they did not wish to have it read"), whose end is unknown.
  if (rules.auxiliaries.size > 0) return opens.condition || nested ? undefined : verbFirstEnd(tokens, body, rules);
  let own: number | undefined;
  for (let k = body; k < tokens.length - 1; k++) {
    if (k > body && opening(tokens, k, rules, true)) break;
    const next = tokens[k + 1] as string;
    // "noch" negates and joins: "zolang haar geen erkenning is verzocht noch betekening … is geschied" is one clause.
    const opensMain = rules.subjects.has(next) || (rules.words.has(next) && !rules.coordinators.has(next));
    if (!finiteAt(tokens, k, rules)) {
      if (own !== undefined && opensMain && mainVerbAfterCluster(tokens, k, own, rules)) return k;
      continue;
    }
    if (k > body && opensMain) return k;
    if (own !== undefined && followsCluster(tokens, k, rules)) return k;
    own ??= k;
  }
  return undefined;
}

/**
 * Per word, the subordinate part it stands in (0: the main clause) and whether that part is a condition; per part, its
 * body: its first word after the words that open it.
 */
export function subordinateParts(
  tokens: string[],
  rules: NegationRules,
): { part: number[]; condition: boolean[]; bodies: number[] } {
  const part: number[] = [];
  const condition: boolean[] = [];
  const bodies = [0];
  let current = 0;
  let opened = 0;
  let inCondition = false;
  let resumes: number | undefined;
  for (let at = 0; at < tokens.length; ) {
    if (resumes !== undefined && at >= resumes) [current, inCondition, resumes] = [0, false, undefined];
    const kept = phraseAt(tokens, at, rules.notNegating);
    const opens = kept ? undefined : opening(tokens, at, rules, current !== 0);
    if (opens) {
      const nested = current !== 0;
      current = ++opened;
      inCondition = opens.condition;
      bodies[current] = at + opens.span;
      resumes = subordinateEnd(tokens, { at, opens, nested }, rules);
    }
    const span = kept?.length ?? opens?.span ?? 1;
    for (let k = 0; k < span && at + k < tokens.length; k++) {
      part.push(current);
      condition.push(inCondition);
    }
    at += span;
  }
  return { part, condition, bodies };
}
