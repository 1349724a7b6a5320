// `clausemark dossier ORG`: the inspection dossier of one organisation, a PDF with its data attached
// (src/jobs/dossier.ts).
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { relative } from 'node:path';
import { discoverPolicies } from '../../io/discover.js';
import { wordCounted, wordMessage } from '../../io/messages.js';
import type { CommandContext } from '../context.js';
import type { Dossier } from '../../procedure/dossier.js';

interface DossierOptions {
  out?: string;
  at?: string;
  brand?: string;
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('dossier');
  program
    .command('dossier')
    .description(words('description'))
    .argument('<org>', words('arg-org'))
    .argument('[paths...]', words('arg-paths'))
    .option('--out <file>', words('opt-out'))
    .option('--at <YYYY-MM-DD>', words('opt-at'))
    .option('--brand <name>', words('opt-brand'))
    .action(async (org: string, paths: string[], options: DossierOptions) => {
      const { dossierJob } = await import('../../jobs/dossier.js');
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
      // "0 in force" alone reads as an empty dossier: say why, and the date to ask for when one was adopted for later.
      if (result.dossier.policies.length === 0) context.out(emptyReason(result.dossier));
    });
}

/** Why no policy is in force on the dossier's date: adopted for a later date (the first, and its --at), or none adopted. */
function emptyReason(dossier: Dossier): string {
  const later = dossier.notInForce.flatMap((policy) => (policy.inForceFrom ? [policy.inForceFrom] : [])).sort();
  // Withdrawn, expired or before the history: "none adopted" would not be true of every one.
  const otherwise = dossier.notInForce.some((policy) => policy.retired || policy.expired || policy.historyFrom);
  if (otherwise) return wordMessage({ messageId: 'dossier-empty.see-list', params: { date: dossier.date } });
  if (later.length === 0)
    return wordCounted('dossier-empty.none-adopted', dossier.notInForce.length, { date: dossier.date });
  return wordCounted('dossier-empty.later', later.length, { date: dossier.date, from: later[0]!, org: dossier.org });
}
