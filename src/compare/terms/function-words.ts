// Words that carry grammar, not content: articles, pronouns, prepositions, conjunctions, auxiliary and modal verbs,
// common adverbs (Dutch and English). On their own they say nothing about which provision a clause states, yet a
// paraphrase written in the second person ("je", "jouw") or with other auxiliaries shares many with unrelated
// clauses and few with its counterpart. They get no weight as single terms; inside word pairs and triples
// ("in acht nemen", "op persoonlijke titel") they still mark a verbatim run. Matched on the normalised word (lower
// case, accents folded), before stemming.

const DUTCH = `
de het een der den des
ik jij je u hij zij ze wij we jullie men mij me jou hem haar hen hun ons onze jouw uw zijn mijn jezelf zich
zichzelf henzelf elkaar alle alles elk elke ieder iedere
dit dat deze die wat wie welk welke waar wanneer hoe waarom daar hier er daarin daarop daarmee hiervan hierover
van in op aan met voor door bij naar uit over tot om onder tegen tussen na sinds tijdens zonder via per binnen
buiten volgens rond rondom
en of maar want dus noch als dan omdat indien mits tenzij wanneer terwijl zodat doordat hoewel zowel
is ben bent was waren wordt worden werd werden word geworden zijn zal zullen zou zouden heeft hebben had hadden
heb kan kunnen kon konden mag mogen moet moeten wil willen dient dienen gaat gaan laat laten doet doen
niet geen wel ook nog al alleen zo zeer heel erg meer veel weinig steeds altijd nooit dan toe mee
`;

const ENGLISH = `
the a an of to in on at for with by from as and or but if then than that this these those it its is are was were
be been being has have had do does did will would shall should can could may might must not no you your we our
they their he she his her
`;

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `${DUTCH} ${ENGLISH}`.split(/\s+/).filter((word) => word !== ''),
);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}
