// A revision whose `supersedes` names a version no file of the project has, or its own version: `npm start` makes no
// board pack for it (src/report/corpus/revisions.ts pairs it with nothing) and the workplace offers none. Like
// duplicate-policy, a property of files together: the versions are those of the files checked and, for what they do not
// hold, of the project's policies/ folder. A warning, not an error: an old version may have been removed on purpose
// (git keeps it), and nothing built from the revision is wrong, only the board pack missing.
import { join } from 'node:path';
import { discoverPolicies } from '../io/discover.js';
import type { UnwordedFinding } from '../model/diagnostics.js';
import type { Span } from '../model/policy.js';
import { loadPolicyCached } from '../parse/cached.js';
import type { LocatedPolicy } from './duplicates.js';

export const SUPERSEDES_UNKNOWN_RULE = 'supersedes-unknown';

const versionKey = (org: string, id: string, version: string): string => `${org}\0${id}\0${version}`;

/** The versions of the project's policies/ folder, read only when a `supersedes` is not among the files checked. */
function projectVersions(root: string): Set<string> {
  const known = new Set<string>();
  for (const file of discoverPolicies([], [join(root, 'policies')])) {
    try {
      const { policy, findings } = loadPolicyCached(file);
      if (findings.some((finding) => finding.fatal)) continue;
      known.add(versionKey(policy.meta.org, policy.meta.id, policy.meta.version));
    } catch {
      // A file that cannot be read holds no version; check says so of it where it is checked.
    }
  }
  return known;
}

/** `check`'s warning, per file, for a `supersedes` that names a version of its policy no file has. */
export function unknownSupersedesFindings(
  entries: readonly LocatedPolicy[],
  root: string | undefined,
): Map<string, UnwordedFinding[]> {
  const known = new Set(entries.map(({ policy: { meta } }) => versionKey(meta.org, meta.id, meta.version)));
  // Its own version is no earlier one, though its own file has it.
  const ownVersion = ({ policy: { meta } }: LocatedPolicy): boolean => meta.supersedes === meta.version;
  const open = entries.filter((entry) => {
    const { org, id, supersedes } = entry.policy.meta;
    return supersedes !== undefined && (ownVersion(entry) || !known.has(versionKey(org, id, supersedes)));
  });
  const findings = new Map<string, UnwordedFinding[]>();
  if (open.length === 0) return findings;
  const inProject = root === undefined ? new Set<string>() : projectVersions(root);
  for (const entry of open) {
    const { file, policy } = entry;
    const { org, id, version, supersedes = '' } = policy.meta;
    const own = ownVersion(entry);
    if (!own && inProject.has(versionKey(org, id, supersedes))) continue;
    const field = policy.frontmatter?.fields.supersedes?.value;
    const start = field?.start ?? policy.frontmatter?.span.start ?? { line: 1, column: 1 };
    const place: Span = { start, end: field?.end ?? start };
    const finding: UnwordedFinding = {
      ruleId: SUPERSEDES_UNKNOWN_RULE,
      severity: 'warning',
      messageId: own ? 'supersedes-unknown.own-version' : 'supersedes-unknown.no-such-version',
      fixId: 'supersedes-unknown.name-version',
      params: { id, org, version, supersedes },
      place,
    };
    findings.set(file, [finding]);
  }
  return findings;
}
