// `clausemark dossier ORG`: the inspection dossier of one organisation, a PDF with its data attached
// (src/pipeline/jobs/dossier.ts).
import type { Command } from 'commander';
import { relative } from 'node:path';
import { discoverPolicies } from '../../io/discover.js';
import { wordMessage } from '../../io/messages.js';
import type { CommandContext } from '../context.js';

interface DossierOptions {
  out?: string;
  at?: string;
  brand?: string;
}

export function register(program: Command, context: CommandContext): void {
  program
    .command('dossier')
    .description('the inspection dossier of an organisation: its policies in force, their adoption and approval trail')
    .argument('<org>', 'the organisation: its folder under policies/')
    .argument('[paths...]', 'policy files or folders (default: policies/)')
    .option('--out <file>', 'the PDF to write (default: out/dossier-<org>.pdf)')
    .option('--at <YYYY-MM-DD>', 'the date the dossier is made for (default: today)')
    .option('--brand <name>', 'brand from templates/brands/ (default: the organisation’s)')
    .action(async (org: string, paths: string[], options: DossierOptions) => {
      const { dossierJob } = await import('../../pipeline/jobs/dossier.js');
      const result = await dossierJob(discoverPolicies(paths, ['policies']), {
        root: context.project.root,
        org,
        ...(options.at !== undefined ? { at: options.at } : {}),
        ...(options.out !== undefined ? { out: options.out } : {}),
        ...(options.brand !== undefined ? { brand: options.brand } : {}),
      });
      context.out(
        wordMessage({
          messageId: 'dossier-report.written',
          params: {
            organisation: result.dossier.organisation,
            count: String(result.dossier.policies.length),
            date: result.dossier.date,
            file: relative('.', result.file),
          },
        }),
      );
    });
}
