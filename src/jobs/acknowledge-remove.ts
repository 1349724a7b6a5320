// `acknowledge remove`: the retention of acknowledgement records (issue 72 item 6, docs/acknowledge.md). A version's
// record file is kept while its version is the one asked last and, once a later version of the policy was asked, for
// the retention term after that (acknowledgements/settings.yaml `retention`, default 1y); then this command removes
// it. Nothing else removes a record.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACKNOWLEDGEMENTS_DIR, readRecords } from '../io/acknowledgements.js';
import { errorById } from '../io/messages.js';
import { addDuration, isDuration } from '../procedure/duration.js';

export const DEFAULT_RETENTION = '1y';

export interface RemovedFile {
  file: string;
  /** The day a later version was first asked. */
  superseded: string;
  /** The day the retention term ended. */
  expired: string;
}

/** The retention term of acknowledgements/settings.yaml, or the default. */
export function retentionOf(dir = ACKNOWLEDGEMENTS_DIR): string {
  const file = join(dir, 'settings.yaml');
  if (!existsSync(file)) return DEFAULT_RETENTION;
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch {
    data = undefined;
  }
  const retention = (data as { retention?: unknown } | undefined)?.retention;
  if (retention === undefined) return DEFAULT_RETENTION;
  if (typeof retention !== 'string' || !isDuration(retention)) {
    throw errorById(
      {
        messageId: 'acknowledge-file.bad-retention',
        fixId: 'acknowledge-file.see-docs',
        params: { value: String(retention) },
      },
      { place: { file }, ruleId: 'acknowledge-file' },
    );
  }
  return retention;
}

const folders = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()) : [];

/** The record files whose retention ended on or before `today`: removed unless `dryRun`. */
export function removeExpired(today: string, options: { dir?: string; dryRun?: boolean } = {}): RemovedFile[] {
  const dir = options.dir ?? ACKNOWLEDGEMENTS_DIR;
  const retention = retentionOf(dir);
  const removed: RemovedFile[] = [];
  for (const org of folders(dir)) {
    for (const policy of folders(join(dir, org))) {
      const folder = join(dir, org, policy);
      const versions = readdirSync(folder)
        .filter((name) => name.endsWith('.csv'))
        .map((name) => {
          const file = join(folder, name);
          const asked = readRecords(file)
            .filter((record) => record.type === 'asked')
            .map((record) => record.date);
          return { file, first: asked.sort()[0] };
        })
        .filter((version): version is { file: string; first: string } => version.first !== undefined)
        .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
      for (const [index, version] of versions.entries()) {
        const later = versions[index + 1];
        if (!later) continue;
        const expired = addDuration(later.first, retention)!;
        if (expired > today) continue;
        removed.push({ file: version.file, superseded: later.first, expired });
        if (!options.dryRun) rmSync(version.file);
      }
    }
  }
  return removed;
}
