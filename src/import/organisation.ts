// The organisation a document names: a cover line naming it by its legal form or kind of school, or spelling the
// --org key; else the text ("Namens stichting Allure door …"), a running header, or the capitalised words of the
// title or the text that spell the key. A key may spell only part of the name: `regenboog` and `obs-de-regenboog`
// both name "Basisschool De Regenboog", whose words but its form ("Basisschool") and article ("De") are the key's,
// and whose kind (a primary school) is the key's. Nothing is guessed: where two cover lines spell the key, neither is
// taken. A name that holds a template's fill-in never filled in ("Basisschool XXX", "Stichting [naam stichting]",
// "namens stichting XXX") names no organisation: taken, the frontmatter would state the fill-in as the policy's
// organisation, and the cover would print it; the stand-in says the document states none. The words of a legal form
// and a kind of school are data (templates/import/organisation-names.yaml), and so are the articles
// (templates/import/adoption-lines.yaml).
import { adoptionLineWords } from '../parse/adoption-lines.js';
import { slugify } from '../parse/ids.js';
import { policyKind } from '../parse/kinds.js';
import { organisationNameWords } from '../parse/organisation-names.js';
import { anyPhrase } from '../text/phrase-pattern.js';
import { blockText, isRunningReason, isSentence, type Block } from './blocks.js';
import { fillInsOf } from './fill-ins.js';

/** The patterns and word sets of templates/import/organisation-names.yaml, made once on first use. */
interface NamePatterns {
  /** A cover line that is an organisation's name by its legal form ("Stichting Openbaar Onderwijs Waterlinie"). */
  legalForm: RegExp;
  /** A cover line naming a school by its kind ("Basisschool Het Kompas", "IKC De Linde", "OBS De Wilgen"). */
  school: RegExp;
  /** The text naming its organisation: "Namens stichting Allure door …". */
  onBehalf: RegExp;
  /**
   * Words that say what kind of organisation or school a name is, not which one, each with the kind it names: a
   * board, a primary or a secondary school; none for a word of any kind ("Openbare", "School").
   */
  formWords: ReadonlyMap<string, string>;
  /** The words a school's name may lead with that say only its kind ("Basisschool", "OBS", "CBS", "School"). */
  leadingKind: ReadonlySet<string>;
}

let names: NamePatterns | undefined;

/** A word as a name writes it, its first letter in lower case or a capital: "[Ss]tichting". */
const eitherCaseFirst = (word: string): string =>
  `[${word.charAt(0).toUpperCase()}${word.charAt(0).toLowerCase()}]${anyPhrase([word.slice(1)])}`;

/** The data file's patterns and sets, made on first use. */
function namePatterns(): NamePatterns {
  if (names) return names;
  const data = organisationNameWords();
  const { any, ...kinds } = data.kinds;
  names = {
    legalForm: new RegExp(`^(?:${anyPhrase(data.legalForms)})\\s+\\p{L}`, 'iu'),
    school: new RegExp(
      `^(?:(?:${anyPhrase(data.schoolAdjectives)})\\s+)?(?:${anyPhrase(data.schools)})\\s+\\p{Lu}`,
      'iu',
    ),
    onBehalf: new RegExp(
      `\\b[Nn]amens\\s+((?:${data.onBehalf.map(eitherCaseFirst).join('|')})\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)`,
      'u',
    ),
    formWords: new Map([
      ...Object.entries(kinds).flatMap(([kind, words]) => words.map((word) => [word, kind] as const)),
      ...(any ?? []).map((word) => [word, ''] as const),
    ]),
    leadingKind: new Set(data.leading),
  };
  return names;
}

const isLegalForm = (text: string): boolean => namePatterns().legalForm.test(text);
const namesSchool = (text: string): boolean => namePatterns().school.test(text);
const isFormWord = (word: string): boolean => namePatterns().formWords.has(word);

/** A name by its legal form or kind of school, of at most eight words and no fill-in ("Stichting De Linde"). */
const namedByForm = (text: string): boolean =>
  (isLegalForm(text) || namesSchool(text)) && text.split(/\s+/).length <= 8 && fillInsOf(text).length === 0;

const slugWords = (text: string): string[] => slugify(text, Number.POSITIVE_INFINITY).split('-').filter(Boolean);

let articles: ReadonlySet<string> | undefined;
/**
 * Words of a name that name nothing by themselves: the Dutch articles, whole or shortened ("'t Kompas"), as a key
 * spells them (templates/import/adoption-lines.yaml `nl.articles`, `nl.shortArticles`).
 */
const nameArticles = (): ReadonlySet<string> => {
  const { nl } = adoptionLineWords();
  articles ??= new Set([...nl.articles, ...nl.shortArticles].flatMap(slugWords));
  return articles;
};

/** The words that say which organisation a name or key is: neither its form nor its article. */
const significant = (words: readonly string[]): string[] =>
  words.filter((word) => !isFormWord(word) && !nameArticles().has(word));

const hasFormWord = (text: string): boolean => slugWords(text).some(isFormWord);

/** The kinds the form words of a name or key name. */
const kindsOf = (words: readonly string[]): Set<string> =>
  new Set(words.flatMap((word) => namePatterns().formWords.get(word) || []));

/**
 * Whether a name's words are the key's but for their forms and articles, and no other kind: "Basisschool De
 * Regenboog" for obs-de-regenboog, not "Het Regenboog College" (a secondary school) nor "Stichting De Regenboog".
 */
function sameSignificantWords(name: readonly string[], key: readonly string[]): boolean {
  const wanted = significant(key).join('-');
  const [nameKinds, keyKinds] = [kindsOf(name), kindsOf(key)];
  const kindsAgree = nameKinds.size === 0 || keyKinds.size === 0 || [...keyKinds].some((kind) => nameKinds.has(kind));
  return wanted !== '' && significant(name).join('-') === wanted && kindsAgree;
}

/** A name's or key's words without the kind word it leads with. */
const withoutLeadingKind = (words: readonly string[]): string[] =>
  words.length > 1 && namePatterns().leadingKind.has(words[0] ?? '') ? words.slice(1) : [...words];

/**
 * Whether a line is the key's name but for case, punctuation and a kind word either leads with: "De Regenboog" for
 * obs-de-regenboog, "Basisschool De Regenboog" for de-regenboog.
 */
function namesKey(text: string, orgWords: string): boolean {
  const name = withoutLeadingKind(slugWords(text)).join('-');
  return name !== '' && name === withoutLeadingKind(orgWords.split('-')).join('-');
}

/** One line, its white space made single. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Whether a cover line spells the --org key: its words are the key's, or the key's but for a kind of school either
 * leads with ("Basisschool Het Kompas" for het-kompas, "De Regenboog" for obs-de-regenboog), or it is a name by its
 * form (a word such as Basisschool, OBS, Stichting, College) whose significant words are all the key's and no more
 * ("Basisschool De Regenboog" for regenboog and for obs-de-regenboog; not "Basisschool De Regenboog Noord").
 */
function spellsKey(text: string, orgWords: string): boolean {
  const slug = slugify(text, Number.POSITIVE_INFINITY);
  if (slug === orgWords || namesKey(text, orgWords)) return true;
  const count = text.trim().split(/\s+/).length;
  if (isSentence(text)) return false;
  if (slug.endsWith(`-${orgWords}`) && count <= 6) return true;
  return count <= 8 && hasFormWord(text) && sameSignificantWords(slugWords(text), orgWords.split('-'));
}

/** The cover's lines (by index) that spell the --org key. */
export function keyedCoverLines(
  blocks: readonly Block[],
  cover: readonly number[],
  orgWords: string | undefined,
): number[] {
  if (!orgWords) return [];
  return cover.filter((index) => {
    const block = blocks[index];
    return (
      block !== undefined && block.kind !== 'dropped' && block.kind !== 'table' && spellsKey(blockText(block), orgWords)
    );
  });
}

/**
 * Whether a line is an organisation's name as a cover sets it: by its legal form or kind of school ("Stichting De
 * Linde", "Basisschool De Regenboog"), or spelling the --org key.
 */
export const namesOrganisation = (text: string, orgWords: string | undefined): boolean =>
  ((isLegalForm(text) || namesSchool(text)) && text.split(/\s+/).length <= 8) ||
  (orgWords !== undefined && spellsKey(text, orgWords));

/**
 * Whether a line does nothing but name an organisation, as a letterhead or a logo's words over a title do: the --org
 * key spelled whole, or a name by its legal form or kind of school ("Stichting De Linde"); not a title that ends in the
 * name ("Klachtenregeling Stichting De Linde").
 */
export function onlyNamesOrganisation(text: string, orgWords: string | undefined): boolean {
  if (isSentence(text) || text.trim().split(/\s+/).length > 8) return false;
  if (orgWords !== undefined && (slugify(text, Number.POSITIVE_INFINITY) === orgWords || namesKey(text, orgWords)))
    return true;
  if (isLegalForm(text) || namesSchool(text)) return true;
  return orgWords !== undefined && hasFormWord(text) && sameSignificantWords(slugWords(text), orgWords.split('-'));
}

/**
 * The organisation a cover line names, given the lines that spell the key (`keyed`): the one such line, and no other
 * line then; none where two spell it. With no such line: a line naming one by its legal form or kind of school
 * ("Stichting …"; not "Basisschool XXX", a fill-in), or set on two lines of the cover ("AERES" / "MBO", then `second`).
 */
export function coverOrganisation(
  index: number,
  text: string,
  nextCover: Block | undefined,
  orgWords: string | undefined,
  keyed: readonly number[],
): { name: string; second: boolean } | undefined {
  if (keyed.length > 0)
    return keyed.length === 1 && keyed[0] === index ? { name: oneLine(text), second: false } : undefined;
  if (namedByForm(text)) return { name: oneLine(text), second: false };
  if (orgWords && nextCover && slugify(`${text} ${blockText(nextCover)}`, Number.POSITIVE_INFINITY) === orgWords)
    return { name: oneLine(`${text} ${blockText(nextCover)}`), second: true };
  return undefined;
}

/** Words between a title's kind and the name after it ("Klachtenregeling van Stichting De Linde", "… – OBS …"). */
const TITLE_JOINS = new Set(['van', 'voor', 'of', 'for', '-', '–', '—', '|', ':']);

/**
 * The organisation a title names after its kind, by its legal form or kind of school: "Klachtenregeling Stichting De
 * Linde", "Pestprotocol OBS De Regenboog", "Privacyreglement van Stichting Allure"; none where the words before the
 * name name no kind of policy (templates/import/policy-kinds.yaml), as in "Stichting De Linde" alone.
 */
export function titleOrganisation(title: string): string | undefined {
  const words = title.trim().split(/\s+/);
  for (let at = 1; at < words.length; at++) {
    if (!policyKind(words.slice(0, at).join(' '))) continue;
    let start = at;
    while (start < words.length && TITLE_JOINS.has((words[start] as string).toLowerCase())) start++;
    const rest = words.slice(start).join(' ');
    if (rest !== '' && namedByForm(rest)) return rest;
  }
  return undefined;
}

/** A running header's part that names an organisation by its legal form ("Stichting Waterlinie - Pestprotocol"). */
function runningHeaderOrganisation(blocks: readonly Block[]): string | undefined {
  for (const block of blocks) {
    if (block.kind !== 'dropped' || !isRunningReason(block.reason.messageId)) continue;
    const named = block.text
      .split(/\s+[-–—·|]\s+|\t+/u)
      .map((part) => part.trim())
      .find((part) => isLegalForm(part) && namedByForm(part));
    if (named) return named;
  }
  return undefined;
}

/** A name is written with capitals ("Casparus College"), not as the words of a sentence. */
const capitalised = (token: string | undefined): boolean => /^\p{Lu}/u.test(token ?? '');
const isForm = (token: string | undefined): boolean =>
  capitalised(token) && slugWords(token ?? '').length > 0 && slugWords(token ?? '').every(isFormWord);
const isArticle = (token: string | undefined): boolean => nameArticles().has((token ?? '').toLowerCase());

/**
 * The words around `tokens[start, end)` that make the name they stand in: the form words and articles before them
 * and the form words after them ("Basisschool De Regenboog", "Casparus College"), an article only where it is
 * written as a name's is. Undefined where the name goes on with another capitalised word ("Basisschool De Regenboog
 * Noord"; not past a punctuation mark, `closed`, that ends it): that is another name than the key's.
 */
function nameAround(
  tokens: readonly string[],
  closed: readonly boolean[],
  start: number,
  end: number,
): string | undefined {
  let from = start;
  while (from > 0 && !closed[from - 1] && (isForm(tokens[from - 1]) || isArticle(tokens[from - 1]))) from--;
  while (from < start && isArticle(tokens[from]) && !capitalised(tokens[from])) from++;
  let to = end;
  while (to < tokens.length && !closed[to - 1] && isForm(tokens[to])) to++;
  return !closed[to - 1] && capitalised(tokens[to]) ? undefined : tokens.slice(from, to).join(' ');
}

/** Whether the capitalised words at `index` spell `slug`, `length` of them. */
function runAt(tokens: readonly string[], index: number, length: number, slug: string): boolean {
  const run = tokens.slice(index, index + length);
  return run.length === length && run.every(capitalised) && slugify(run.join(' '), Number.POSITIVE_INFINITY) === slug;
}

/**
 * The name in a text that spells the --org key: the key's words ("Casparus College" for casparus-college), or its
 * significant words within a name by its form ("Basisschool De Regenboog" for obs-de-regenboog), with the form words
 * and articles around them.
 */
function keyNameIn(text: string, orgWords: string): string | undefined {
  const written = text.split(/\s+/);
  const tokens = written.map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const closed = written.map((token) => /[^\p{L}\p{N}]$/u.test(token));
  const length = orgWords.split('-').length;
  const wanted = significant(orgWords.split('-'));
  for (let index = 0; index < tokens.length; index++) {
    if (runAt(tokens, index, length, orgWords)) {
      const name = nameAround(tokens, closed, index, index + length);
      if (name) return name;
    } else if (wanted.length > 0 && runAt(tokens, index, wanted.length, wanted.join('-'))) {
      const name = nameAround(tokens, closed, index, index + wanted.length);
      if (name && hasFormWord(name) && sameSignificantWords(slugWords(name), orgWords.split('-'))) return name;
    }
  }
  return undefined;
}

/**
 * The organisation the text names: "namens stichting X", else a running header naming one by its legal form, else a
 * run of words in the text or the title ("Klachtenregeling Stichting De Linde") that spells the --org key.
 */
export function organisationInText(
  blocks: readonly Block[],
  orgWords: string | undefined,
  title: string | undefined,
): string | undefined {
  const texts = blocks.flatMap((block) =>
    block.kind === 'paragraph' || block.kind === 'item' || block.kind === 'dropped' ? [blockText(block)] : [],
  );
  for (const text of texts) {
    const named = namePatterns().onBehalf.exec(text)?.[1];
    if (named && fillInsOf(named).length === 0) return named.charAt(0).toUpperCase() + named.slice(1);
  }
  const header = runningHeaderOrganisation(blocks);
  if (header) return header;
  // Without a key given, a name the title gives after its kind; with one, only the name the key spells (below).
  if (!orgWords) return title === undefined ? undefined : titleOrganisation(title);
  for (const text of title ? [title, ...texts] : texts) {
    const name = keyNameIn(text, orgWords);
    if (name) return name;
  }
  return undefined;
}
