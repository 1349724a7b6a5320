// The line import ends with: how many of the source's words the policy keeps, keeps as its numbering, left out and
// listed in the report (and why, in lines per reason: a table of contents, page furniture, the cover), and lost.
// "0 lost" only when every word is in one of the others (issue 39 item 6); beside it what could not be read at all (a
// scanned page, a symbol no character is known for), the pages read in an order that may be wrong (perhaps two
// columns), Word's date fields, kept as last shown but no dates of the policy, and a template's fill-ins never filled
// in. A Word document brought back into its source says instead what changed there: what it left out (its cover,
// contents) is no loss of the source's.
import { wordMessage } from '../io/messages.js';
import type { MessageRef } from '../model/diagnostics.js';
import type { Accounting } from './account.js';
import type { ImportResult } from './result.js';
import { counted } from './blocks.js';

/** What a run's summary is made of. */
export interface SummaryInput {
  target: string;
  file: string;
  written: boolean;
  accounting: Accounting;
  /** The text left out, each with why, worded ("table of contents"). */
  dropped: readonly { reason: string }[];
}

/** The lines left out per reason, in the order the reasons first occur: "table of contents, 10 lines". */
function leftOut(dropped: SummaryInput['dropped']): string {
  const lines = new Map<string, number>();
  for (const { reason } of dropped) lines.set(reason, (lines.get(reason) ?? 0) + 1);
  if (lines.size === 0) return '';
  const reasons = [...lines].map(([reason, count]) =>
    wordMessage({
      messageId: 'import-summary.reason-lines',
      params: { reason, lines: counted(count, ['import-count.line', 'import-count.lines']) },
    }),
  );
  return wordMessage({ messageId: 'import-summary.left-out', params: { reasons: reasons.join('; ') } });
}

/** The note `messageId` says of `pages` ("; niet gelezen: 1 pagina …"), or an empty string where there are none. */
function pagesNote(messageId: string, pages: readonly number[] | undefined): string {
  if (!pages?.length) return '';
  return wordMessage({
    messageId,
    params: { pages: counted(pages.length, ['import-count.page', 'import-count.pages']) },
  });
}

/** The note `messageId` says of named things ("; not read: 2 symbols (Wingdings F0FF, …)"), or '' where there are none. */
function namedNote(
  messageId: string,
  key: string,
  names: readonly string[] | undefined,
  count: readonly [string, string],
): string {
  if (!names?.length) return '';
  return wordMessage({
    messageId,
    params: { [key]: counted(names.length, count), names: [...new Set(names)].join(', ') },
  });
}

/**
 * What stands beside "0 lost": pages that are pictures of text and symbols no character is known for were not read,
 * so their words are in none of the counts (signs being no words); pages that may be set in two columns were read
 * across them, no word lost but perhaps out of order; Word's date fields were kept as last shown, no dates of the
 * policy; a school's own fill-ins ("[naam directeur]") were kept as they stand, still to be filled in.
 */
function besideTheCounts({ unreadPages, unreadSymbols, unorderedPages, dateFields, fillIns }: Accounting): string {
  return [
    pagesNote('import-summary.unread', unreadPages),
    namedNote('import-summary.unread-symbols', 'symbols', unreadSymbols, [
      'import-count.symbol',
      'import-count.symbols',
    ]),
    pagesNote('import-summary.unordered', unorderedPages),
    namedNote('import-summary.date-fields', 'fields', dateFields, [
      'import-count.date-field',
      'import-count.date-fields',
    ]),
    namedNote('import-summary.fill-ins', 'fillIns', fillIns, ['import-count.fill-in', 'import-count.fill-ins']),
  ].join('');
}

/** The summary of one import, by id (worded when printed). */
export function importSummary({ target, file, written, accounting, dropped }: SummaryInput): MessageRef {
  const { kept, total, numbering, listed, missing } = accounting;
  return {
    messageId: written ? 'import-summary.wrote' : 'import-summary.would-write',
    params: {
      target,
      file,
      kept,
      total,
      numbering,
      listed,
      leftOut: leftOut(dropped),
      lost: missing.length,
      unread: besideTheCounts(accounting),
    },
  };
}

/**
 * The summary of a Word document brought back into its source (`result.brought`): what changed there, or that it
 * already said what the document says (nothing written, and no dry run).
 */
export function broughtSummary(
  result: Pick<ImportResult, 'written' | 'brought'>,
  params: { target: string; file: string },
  dryRun: boolean,
): MessageRef | undefined {
  if (!result.brought) return undefined;
  const { lapsed: _lapsed, ...counts } = result.brought;
  const messageId =
    !result.written && !dryRun
      ? 'import-summary.into-unchanged'
      : result.written
        ? 'import-summary.into-wrote'
        : 'import-summary.into-would-write';
  return { messageId, params: { ...params, ...counts } };
}
