// The files `build` can write for a policy. A module of its own so the CLI can check --format without loading the
// renderers (pdfkit, docx), which are most of a cold start.
export const OUTPUT_FORMATS = ['pdf', 'docx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
