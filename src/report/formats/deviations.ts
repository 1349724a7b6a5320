// The formats of the deviation register (`deviations`, `compare --template`; src/jobs/deviations.ts). Its
// renderers are small and synchronous, so they are imported here and called at once.
import { renderHtml, renderJson, renderMarkdown, renderText } from '../../render/deviations/index.js';
import type { DeviationRegister } from '../../template/deviations.js';
import type { ReportKind } from '../../render/shared/format-table.js';

export const DEVIATIONS_REPORT: ReportKind<DeviationRegister, string> = {
  command: 'deviations',
  formats: [
    { name: 'text', extension: 'txt', binary: false, destination: 'stdout', render: renderText },
    { name: 'md', extension: 'md', binary: false, destination: 'stdout', render: renderMarkdown },
    { name: 'json', extension: 'json', binary: false, destination: 'stdout', render: renderJson },
    { name: 'html', extension: 'html', binary: false, destination: 'file', render: renderHtml },
  ],
  fallback: 'text',
  unknown: { messageId: 'deviations-job.unknown-format', fixId: 'output-format.use' },
  output: { example: (format) => `deviations.${format.extension}`, announce: 'always' },
};
