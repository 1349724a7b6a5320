// The formats `build` writes of a policy (src/build/policy.ts): the PDF and the Word document. Both are files
// (out/<org>/<id>-<version>.<extension>, or the file --out names). The Word document's contents show the page each
// heading has in the PDF, so both renderers share one layout of the PDF, made once per policy; a Word document built
// without the PDF has only the pages laid out (layOutHeadingPages).
import { basename, extname } from 'node:path';
import type { Brand } from '../brand/types.js';
import type { Policy } from '../model/policy.js';
import type { LaidOutPdf, PdfInput } from '../render/pdf/index.js';
import type { HeadingPages } from '../render/shared/contents.js';
import { publishedSource } from '../render/shared/published-source.js';
import type { TextsOptions } from './texts.js';
import { formatNamed, type OutputFormat, type ReportKind } from '../render/shared/format-table.js';

/** A policy read, branded and dated: what every renderer of a policy is given. */
export interface ResolvedPolicy {
  /** The source file, named in the PDF/A attachment. */
  file: string;
  policy: Policy;
  brand: Brand;
  created: Date;
  /** clausemark's version, for the producer field. */
  version: string;
  textOptions: TextsOptions;
  showIds: boolean;
  pdfa: boolean;
}

export interface PolicyRenderInput extends ResolvedPolicy {
  /** The PDF laid out (by layOutPdf), once for every format of the policy. */
  laidOut(): Promise<LaidOutPdf>;
  /** The page each heading starts on in the PDF: from laidOut when the PDF is built too, else by layOutHeadingPages. */
  headingPages(): Promise<HeadingPages>;
}

// The renderers and the wording around them are loaded when a policy is rendered: `build` reads this table to check
// --format before it loads any of them.

/** What the PDF renderer is given for a policy. */
function pdfInput(resolved: ResolvedPolicy, pdfTexts: typeof import('./texts.js')['pdfTexts']): PdfInput {
  const { file, policy, brand, created, version, textOptions } = resolved;
  return {
    policy,
    brand,
    texts: pdfTexts(policy, textOptions),
    options: {
      showIds: resolved.showIds,
      pdfa: resolved.pdfa,
      creationDate: created,
      sourceHash: textOptions.sourceHash,
      source: resolved.pdfa ? publishedSource(policy) : '',
      sourceName: basename(file),
      producer: `clausemark ${version}`,
    },
  };
}

/** The PDF's layout: its bytes and the page of each heading. */
export async function layOutPdf(resolved: ResolvedPolicy): Promise<LaidOutPdf> {
  const [{ renderPdfLaidOut }, { pdfTexts }] = await Promise.all([
    import('../render/pdf/index.js'),
    import('./texts.js'),
  ]);
  return renderPdfLaidOut(pdfInput(resolved, pdfTexts));
}

/** Only the page of each heading, laid out as in the PDF, for a Word document built without the PDF. */
export async function layOutHeadingPages(resolved: ResolvedPolicy): Promise<HeadingPages> {
  const [{ headingPagesOf }, { pdfTexts }] = await Promise.all([
    import('../render/pdf/index.js'),
    import('./texts.js'),
  ]);
  return headingPagesOf(pdfInput(resolved, pdfTexts));
}

type PolicyFormatRow = OutputFormat<PolicyRenderInput, Promise<Uint8Array>>;

const pdf: PolicyFormatRow = {
  name: 'pdf',
  extension: 'pdf',
  binary: true,
  named: 'terminal.pdf',
  destination: 'file',
  render: async (input) => (await input.laidOut()).bytes,
};

const docx: PolicyFormatRow = {
  name: 'docx',
  extension: 'docx',
  binary: true,
  named: 'terminal.docx',
  destination: 'file',
  // The docx library is loaded only for a Word build: a PDF build never loads it (a large part of a cold start).
  render: async (input) => {
    const [{ renderDocx }, { docxTexts }, { preparedFontStream }] = await Promise.all([
      import('../render/docx/index.js'),
      import('./texts.js'),
      import('./font-streams.js'),
    ]);
    const { policy, brand, created, version, textOptions } = input;
    return renderDocx({
      policy,
      brand,
      texts: docxTexts(policy, textOptions),
      options: { creationDate: created, producer: `clausemark ${version}`, preparedFontStream },
      headingPages: await input.headingPages(),
    });
  },
};

export const POLICY_REPORT: ReportKind<PolicyRenderInput, Promise<Uint8Array>> = {
  command: 'build',
  formats: [pdf, docx],
  fallback: 'pdf',
  unknown: { messageId: 'build-format.unknown', fixId: 'build-format.use' },
};

/** "pdf,docx" → ['pdf', 'docx'] (each once, in the order given); a name not in the table is a usage error. */
export function parseFormats(value: string): string[] {
  const formats: string[] = [];
  for (const part of value.split(',').map((entry) => entry.trim().toLowerCase())) {
    const { name } = formatNamed(POLICY_REPORT, part);
    if (!formats.includes(name)) formats.push(name);
  }
  return formats;
}

/** The format whose extension a file name ends in (`.PDF` too), or undefined. */
export function formatOfFileName(file: string): string | undefined {
  const extension = extname(file).slice(1).toLowerCase();
  return POLICY_REPORT.formats.find((format) => format.extension === extension)?.name;
}
