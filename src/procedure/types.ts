// What a procedure file (templates/procedures/<sector>.yaml, docs/procedure.md) says once it is read: per kind of
// policy the ordered steps, each with who takes it, which right it is and on what legal basis.
import type { Audience } from '../model/acknowledgement.js';

export const RIGHTS = ['informatie', 'advies', 'instemming', 'vaststelling'] as const;
export type Right = (typeof RIGHTS)[number];
export const PARTS = ['whole', 'personeel', 'ouders/leerlingen', 'ouders', 'leerlingen'] as const;
export type Part = (typeof PARTS)[number];
export const LEVELS = ['bestuur', 'school'] as const;
export type Level = (typeof LEVELS)[number];
export const OUTCOMES = ['positief', 'negatief', 'onder voorwaarden'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ProcedureStep {
  /** A body of `bodies`, or "raad": the council of the policy's level (`councils`). */
  body: string;
  part: Part;
  right: Right;
  /** The legal basis as printed ("WMS art. 10 sub g"). */
  basis: string;
  /**
   * Where the article's text was read: its address in the consolidated text, with that text's date
   * (templates/law/); where the basis names no article, why nothing could be read.
   */
  checked: string;
  /** The term for an answer ("6w"); the file's default term when absent. */
  term: string;
}

/** The Dutch article of a kind's title (de schoolgids, het pestprotocol): "deze schoolgids", "dit pestprotocol". */
export const ARTICLES = ['de', 'het'] as const;
export type Article = (typeof ARTICLES)[number];

export interface KindProcedure {
  kind: string;
  title: string;
  /** The article of the title, when the procedure file gives it (a sentence that needs it says "dit beleid" else). */
  article?: Article;
  level: Level;
  fallsUnder?: string;
  /** Review interval ("2y"), a default of the foundation unless `reviewBasis` names the law. */
  review?: string;
  reviewBasis?: string;
  /** Where `reviewBasis`'s article was read, as a step's `checked`. */
  reviewChecked?: string;
  published: string[];
  steps: ProcedureStep[];
  /** Who is asked to acknowledge a version in force (kennisname, docs/acknowledge.md); none: nobody by default. */
  audience?: Audience;
}

export interface SectorProcedures {
  sector: string;
  /** The files read, sector file first, for messages. */
  files: string[];
  councils: Record<Level, string>;
  /** Body name → the names people write for it (matched without regard to case). */
  bodies: Record<string, string[]>;
  kinds: Record<string, KindProcedure>;
}
