// The files `build` can write for a policy. A module of its own so the CLI can check --format without loading the
// renderers (pdfkit, docx), which are most of a cold start.
import { ClausemarkError } from '../model/errors.js';

export const OUTPUT_FORMATS = ['pdf', 'docx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** "pdf,docx" → ['pdf', 'docx']; anything else is a usage error naming the option. */
export function parseFormats(value: string): OutputFormat[] {
  const formats: OutputFormat[] = [];
  for (const part of value.split(',').map((entry) => entry.trim().toLowerCase())) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(part)) {
      throw new ClausemarkError(`unknown output format "${part}"`, {
        place: { argument: '--format' },
        hint: `use ${OUTPUT_FORMATS.join(', ')} or both separated by a comma (--format pdf,docx)`,
        ruleId: 'bad-arguments',
      });
    }
    if (!formats.includes(part as OutputFormat)) formats.push(part as OutputFormat);
  }
  return formats;
}
