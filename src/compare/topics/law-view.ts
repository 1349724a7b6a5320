// What the law asks of each compared organisation ("Wat de wet vraagt"): the topic list's law entries, each named
// part of an article its own requirement, applied to what the organisation states it is (src/procedure/organisation.ts).
// A requirement that does not bind it is "niet van toepassing" with whom it binds; one that binds it only on a
// condition it has not answered, or only if it is a kind of body it has not said it is, is "indien van toepassing"
// with the question; a requirement of school law (one that names sectors) is "onbekend of dit geldt" for an organisation
// that has not said what it is (a school without a procedure.yaml too), with who records it and no finding: school
// law does not bind a municipality, nor every kind of school. A ✓ is given only where a
// clause on the topic states what the requirement itself asks (its `meets` phrases: a handling term, not any term; and
// for a requirement of several parts each list of `alsoMeets`); a clause on the topic that does not is "mogelijk" with
// what it lacks. A clause that holds the phrase only where it is negated ("De school is niet aangesloten bij een
// klachtencommissie", negation.ts) does not state it: where only such clauses hold it, the row is "mogelijk" with
// those clauses named as seeming to say the opposite. A requirement the law applies directly (`appliesDirectly`: Awb 9:11's term binds a public body
// whatever its regulation says) lacks nothing where no clause states it: "geldt rechtstreeks", never missing.
import { allClauses } from '../../model/walk.js';
import type { Policy } from '../../model/policy.js';
import { type OrganisationProfile, organisationProfile } from '../../procedure/organisation.js';
import { type PhraseReading, phraseReading } from './negation.js';
import { signalPattern } from './topic-signals.js';
import type { LegalBasis } from '../read/topic-list.js';
import type { Alignment, LawRow, LawView, TopicCoverage } from '../read/types.js';

const DATE = /(\d{4}-\d{2}-\d{2})/;

/** Whether `basis` binds the organisation, and if it may, on which question. */
function applicability(basis: LegalBasis, profile: OrganisationProfile): Pick<LawRow, 'applies' | 'who' | 'question'> {
  const { binds, conditions } = basis;
  const who = binds ? { who: binds.who } : {};
  let unknown = false;
  if (binds?.sectors) {
    // The sectors are the education sectors: a law that names them binds only a school's competent authority. An
    // organisation that said it is another kind of body is none; one that said nothing is not known to be a school.
    if (profile.sector === undefined && profile.body !== undefined) return { applies: 'not-applicable', ...who };
    if (profile.sector === undefined) return { applies: 'schools-only', ...who };
    if (!binds.sectors.includes(profile.sector)) return { applies: 'not-applicable', ...who };
  }
  if (binds?.bodies) {
    if (profile.body === undefined) unknown = true;
    else if (!binds.bodies.includes(profile.body)) return { applies: 'not-applicable', ...who };
  }
  if (binds?.workers !== undefined) {
    if (profile.workers === undefined) unknown = true;
    else if (profile.workers < binds.workers) return { applies: 'not-applicable', ...who };
  }
  // Every condition must hold: one answered no settles it; else the first unanswered is the question to ask.
  const no = conditions?.find((condition) => profile.answers[condition.id] === 'nee');
  if (no) return { applies: 'not-applicable', ...who, question: no.question };
  const open = conditions?.find((condition) => profile.answers[condition.id] === undefined);
  if (open) return { applies: 'if-applicable', ...who, question: open.question };
  if (unknown) return { applies: 'if-applicable', ...who };
  // The AVG's "in voorkomend geval" without a condition to answer: the organisation may not do what it is about.
  // Conditions answered ja settle it: the requirement binds.
  if (basis.when === 'if-applicable' && !conditions) return { applies: 'if-applicable', ...who };
  return { applies: 'binds', ...who };
}

/** Each covering clause's text as a signal reads it: the sentences that cover the topic, else the whole clause. */
function coveringTexts(topic: TopicCoverage, key: string, policy: Policy | undefined): { id: string; text: string }[] {
  const byId = new Map(policy ? allClauses(policy).map((visit) => [visit.clause.id, visit.clause.text]) : []);
  return (topic.clauses[key] ?? []).map((clause) => ({
    id: clause.id,
    text: clause.text ?? byId.get(clause.id) ?? '',
  }));
}

function finding(
  basis: LegalBasis,
  topic: TopicCoverage,
  key: string,
  policy: Policy | undefined,
): Pick<LawRow, 'finding' | 'clauses' | 'needs' | 'opposite'> {
  const covering = coveringTexts(topic, key, policy);
  // What the law itself applies to every case (Awb 9:11's term) needs no clause: stated, it earns its ✓; else it holds.
  const direct = basis.appliesDirectly ? { finding: 'direct' as const } : undefined;
  if (covering.length === 0) return direct ?? { finding: 'topic' };
  // Each part of the requirement (`meets`, then each list of `alsoMeets`) must be stated by some clause on the topic,
  // as signals read it (a requirement's words end a word), and not negated there (negation.ts).
  const parts = basis.meets ? [basis.meets, ...(basis.alsoMeets ?? [])].map((part) => part.map(signalPattern)) : [];
  const lang = policy?.meta.lang ?? 'nl';
  // Where saying none answers the requirement (`negationMeets`: "nooit aan derden"), a negated phrase states it.
  const read = (text: string, part: readonly RegExp[]): PhraseReading => {
    const reading = phraseReading(text, part, lang);
    return basis.negationMeets && reading === 'negates' ? 'states' : reading;
  };
  const readings = covering.map((clause) => parts.map((part) => read(clause.text, part)));
  const some = (part: number, reading: PhraseReading): boolean => readings.some((clause) => clause[part] === reading);
  const complete = parts.length > 0 && parts.every((_, part) => some(part, 'states'));
  const stating = complete ? covering.filter((_, k) => readings[k]?.includes('states')) : [];
  if (stating.length > 0) return { finding: 'met', clauses: stating.map((clause) => clause.id) };
  // Every part held, but some only where a clause says the opposite ("niet aangesloten bij een klachtencommissie"):
  // no ✓, and the cell names those clauses as saying so.
  const held = parts.length > 0 && parts.every((_, part) => some(part, 'states') || some(part, 'negates'));
  const opposite = held ? covering.filter((_, k) => readings[k]?.includes('negates')).map((clause) => clause.id) : [];
  if (opposite.length > 0) return { finding: 'unmet', clauses: opposite, opposite };
  if (direct) return direct;
  return {
    finding: 'unmet',
    clauses: covering.map((clause) => clause.id),
    ...(basis.needs ? { needs: basis.needs } : {}),
  };
}

/** The date of the consolidated text a law entry was checked against, from its address. */
export function checkedDate(basis: Pick<LegalBasis, 'checked'>): string | undefined {
  return basis.checked ? DATE.exec(basis.checked)?.[1] : undefined;
}

/**
 * The law view of an alignment with topics: per document (in the comparison's order), every law entry of every
 * topic, applied to the organisation `profiles` gives for its key. Undefined when no topic names a law.
 */
export function lawView(
  alignment: Alignment,
  policies: readonly Policy[],
  profiles: ReadonlyMap<string, OrganisationProfile>,
): LawView | undefined {
  const required = (alignment.topics ?? []).filter((topic) => topic.law?.length);
  if (required.length === 0) return undefined;
  const asOf = new Map<string, string | undefined>();
  for (const topic of required)
    for (const basis of topic.law ?? []) {
      const date = checkedDate(basis);
      const known = asOf.get(basis.law);
      if (!asOf.has(basis.law) || (date && (!known || date > known))) asOf.set(basis.law, date);
    }
  const groups = alignment.documents.map((document) => {
    const profile = profiles.get(document.key) ?? { answers: {} };
    const policy = policies.find((candidate) => candidate.path === document.path);
    const rows = required.flatMap((topic) =>
      (topic.law ?? []).map((basis): LawRow => {
        const applies = applicability(basis, profile);
        const row: LawRow = {
          topic: topic.id,
          name: topic.name,
          ...(topic.names ? { names: topic.names } : {}),
          law: basis.law,
          article: basis.article,
          words: basis.words,
          ...(basis.gist ? { gist: basis.gist } : {}),
          ...(basis.checked ? { checked: basis.checked } : {}),
          ...(basis.unverified ? { unverified: basis.unverified } : {}),
          ...applies,
        };
        // Where it does not bind, or is school law and the organisation is not known to be a school: no finding.
        if (applies.applies === 'not-applicable' || applies.applies === 'schools-only') return row;
        const direct = basis.appliesDirectly ? { direct: basis.appliesDirectly } : {};
        return { ...row, ...direct, ...finding(basis, topic, document.key, policy) };
      }),
    );
    return { key: document.key, rows };
  });
  return {
    asOf: [...asOf].map(([law, date]) => (date ? { law, date } : { law })),
    groups,
  };
}

/** Sets `alignment.law`, each document's organisation as its procedure.yaml under `root` states it. */
export function addLawView(alignment: Alignment, policies: readonly Policy[], root: string): void {
  const profiles = new Map(
    alignment.documents.map((document) => [document.key, organisationProfile(document.path, root)] as const),
  );
  const view = lawView(alignment, policies, profiles);
  if (view) alignment.law = view;
}
