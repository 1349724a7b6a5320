// How much clausemark reads, at most, of one input: a policy source, a document to import, one part inflated from
// an archive or a PDF. Past a limit the command stops with a clear error instead of growing until the machine runs
// out of memory. Each limit can be raised (or lowered) by an environment variable, in megabytes, for the rare
// organisation whose real documents are larger; docs/format.md ("Input clausemark refuses") lists them.
import { messageLanguage } from './messages.js';
import { formatCount, formatDecimal } from '../text/output-language.js';

export interface InputLimits {
  /** A policy source (.md) read by check, build, fmt, diff, compare …: a civil code is 2 MB. */
  sourceBytes: number;
  /** A document given to import (.docx, .pdf, .html, .txt). */
  importBytes: number;
  /** One part of a document once inflated: a .docx entry, or a PDF stream (page content, font, attachment). */
  inflatedBytes: number;
}

const MB = 1024 * 1024;

// Import: a PDF of a few hundred scanned pages is easily 100 MB.
const DEFAULTS_MB = { sourceBytes: 16, importBytes: 256, inflatedBytes: 64 } as const;

/** The environment variable that sets each limit, in megabytes. */
export const LIMIT_VARIABLES: Record<keyof InputLimits, string> = {
  sourceBytes: 'CLAUSEMARK_MAX_SOURCE_MB',
  importBytes: 'CLAUSEMARK_MAX_IMPORT_MB',
  inflatedBytes: 'CLAUSEMARK_MAX_INFLATED_MB',
};

function megabytes(variable: string, fallback: number): number {
  const value = Number(process.env[variable]);
  // Unset, empty, zero, negative or not a number: the default (a typo must not lift every limit).
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The limits in force now (read on each call, so a test or a host can set the variables). */
export function inputLimits(): InputLimits {
  return {
    sourceBytes: Math.floor(megabytes(LIMIT_VARIABLES.sourceBytes, DEFAULTS_MB.sourceBytes) * MB),
    importBytes: Math.floor(megabytes(LIMIT_VARIABLES.importBytes, DEFAULTS_MB.importBytes) * MB),
    inflatedBytes: Math.floor(megabytes(LIMIT_VARIABLES.inflatedBytes, DEFAULTS_MB.inflatedBytes) * MB),
  };
}

/** A byte count as megabytes for a message: one decimal, as the user's language writes it (12,5 or 12.5). */
export const inMegabytes = (bytes: number): string => formatDecimal(bytes / MB, messageLanguage(), 1);

/** A limit in megabytes for a message: as few decimals as it has (16, 0.5). */
export const limitInMegabytes = (bytes: number): string => formatCount(bytes / MB, messageLanguage());
