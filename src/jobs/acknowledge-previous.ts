// Which version was asked before the one asked now, and its text, so `acknowledge ask` diffs against the right one
// (docs/acknowledge.md, "Asked again only when it matters"). The version before is the latest earlier one: the
// version the policy's `supersedes` names when it was asked, else the highest version up to this one, then the latest
// date, then the last row written. Its text is looked for in the file's git history and, for a revision in a
// revisions/ folder, in the files of the same policy above and beside it (the version it supersedes), or in the file
// named with --previous.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { versionsByPolicy } from '../build/versions.js';
import { readRecords } from '../io/acknowledgements.js';
import { errorById } from '../io/messages.js';
import type { AckRecord } from '../model/acknowledgement.js';
import { approvalHash } from '../model/fingerprint.js';
import type { Policy } from '../model/policy.js';
import { loadPolicy } from '../parse/index.js';
import { compareVersions } from '../template/store.js';
import { type AcknowledgeContext, adoptedPolicy, otherVersionFiles } from './acknowledge-context.js';

export interface PreviousAsk {
  version: string;
  hash: string;
  policy: Policy;
  records: AckRecord[];
}

/** An `asked` row of another text, with the rows of its file and its place among all rows read (file, then line). */
interface AskedRow {
  record: AckRecord;
  records: AckRecord[];
  order: number;
}

function refuse(messageId: string, params: Record<string, string>, argument: string): never {
  throw errorById(
    { messageId: `acknowledge-job.${messageId}`, fixId: `acknowledge-job.${messageId}-fix`, params },
    { place: { argument }, ruleId: 'bad-arguments' },
  );
}

/** Every row that asked for another text than this version's, from every record file of the policy. */
function askedRows(context: AcknowledgeContext): AskedRow[] {
  const rows: AskedRow[] = [];
  for (const file of [...otherVersionFiles(context), context.recordFile]) {
    const records = file === context.recordFile ? context.records : readRecords(file);
    for (const record of records)
      if (record.type === 'asked' && record.hash !== context.hash) rows.push({ record, records, order: rows.length });
  }
  return rows;
}

/** Later by version, then by date, then by the row written last: asked on one day, 2.1 follows 2.0. */
const askedLater = (a: AskedRow, b: AskedRow): number =>
  compareVersions(a.record.version, b.record.version) ||
  a.record.date.localeCompare(b.record.date, 'en') ||
  a.order - b.order;

/** The rows that can be the version before `policy`: the one it supersedes, else those not after it. */
function earlierRows(rows: readonly AskedRow[], policy: Policy): readonly AskedRow[] {
  const { supersedes, version } = policy.meta;
  const superseded = rows.filter((row) => row.record.version === supersedes);
  if (superseded.length > 0) return superseded;
  const notAfter = rows.filter((row) => compareVersions(row.record.version, version) <= 0);
  return notAfter.length > 0 ? notAfter : rows;
}

/** The text asked before this one (its hash, version and the rows of its file), or undefined for a first ask. */
export function previousHash(
  context: AcknowledgeContext,
): { hash: string; version: string; records: AckRecord[] } | undefined {
  const best = earlierRows(askedRows(context), context.policy).reduce<AskedRow | undefined>(
    (found, row) => (found === undefined || askedLater(row, found) > 0 ? row : found),
    undefined,
  );
  return best && { hash: best.record.hash, version: best.record.version, records: best.records };
}

/** The markdown files of a folder (not beneath it); none when it cannot be read. */
function markdownIn(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.toLowerCase().endsWith('.md'))
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

/** The files that may hold an earlier text of `policy`: its own, and for a revision those of its policy around it. */
function policyFiles(file: string, policy: Policy): string[] {
  const folder = dirname(file);
  if (basename(folder) !== 'revisions') return [file];
  const samePolicy = (path: string): boolean => {
    const { org, id } = loadPolicy(path).policy.meta;
    return org === policy.meta.org && id === policy.meta.id;
  };
  const around = [...markdownIn(dirname(folder)), ...markdownIn(folder)].filter(
    (path) => basename(path) !== basename(file) || dirname(path) !== folder,
  );
  return [file, ...around.filter(samePolicy)];
}

/** The version asked before, with its text: from --previous, else from the policy's files and their git history. */
export function previousAsk(
  context: AcknowledgeContext,
  options: { previous?: string },
  root: string,
): PreviousAsk | undefined {
  const found = previousHash(context);
  if (!found) return undefined;
  if (options.previous !== undefined) {
    const given = adoptedPolicy(options.previous, root);
    if (approvalHash(given) === found.hash) return { ...found, policy: given };
    refuse(
      'previous-other-text',
      { file: options.previous, given: given.meta.version, version: found.version, hash: found.hash },
      '--previous',
    );
  }
  const policy = versionsByPolicy(policyFiles(context.file, context.policy), root)
    .flat()
    .map((version) => version.policy)
    .find((candidate) => approvalHash(candidate) === found.hash);
  if (!policy) refuse('previous-missing', { version: found.version, hash: found.hash }, context.file);
  return { ...found, policy };
}
