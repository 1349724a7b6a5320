// A command's --format option made from its report kind's format table (src/report/formats/): commander lists the
// table's names as the choices, refuses any other, and defaults to the kind's fallback.
import { Option } from 'commander';
import { wordMessage } from '../io/messages.js';
import { FORMAT_OPTION } from './command-options.js';
import { formatNames, type ReportKind } from '../render/shared/format-table.js';

export function formatOption(kind: ReportKind<never, unknown>): Option {
  return new Option(FORMAT_OPTION, wordMessage({ messageId: 'help.opt-format', params: {} }))
    .choices(formatNames(kind))
    .default(kind.fallback);
}
