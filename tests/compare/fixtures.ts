// Small policies of made-up organisations for alignment tests, written as Markdown and parsed by the real parser
// (tests/compare/fixtures.ts), each in its own policies/<org>/ folder.
import { type AlignDocument, prepareDocuments } from '../../src/compare/terms/documents.js';
import type { TopicDefinition } from '../../src/compare/read/topic-list.js';
import type { Policy } from '../../src/model/policy.js';
import { loadPolicy } from '../../src/parse/index.js';
import { policyPath } from '../support/paths.js';
import { policyOf, type SectionSpec } from '../diff/fixtures.js';

export function orgPolicy(
  org: string,
  organisation: string,
  sections: SectionSpec[],
  meta: Record<string, unknown> = {},
): Policy {
  return policyOf(
    {
      meta: {
        id: 'social-media',
        title: 'Protocol sociale media',
        organisation,
        org,
        version: '1.0',
        status: 'draft',
        lang: 'nl',
        ...meta,
      },
      sections,
    },
    `policies/${org}/social-media.md`,
  );
}

/** A model text as a school might adopt it; `name` stands where the school's own name goes. */
export function modelClauses(name: string): string[] {
  return [
    `${name} onderkent de mogelijkheden van sociale media voor het onderwijs.`,
    'Dit protocol draagt bij aan een goed en veilig school- en onderwijsklimaat.',
    'Alle betrokkenen nemen de reguliere fatsoensnormen in acht.',
    'Het online plaatsen van foto-, film- en geluidsopnamen van leerlingen is alleen toegestaan na uitdrukkelijke toestemming van alle betrokkenen.',
    'Medewerkers zijn persoonlijk verantwoordelijk voor de inhoud die zij op sociale media publiceren.',
    'Bij twijfel over een publicatie neemt de medewerker contact op met zijn of haar leidinggevende.',
    'Gepubliceerde teksten en uitlatingen blijven voor onbepaalde tijd openbaar, ook na verwijdering van het bericht.',
  ];
}

/** Verbs and nouns of made-up school rules that differ by one word (tests/compare/score-*.test.ts). */
export const RULE_VERBS = [
  'meldt',
  'bespreekt',
  'noteert',
  'bewaart',
  'controleert',
  'behandelt',
  'regelt',
  'beoordeelt',
];
export const RULE_NOUNS = ['melding', 'klacht', 'afspraak', 'incident', 'toets', 'les', 'rooster', 'verzuim'];

/** `count` rules that differ from the other side's (another `shift`) by their verb only, and from each other by number and words. */
export function verbApartRules(count: number, shift: number): string[] {
  return Array.from(
    { length: count },
    (_, index) =>
      `Regel ${index + 1}: de school ${RULE_VERBS[(index + shift) % RULE_VERBS.length]} de ${RULE_NOUNS[(index * 7) % RULE_NOUNS.length]} van nummer ${index * 13}.`,
  );
}

/** Two policies prepared for alignment together, as a score matrix of the pair reads them. */
export function preparedPair(left: Policy, right: Policy): [AlignDocument, AlignDocument] {
  const [a, b] = prepareDocuments([left, right]).documents;
  if (!a || !b) throw new Error('two documents expected');
  return [a, b];
}

/** The seed policies of two organisations (policies/<org>/), prepared as a pair. */
export function seedPair(left: string, right: string): [AlignDocument, AlignDocument] {
  return preparedPair(loadPolicy(policyPath(left)).policy, loadPolicy(policyPath(right)).policy);
}

/** Two made-up schools with `count` rules each, every rule a verb apart from its counterpart (verbApartRules). */
export function verbApartPair(count: number): [AlignDocument, AlignDocument] {
  return preparedPair(
    orgPolicy('noord', 'School Noord', [{ title: 'Regels', clauses: verbApartRules(count, 0) }]),
    orgPolicy('zuid', 'School Zuid', [{ title: 'Regels', clauses: verbApartRules(count, 1) }]),
  );
}

/** One topic the cache tests of topic scores cover flex-college with: its signal and its words are in its rules. */
export const PHOTOS_TOPIC: TopicDefinition = {
  id: 'beeldmateriaal',
  name: 'Foto’s',
  description: 'Foto-, film- en geluidsopnamen van personen.',
  signals: ['geluidsopname*', 'geluid en beeldmateriaal'],
};
