import type { Command } from 'commander';
import { editedFile, writeFileAtomic } from '../../io/atomic.js';
import { withFileLock } from '../../io/lock.js';
import { encodeSource } from '../../io/read.js';
import type { CommandContext } from '../context.js';

type ProcedureOptions = Partial<Record<'body' | 'part' | 'outcome' | 'asked' | 'minutes', string>>;

/** The procedure's fields given on the command line (docs/procedure.md). */
function procedureFields(options: ProcedureOptions): ProcedureOptions {
  const fields: ProcedureOptions = {};
  for (const field of ['body', 'part', 'outcome', 'asked', 'minutes'] as const) {
    if (options[field] !== undefined) fields[field] = options[field];
  }
  return fields;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function register(program: Command, context: CommandContext): void {
  program
    .command('approve')
    .description('record an approval in the policy, with the hash of the text being approved')
    .argument('<file>', 'the policy file')
    .requiredOption('--name <name>', 'who approves (a person or a body, e.g. "GMR")')
    .requiredOption('--role <role>', 'their role, e.g. "Voorzitter College van Bestuur"')
    .option('--date <YYYY-MM-DD>', 'date of the decision (default: today)')
    .option(
      '--step <step>',
      'procedure step, e.g. advies, instemming, vaststelling (the default, final step adopts the policy)',
    )
    .option('--body <body>', 'who took the step: MR, GMR, deelraad, bestuur (default: read from --role)')
    .option('--part <part>', 'which part of the council: whole, personeel, ouders/leerlingen (default: whole)')
    .option('--outcome <outcome>', 'positief, negatief or "onder voorwaarden" (default: positief)')
    .option('--asked <YYYY-MM-DD>', 'when the body was asked')
    .option('--minutes <reference>', 'where the decision is minuted')
    .option('--force', 'rewrite the file even when it is read-only (it stays read-only)')
    .action(
      async (
        file: string,
        options: { name: string; role: string; date?: string; step?: string; force?: boolean } & ProcedureOptions,
      ) => {
        // Imported here, not at the top: `clausemark --help` registers every command and should not load the parser.
        const { approveFile } = await import('../../pipeline/jobs/approve.js');
        // Read under the file's lock: approvals recorded at the same moment (a board's members in two terminals)
        // each start from the file as the previous one left it, so none is lost.
        const result = withFileLock(editedFile(file), () => {
          const approved = approveFile(
            file,
            {
              name: options.name,
              role: options.role,
              date: options.date ?? today(),
              ...(options.step ? { step: options.step } : {}),
              ...procedureFields(options),
            },
            context.project,
          );
          writeFileAtomic(file, encodeSource(approved.source, approved.encoding), {
            force: options.force === true,
            forceOption: '--force',
            edit: true,
          });
          return approved;
        });
        const { approval, status } = result;
        context.out(
          `${file}: approved ${approval.step ? `(${approval.step}) ` : ''}by ${approval.name}, ${approval.role}, on ${approval.date}`,
        );
        if (status.from !== status.to) context.out(`status: ${status.from} → ${status.to}`);
      },
    );
}
