// What an organisation is, stated once: its sector, the kind of body it is, how many people work for it, and its
// answers to the conditions a law sets ("indien geautomatiseerde besluitvorming plaatsvindt"). Whether a legal
// requirement binds it depends on these (src/compare/topics/law-view.ts; the board overview reads them too). They are stated
// in the procedure.yaml of its folder under policies/, the file that already names its sector (docs/format.md,
// "What an organisation is"); a policy with no such file above it is of an organisation that stated nothing, and a
// requirement that depends on what it is stays "indien van toepassing".
import { foundationFile, oneOf, readYaml, fail, type Read } from './load.js';

export const SECTORS = ['po', 'vo', 'so-vso', 'mbo'] as const;
export type Sector = (typeof SECTORS)[number];
/** bevoegd-gezag: a school's competent authority under the education acts; bestuursorgaan: a public body (Awb). */
export const BODIES = ['bevoegd-gezag', 'bestuursorgaan', 'ander'] as const;
export type Body = (typeof BODIES)[number];
export const ANSWERS = ['ja', 'nee'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface OrganisationProfile {
  /** The procedure.yaml it was read from; absent when no file states what the organisation is. */
  file?: string;
  sector?: Sector;
  body?: Body;
  /** How many people work for it (employees), where a law counts them. */
  workers?: number;
  /** A condition's id → the organisation's answer. */
  answers: Record<string, Answer>;
}

function readProfile(read: Read): OrganisationProfile {
  const { data } = read;
  const profile: OrganisationProfile = { file: read.file, answers: {} };
  if (data.body !== undefined) profile.body = oneOf(read, ['body'], data.body, BODIES);
  if (data.sector !== undefined) profile.sector = oneOf(read, ['sector'], String(data.sector).toLowerCase(), SECTORS);
  // A foundation's procedure file that names no sector is a primary school's (proceduresFor's default), unless it
  // says the organisation is another kind of body.
  else if (profile.body === undefined || profile.body === 'bevoegd-gezag') profile.sector = 'po';
  if (profile.sector && !profile.body) profile.body = 'bevoegd-gezag';
  if (data.workers !== undefined) {
    if (typeof data.workers !== 'number' || !Number.isInteger(data.workers) || data.workers < 0)
      fail(read, ['workers'], 'procedure-file.bad-value', { value: String(data.workers), allowed: '0, 1, 2, …' });
    profile.workers = data.workers;
  }
  if (data.answers !== undefined) {
    if (data.answers === null || typeof data.answers !== 'object' || Array.isArray(data.answers))
      fail(read, ['answers'], 'procedure-file.missing', {});
    for (const [id, value] of Object.entries(data.answers as Record<string, unknown>)) {
      // YAML reads a bare ja/nee as text, a yes/no as a boolean: both are accepted.
      const word = value === true ? 'ja' : value === false ? 'nee' : value;
      profile.answers[id] = oneOf(read, ['answers', id], word, ANSWERS);
    }
  }
  return profile;
}

const cache = new Map<string, OrganisationProfile>();

/** What the organisation of the policy at `policyPath` (in the project at `root`) states it is. */
export function organisationProfile(policyPath: string, root: string): OrganisationProfile {
  const file = foundationFile(policyPath, root);
  if (!file) return { answers: {} };
  const known = cache.get(file);
  if (known) return known;
  const profile = readProfile(readYaml(file));
  cache.set(file, profile);
  return profile;
}
