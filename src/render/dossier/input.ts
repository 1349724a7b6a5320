// What the dossier renderer is given: the dossier as data (src/procedure/dossier.ts), the brand, every word already
// in the dossier's language, and the JSON it carries as its attachment. Resolved beforehand
// (src/jobs/dossier.ts), so rendering is a pure function of this input.
import type { Brand } from '../../brand/types.js';
import type { Dossier } from '../../procedure/dossier.js';
import type { WordedOverview } from '../shared/school-overview.js';

export interface DossierTexts {
  /** BCP-47 language of the dossier. */
  lang: string;
  /** Document title and running header: "Inspectiedossier Stichting De Linde". */
  title: string;
  /** Running footer: "Pagina 3 van 9". */
  page(page: number, pages: number): string;
  /** An entry of templates/messages by its id (dossier-report.…), worded in the dossier's language. */
  say(messageId: string, params?: Record<string, string>): string;
  /** A YYYY-MM-DD date as the dossier's language writes it ("3 februari 2025"). */
  day(iso: string): string;
}

export interface DossierInput {
  dossier: Dossier;
  brand: Brand;
  texts: DossierTexts;
  /** What the board and each school must have, worded (the dossier's `required`), when the organisation declares it. */
  required?: WordedOverview;
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
