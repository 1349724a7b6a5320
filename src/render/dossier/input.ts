// What the dossier renderer is given: the dossier as data (src/procedure/dossier.ts), the brand, every word already
// in the dossier's language, and the JSON it carries as its attachment. Resolved beforehand
// (src/build/jobs/dossier.ts), so rendering is a pure function of this input.
import type { Brand } from '../../brand/types.js';
import type { Dossier } from '../../procedure/dossier.js';

/** The dossier's words: each an entry of templates/messages (dossier-report), named in full so a missing one is found. */
export const DOSSIER_WORDS = {
  title: 'dossier-report.title',
  subject: 'dossier-report.subject',
  intro: 'dossier-report.intro',
  version: 'dossier-report.version',
  adopted: 'dossier-report.adopted',
  'in-force-from': 'dossier-report.in-force-from',
  published: 'dossier-report.published',
  'published-unknown': 'dossier-report.published-unknown',
  'next-review': 'dossier-report.next-review',
  'review-overdue': 'dossier-report.review-overdue',
  'no-review': 'dossier-report.no-review',
  'term-overdue': 'dossier-report.term-overdue',
  'term-expired': 'dossier-report.term-expired',
  'text-hash': 'dossier-report.text-hash',
  'column-step': 'dossier-report.column-step',
  'column-basis': 'dossier-report.column-basis',
  'column-asked': 'dossier-report.column-asked',
  'column-decided': 'dossier-report.column-decided',
  'column-outcome': 'dossier-report.column-outcome',
  'column-hash': 'dossier-report.column-hash',
  'decided-by': 'dossier-report.decided-by',
  'not-in-force': 'dossier-report.not-in-force',
} as const;

export type DossierWord = keyof typeof DOSSIER_WORDS;

export interface DossierTexts {
  /** BCP-47 language of the dossier. */
  lang: string;
  /** Document title and running header: "Inspectiedossier Stichting De Linde". */
  title: string;
  /** Running footer: "Pagina 3 van 9". */
  page(page: number, pages: number): string;
  /** An entry of dossier-report in templates/messages, worded in the dossier's language. */
  say(key: DossierWord, params?: Record<string, string>): string;
}

export interface DossierInput {
  dossier: Dossier;
  brand: Brand;
  texts: DossierTexts;
  /** The machine-readable dossier embedded in the PDF (dossier-<org>.json). */
  json: string;
  options: {
    /** CreationDate/ModDate: the dossier's date, never the clock. */
    creationDate: Date;
    producer: string;
    /** Seed of the PDF's document ID. */
    sourceHash: string;
  };
}
