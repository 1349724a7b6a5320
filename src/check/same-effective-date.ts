// Two adopted versions of one policy that enter into force on the same day: the board adopted two texts for that
// day, and the dossier, `build --at` and the overview take the one adopted last (src/procedure/in-force.ts) without a
// word. Like duplicate-policy, a property of the files checked together: each such file gets the error, naming the
// other (rule `duplicate-effective-date`).
import { adoptionOf, adopts, datedAfter } from '../model/adoption.js';
import type { UnwordedFinding } from '../model/diagnostics.js';
import type { Policy } from '../model/policy.js';
import { duplicatePlace, type LocatedPolicy } from './duplicates.js';

export const SAME_EFFECTIVE_RULE = 'duplicate-effective-date';

/**
 * The day a version adopted on `day` enters into force, as in-force.ts reads it: `effective`, else its adoption's
 * date.
 */
export function inForceFromOf(policy: Policy, day: string): string | undefined {
  if (adoptionOf(policy, day).status !== 'approved') return undefined;
  const adoption = policy.meta.approvals
    .filter((approval) => adopts(approval) && approval.date && !datedAfter(approval, day))
    .at(-1);
  if (!adoption) return undefined;
  const { effective } = policy.meta;
  return effective && /^\d{4}-\d{2}-\d{2}$/.test(effective) ? effective : adoption.date;
}

/** `check`'s findings, per file, for every adopted version that enters into force on another's day. */
export function sameEffectiveFindings(entries: readonly LocatedPolicy[]): Map<string, UnwordedFinding[]> {
  const groups = new Map<string, LocatedPolicy[]>();
  for (const entry of entries) {
    const { org, id } = entry.policy.meta;
    if (!entry.policy.inForceFrom) continue;
    const key = `${org}\0${id}\0${entry.policy.inForceFrom}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const findings = new Map<string, UnwordedFinding[]>();
  for (const group of groups.values()) {
    // The same version twice is duplicate-policy's to say.
    if (new Set(group.map((entry) => entry.policy.meta.version)).size < 2) continue;
    for (const entry of group)
      for (const other of group) {
        if (other.policy.meta.version === entry.policy.meta.version) continue;
        const finding: UnwordedFinding = {
          ruleId: SAME_EFFECTIVE_RULE,
          severity: 'error',
          messageId: `${SAME_EFFECTIVE_RULE}.same-date`,
          fixId: `${SAME_EFFECTIVE_RULE}.own-date`,
          params: {
            file: other.file,
            id: entry.policy.meta.id,
            other: other.policy.meta.version,
            date: entry.policy.inForceFrom ?? '',
          },
          place: duplicatePlace(entry.policy),
        };
        findings.set(entry.file, [...(findings.get(entry.file) ?? []), finding]);
      }
  }
  return findings;
}
