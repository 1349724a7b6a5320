// The words of an organisation's name that say what kind of organisation or school it is, not which one ("Stichting",
// "Basisschool", "OBS", "College"), as data a sector may edit (templates/import/organisation-names.yaml): import
// reads the organisation a document names by them (src/import/organisation.ts). Read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PACKAGE_ROOT } from '../io/root.js';

export const ORGANISATION_NAMES_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'organisation-names.yaml');

export interface OrganisationNameWords {
  legalForms: string[];
  schools: string[];
  schoolAdjectives: string[];
  onBehalf: string[];
  /** Each kind's words (`board`, `primary`, `secondary`), and `any`: words of a name of any kind. */
  kinds: Record<string, string[]>;
  leading: string[];
}

let words: OrganisationNameWords | undefined;

/** The data file's words, read once. */
export function organisationNameWords(): OrganisationNameWords {
  words ??= YAML.parse(readFileSync(ORGANISATION_NAMES_FILE, 'utf8')) as OrganisationNameWords;
  return words;
}
