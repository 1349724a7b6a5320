// The files `build` can write for a policy. A module of its own so the CLI can check --format without loading the
// renderers (pdfkit, docx), which are most of a cold start.
import { errorById } from '../io/messages.js';

export const OUTPUT_FORMATS = ['pdf', 'docx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** "pdf,docx" → ['pdf', 'docx']; anything else is a usage error naming the option. */
export function parseFormats(value: string): OutputFormat[] {
  const formats: OutputFormat[] = [];
  for (const part of value.split(',').map((entry) => entry.trim().toLowerCase())) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(part)) {
      throw errorById(
        {
          messageId: 'build-format.unknown',
          fixId: 'build-format.use',
          params: { format: part, formats: OUTPUT_FORMATS.join(', ') },
        },
        { place: { argument: '--format' }, ruleId: 'bad-arguments' },
      );
    }
    if (!formats.includes(part as OutputFormat)) formats.push(part as OutputFormat);
  }
  return formats;
}
