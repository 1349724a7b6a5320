// Kennisname (issue 72): staff confirm they know the version of a policy in force. The people asked, the records of
// who was asked and who acknowledged, and who has and has not, as plain data. A record counts only for the text it
// names by its hash (the approval fingerprint, src/model/fingerprint.ts): one for another text never counts. Pure.

/** How a person works for the organisation: the people list's `relation` column (docs/acknowledge.md). */
export const RELATIONS = ['in-dienst', 'stagiair', 'vrijwilliger', 'inhuur'] as const;
export type Relation = (typeof RELATIONS)[number];

/** Who a kind of policy asks (the procedure file's `audience`), by the relations each takes in. */
export const AUDIENCES = {
  personeel: ['in-dienst'],
  'alle-medewerkers': ['in-dienst', 'stagiair', 'vrijwilliger'],
  'alle-werkenden': ['in-dienst', 'stagiair', 'vrijwilliger', 'inhuur'],
} as const satisfies Record<string, readonly Relation[]>;
export type Audience = keyof typeof AUDIENCES;

export interface Person {
  /** Pseudonymous: letters, digits, dot, dash and underscore only (never a path). */
  id: string;
  name: string;
  role: string;
  school: string;
  teams: string[];
  relation: Relation;
}

export const RECORD_TYPES = ['asked', 'acknowledged'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
/** How an acknowledgement came in; `ask` for the rows that say a person was asked. */
export const METHODS = ['ask', 'meeting', 'csv', 'paper', 'carried-over'] as const;
export type Method = (typeof METHODS)[number];

/** One row of a version's record file: who, which text, when, how and who recorded it. No address or device. */
export interface AckRecord {
  type: RecordType;
  person: string;
  version: string;
  /** The approval fingerprint of the text (sha256-v2:…). */
  hash: string;
  /** YYYY-MM-DD. */
  date: string;
  method: Method;
  recorder: string;
  /** On an `asked` row: the date to acknowledge by. */
  due?: string;
  /** On a carried-over acknowledgement: the hash of the text it was given for. */
  from?: string;
}

/** A person id clausemark takes: no separator, no dot first, so it can never name a path. */
export const PERSON_ID = /^[\p{L}\p{N}_][\p{L}\p{N}._-]{0,63}$/u;

/** A name as two spellings of it compare: case, accents and spacing aside. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s.,'’-]+/g, ' ')
    .trim();
}

/** The people `audience` takes in (all of them when the kind names none). */
export function inAudience(people: readonly Person[], audience: Audience | undefined): Person[] {
  if (!audience) return [...people];
  const relations: readonly Relation[] = AUDIENCES[audience];
  return people.filter((person) => relations.includes(person.relation));
}

export interface PersonStatus {
  person: Person;
  asked?: AckRecord;
  acknowledged?: AckRecord;
}

/** Each person's state for the text `hash`: asked, acknowledged, or neither. Records of another text are ignored. */
export function statusOf(people: readonly Person[], records: readonly AckRecord[], hash: string): PersonStatus[] {
  const asked = new Map<string, AckRecord>();
  const acknowledged = new Map<string, AckRecord>();
  for (const record of records) {
    if (record.hash !== hash) continue;
    const into = record.type === 'asked' ? asked : acknowledged;
    if (!into.has(record.person)) into.set(record.person, record);
  }
  return people.map((person) => {
    const status: PersonStatus = { person };
    const ask = asked.get(person.id);
    if (ask) status.asked = ask;
    const done = acknowledged.get(person.id);
    if (done) status.acknowledged = done;
    return status;
  });
}

export interface AckCounts {
  acknowledged: number;
  /** The people asked, of those now in the list and the audience. */
  asked: number;
}

/** Counts only: how many of those asked acknowledged the text `hash` (the dossier's line). */
export function countsOf(statuses: readonly PersonStatus[]): AckCounts {
  const asked = statuses.filter((status) => status.asked);
  return { asked: asked.length, acknowledged: asked.filter((status) => status.acknowledged).length };
}
