import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { editedFile, writeFileAtomic } from '../../io/atomic.js';
import { withFileLock } from '../../io/lock.js';
import { wordMessage } from '../../io/messages.js';
import { encodeSource } from '../../io/read.js';
import { adopts } from '../../model/adoption.js';
import type { MessageRef } from '../../model/diagnostics.js';
import type { Approval } from '../../model/policy.js';
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

/** What was recorded, in the user's words: the step with its body and part, who, and the date as people write it. */
function approvedLine(file: string, approval: Approval): string {
  const { name, role, date } = approval;
  if (adopts(approval)) return wordMessage({ messageId: 'approve-report.adopted', params: { file, name, role, date } });
  const right = approval.step ?? '';
  const step: MessageRef = approval.body
    ? approval.part && approval.part !== 'whole'
      ? { messageId: 'approve-report.step-body-part', params: { right, body: approval.body, part: approval.part } }
      : { messageId: 'approve-report.step-body', params: { right, body: approval.body } }
    : { messageId: 'approve-report.step', params: { right } };
  return wordMessage({ messageId: 'approve-report.recorded', params: { file, step, name, role, date } });
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('approve');
  program
    .command('approve')
    .description(words('description'))
    .argument('<file>', words('arg-file'))
    .requiredOption('--name <name>', words('opt-name'))
    .requiredOption('--role <role>', words('opt-role'))
    .option('--date <YYYY-MM-DD>', words('opt-date'))
    .option('--step <step>', words('opt-step'))
    .option('--body <body>', words('opt-body'))
    .option('--part <part>', words('opt-part'))
    .option('--outcome <outcome>', words('opt-outcome'))
    .option('--asked <YYYY-MM-DD>', words('opt-asked'))
    .option('--minutes <reference>', words('opt-minutes'))
    .option('--force', words('opt-force'))
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
        context.out(approvedLine(file, result.approval));
        const { status } = result;
        if (status.from !== status.to)
          context.out(
            wordMessage({
              messageId: 'approve-report.status',
              params: {
                from: { messageId: `policy-status.${status.from}` },
                to: { messageId: `policy-status.${status.to}` },
              },
            }),
          );
      },
    );
}
