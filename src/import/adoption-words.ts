// The English words of a line that states a policy's adoption (templates/import/adoption-lines.yaml `en`, read by
// src/parse/adoption-lines.ts): the English line ("Adopted by the board on 12 March 2025.", "Approved by the governing
// board on 3 May 2024", "Adopted by the Board of Governors, 12 March 2025"), read as a Dutch closing line is
// (closing-line.ts), and the councils the procedure files do not name that never adopt (ouderraad, leerlingenraad).
// Which bodies adopt is the procedure's: those of its steps of vaststelling. A line saying a body that does not adopt
// adopted the policy ("Vastgesteld door de GMR op …") is no reading of its adoption, wherever it stands.
import type { Approval } from '../model/policy.js';
import { adoptionLineWords, wholePhrases } from '../parse/adoption-lines.js';
import { bodyNamed, stepBody } from '../procedure/evaluate.js';
import type { SectorProcedures } from '../procedure/types.js';
import { anyPhrase } from '../text/phrase-pattern.js';
import { englishAdoptionLine } from '../parse/adoption-line-form.js';
import { dutchAdoption, NAME } from '../parse/adoption-patterns.js';
import { findDate } from './dates.js';

let words:
  | { line: RegExp; opens: RegExp; bodies: SectorProcedures['bodies']; nonAdopting: RegExp; adopter: RegExp[] }
  | undefined;

/**
 * A line's opening that says who adopted it (`opens`: "Vastgesteld door", "Adopted by"), then the name (group 1, no
 * article), up to the date's words, a date, a punctuation mark or the end: "Vastgesteld door de MR op …".
 */
function adopterPattern(opens: string, beforeDate: readonly string[], articles: readonly string[]): RegExp {
  const ends = String.raw`\s*(?:$|[,.;:(]|\s(?:${anyPhrase(beforeDate)})\s|\s\d)`;
  return new RegExp(String.raw`^${opens}\s+(?:(?:${anyPhrase(articles)})\s+)?${NAME}(?=${ends})`, 'iu');
}

function loaded(): NonNullable<typeof words> {
  if (words) return words;
  const file = adoptionLineWords();
  const { adopted, by, beforeDate, bodies } = file.en;
  words = {
    ...englishAdoptionLine(),
    bodies,
    nonAdopting: new RegExp(wholePhrases(file.nonAdopting), 'iu'),
    adopter: [
      adopterPattern(dutchAdoption().adopter, file.nl.beforeDate, file.nl.articles),
      adopterPattern(`(?:${anyPhrase(adopted)})\\s+(?:${anyPhrase(by)})`, beforeDate, file.en.articles),
    ],
  };
  return words;
}

/** The bodies that adopt a policy: those of the procedure's steps of vaststelling (the bestuur). */
function adoptingBodies(procedures: SectorProcedures): Set<string> {
  return new Set(
    Object.values(procedures.kinds).flatMap((kind) =>
      kind.steps.filter((step) => step.right === 'vaststelling').map((step) => stepBody(step, kind.level, procedures)),
    ),
  );
}

/**
 * Whether a body's name is of one that never adopts a policy: a body of the procedure files none of whose steps is a
 * vaststelling (MR, GMR, deelraad), or a council they do not name (ouderraad, leerlingenraad). An unknown name may.
 */
export function cannotAdopt(name: string, procedures: SectorProcedures | undefined): boolean {
  const body = procedures && name.trim() !== '' ? bodyNamed(name, procedures) : undefined;
  if (body && procedures) return !adoptingBodies(procedures).has(body);
  return loaded().nonAdopting.test(name);
}

/** The body an English name gives ("the governing board": bestuur), by the data's names, then the procedure's. */
export function englishBody(name: string, procedures: SectorProcedures | undefined): string | undefined {
  const own = bodyNamed(name, { bodies: loaded().bodies } as SectorProcedures);
  return own ?? (procedures ? bodyNamed(name, procedures) : undefined);
}

/** Whether a line opens as an English adoption line does: "Adopted by …", "Approved by …". */
export const opensAsEnglishAdoption = (line: string): boolean => loaded().opens.test(line.replace(/\s+/gu, ' ').trim());

/**
 * Whether a sentence has the form of an English adoption line: its words, a body's name and a whole date, nothing
 * else. "The policy will be adopted by the board each year." has not.
 */
export const englishAdoptionForm = (sentence: string): boolean => {
  const match = loaded().line.exec(sentence.replace(/\s+/gu, ' ').trim());
  return match !== null && findDate(match[2] ?? '') !== undefined;
};

/**
 * The adoption an English line of its own states ("Adopted by the board on 12 March 2025."), as a Dutch one is read
 * (approvals.ts statedApprovals): a whole date, and a body that may adopt (its body where the data or the procedure
 * names it); else none.
 */
export function englishAdoption(line: string, procedures: SectorProcedures | undefined): Approval | undefined {
  const match = loaded().line.exec(line.replace(/\s+/gu, ' ').trim());
  const name = (match?.[1] ?? '').trim();
  const date = findDate(match?.[2] ?? '');
  if (!match || !date || name === '' || cannotAdopt(name, procedures)) return undefined;
  const body = englishBody(name, procedures);
  return { date: date.iso, name, role: name, step: 'vaststelling', ...(body ? { body } : {}) };
}

/**
 * The council a line says adopted the policy, as the line names it without its article ("MR" in "Vastgesteld door de
 * MR", "participation council" in "Adopted by the participation council on …"): a body that cannot adopt. Undefined
 * for any other line, and for a line naming a body that may adopt.
 */
export function adoptingCouncil(line: string, procedures: SectorProcedures | undefined): string | undefined {
  const text = line.replace(/\s+/gu, ' ').trim();
  for (const pattern of loaded().adopter) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name) return cannotAdopt(name, procedures) ? name : undefined;
  }
  return undefined;
}
