// The formats `compare` writes (src/jobs/compare.ts): the provision matrix for the terminal, Markdown tables,
// the alignment as JSON, the comparison page and the landscape PDF report.
import type { Alignment } from '../../compare/read/types.js';
import type { Policy } from '../../model/policy.js';
import type { Labels } from '../../wording/labels.js';
import type { OutputFormat, Rendered, ReportKind } from '../../render/shared/format-table.js';

/** What every compare renderer is given: the documents compared and their alignment. */
export interface CompareRenderInput {
  policies: Policy[];
  alignment: Alignment;
  /** Project root (templates/ lives here). */
  root: string;
  /** The comparison's language: its base document's (src/compare/read/base-policy.ts). */
  lang: string;
  /** The labels in that language, loaded when a format words something with them. */
  labels(): Labels;
  /** Folder of the disk cache of word layouts, for the PDF (src/build/shaping-cache.ts). */
  shapingCache?: string;
  /** The workplace's download (html): a question is answered there, so the page shows no command. */
  served?: boolean;
}

/**
 * The input of every compare renderer for a comparison, as `compare` and `npm start` give it: the labels in the
 * language of the document the others are compared with (Dutch when it names none), loaded when first asked for.
 */
export async function compareRenderInput(
  policies: Policy[],
  alignment: Alignment,
  options: { root: string; shapingCache?: string | undefined; served?: boolean | undefined },
): Promise<CompareRenderInput> {
  const [{ comparisonLanguage }, { loadLabels }] = await Promise.all([
    import('../../compare/read/base-policy.js'),
    import('../../wording/labels.js'),
  ]);
  const lang = comparisonLanguage(policies, alignment);
  return {
    policies,
    alignment,
    root: options.root,
    lang,
    labels: () => loadLabels(lang, { root: options.root }),
    ...(options.shapingCache !== undefined ? { shapingCache: options.shapingCache } : {}),
    ...(options.served ? { served: true } : {}),
  };
}

type CompareFormatRow = OutputFormat<CompareRenderInput, Promise<Rendered>>;

const text: CompareFormatRow = {
  name: 'text',
  extension: 'txt',
  binary: false,
  destination: 'stdout',
  render: async ({ alignment, labels }) =>
    (await import('../../render/compare/text.js')).renderCompareText(alignment, labels()),
};

const md: CompareFormatRow = {
  name: 'md',
  extension: 'md',
  binary: false,
  destination: 'stdout',
  render: async ({ alignment, labels }) =>
    (await import('../../render/compare/markdown.js')).renderCompareMarkdown(alignment, labels()),
};

const json: CompareFormatRow = {
  name: 'json',
  extension: 'json',
  binary: false,
  destination: 'stdout',
  render: async ({ alignment, labels }) =>
    (await import('../../render/compare/json.js')).renderCompareJson(alignment, labels()),
};

const html: CompareFormatRow = {
  name: 'html',
  extension: 'html',
  binary: false,
  destination: 'stdout',
  render: async ({ policies, alignment, root, lang, served }) =>
    (await import('../documents/standalone.js')).renderComparisonHtml(policies, alignment, root, lang, served),
};

const pdf: CompareFormatRow = {
  name: 'pdf',
  extension: 'pdf',
  binary: true,
  named: 'terminal.pdf',
  destination: 'stdout',
  render: async ({ policies, alignment, root, lang, shapingCache }) => {
    const [{ buildComparePdf }, { useShapingCache }] = await Promise.all([
      import('../documents/compare-pdf.js'),
      import('../../build/shaping-cache.js'),
    ]);
    // The disk cache of word layouts, as for policy builds: laying out each word is most of the work.
    const cache = useShapingCache(shapingCache);
    const bytes = await buildComparePdf(policies, alignment, { root, lang });
    cache?.flush();
    return bytes;
  },
};

export const COMPARE_REPORT: ReportKind<CompareRenderInput> = {
  command: 'compare',
  formats: [text, md, json, html, pdf],
  fallback: 'text',
  unknown: { messageId: 'compare-job.unknown-format', fixId: 'output-format.use' },
  terminal: { argument: '--format', fixId: 'terminal.name-comparison' },
  output: { example: (format) => `comparison.${format.extension}`, announce: 'always' },
};
