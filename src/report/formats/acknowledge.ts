// The format of `acknowledge ask` (src/jobs/acknowledge-pdf.ts): one PDF a version asked, what changed and a sign
// list, written beside the version's records (it holds names: never under out/). There is no --format.
import type { ReportKind } from '../../render/shared/format-table.js';
import type { SignListInput } from '../../render/acknowledge/index.js';

export const ACKNOWLEDGE_REPORT: ReportKind<SignListInput, Promise<Uint8Array>> = {
  command: 'acknowledge',
  formats: [
    {
      name: 'pdf',
      extension: 'pdf',
      binary: true,
      named: 'terminal.pdf',
      destination: 'file',
      // Loaded when a version is asked: it pulls in the PDF engine and the fonts.
      render: async (input) => (await import('../../render/acknowledge/index.js')).renderSignList(input),
    },
  ],
  fallback: 'pdf',
  unknown: { messageId: 'build-format.unknown', fixId: 'output-format.use' },
};
