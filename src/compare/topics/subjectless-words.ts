// Words that name no subject, for inducing topics where a kind has no topic list (induced-topics.ts,
// induced-words.ts). A topic named "Someone", "Other" or "Which, list" tells a reader nothing: pronouns, quantifiers,
// linking adverbs and verbs any rule may use ("expected", "including") are neither a topic's name nor what makes
// clauses one topic. Headings that only say where a text stands ("The Quick Version", "The Longer Version") name no subject either, so two organisations sharing one is no shared topic. Used only to induce
// topics: clause scoring against a topic list keys words as topic-terms.ts does, unchanged.

const ENGLISH = `
someone somebody anyone anybody everyone everybody anything something everything nothing nobody
other others another else also which whose whom what when where while whether there here thereof therefore
however always never often very such some each every both either neither more most less least much many only just
still well please following throughout without within including include includes included regarding related
particular certain various upon into onto about above below after before during through among between
being given make made take taken like need needs expect expects expected expecting ask asks asked otherwise
ensure ensures provide provides providing create creates
`;

const DUTCH = `
iemand niemand iedereen iets niets andere anderen overige ander ook welke waarbij waarvoor waarin sommige enkele
diverse verschillende volgende hierbij daarbij eventuele eventueel betreffende bepaalde dergelijke zoals
verwachten verwacht
`;

/** Normalised words (lower case, accents folded) that name no subject. */
export const SUBJECTLESS_WORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${DUTCH}`.split(/\s+/).filter((word) => word !== ''),
);

/** Heading words that say where a text stands in the document, not what it is about. */
const STRUCTURE_WORDS: ReadonlySet<string> = new Set(
  'version versions quick quicker short shorter long longer less versie snelle korte lange minder'
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** A heading's content words all say where a text stands ("quick version"), none what it is about. */
export function structureOnly(words: ReadonlySet<string>): boolean {
  for (const word of words) if (!STRUCTURE_WORDS.has(word)) return false;
  return true;
}
