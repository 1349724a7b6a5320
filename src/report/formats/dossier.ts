// The format of `dossier` (src/jobs/dossier.ts): one PDF per organisation with its data attached as JSON,
// written to out/dossier-<org>.pdf unless --out names the file. There is no --format: the table has one row.
import type { DossierInput } from '../../render/dossier/index.js';
import type { ReportKind } from '../../render/shared/format-table.js';

export const DOSSIER_REPORT: ReportKind<DossierInput, Promise<Uint8Array>> = {
  command: 'dossier',
  formats: [
    {
      name: 'pdf',
      extension: 'pdf',
      binary: true,
      named: 'terminal.pdf',
      destination: 'file',
      // Loaded when a dossier is made: it pulls in the PDF engine and the fonts.
      render: async (input) => (await import('../../render/dossier/index.js')).renderDossier(input),
    },
  ],
  fallback: 'pdf',
  unknown: { messageId: 'build-format.unknown', fixId: 'output-format.use' },
};
