// The law a policy's kind cites was read against its consolidated text more than a year ago (issue 70): laws change
// every year (the schoolondersteuningsprofiel lapsed on 1 August 2026), so the legal data in templates/law/ —
// each law's `checked:`, the day its articles were read — is noted when older than a year, for every policy whose
// procedure steps or topic list cite it. Today comes from a clock a test can set (lawOutdatedAt).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../io/root.js';
import { todayIso } from '../../procedure/evaluate.js';
import { readLawIndex, type RecordedLaw } from '../../procedure/law-index.js';
import { proceduresFor } from '../../procedure/load.js';
import type { KindProcedure } from '../../procedure/types.js';
import { namedKind } from '../../model/kind.js';
import type { Rule } from '../rule.js';
import { valuePlace } from './support.js';

/** A kind as a file name: a lower-case slug. */
const KIND = /^[a-z0-9][a-z0-9-]*$/;

/** Legal data read longer ago than this is noted. */
const MAX_AGE_DAYS = 365;

/** The templates/ folder of `root` that holds `sub`, else clausemark's own. */
function templatesWith(root: string, sub: string): string {
  return existsSync(join(root, 'templates', sub)) ? join(root, 'templates') : join(PACKAGE_ROOT, 'templates');
}

/** Every `checked:` address in a YAML value (a topic list's law entries). */
function checkedAddresses(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) checkedAddresses(item, out);
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (key === 'checked' && typeof child === 'string') out.push(child);
      else checkedAddresses(child, out);
    }
  return out;
}

/** The addresses where the law the kind's procedure and topic list cite was read. */
function citedAddresses(kind: string, policyPath: string, root: string): string[] {
  const addresses: string[] = [];
  let procedure: KindProcedure | undefined;
  try {
    procedure = proceduresFor(policyPath, root).kinds[kind];
  } catch {
    // A procedure file that cannot be read is the procedure rules' to report; the topic list is still read.
  }
  for (const step of procedure?.steps ?? []) addresses.push(step.checked);
  if (procedure?.reviewChecked) addresses.push(procedure.reviewChecked);
  const topics = join(templatesWith(root, join('topics', `${kind}.yaml`)), 'topics', `${kind}.yaml`);
  try {
    if (existsSync(topics)) checkedAddresses(parse(readFileSync(topics, 'utf8')), addresses);
  } catch {
    // A topic list that cannot be read is compare's to report, with its place.
  }
  return addresses;
}

/** The recorded laws read more than a year before `today` (YYYY-MM-DD) that `addresses` cite. */
function staleLaws(laws: ReadonlyMap<string, RecordedLaw>, addresses: readonly string[], today: string): RecordedLaw[] {
  const limit = new Date(Date.parse(today) - MAX_AGE_DAYS * 86_400_000).toISOString().slice(0, 10);
  return [...laws.values()].filter(
    (law) => law.checked < limit && addresses.some((address) => address.startsWith(law.address)),
  );
}

/** The rule with `now` as its clock (milliseconds since the epoch, as Date.now gives). */
export function lawOutdatedAt(now: () => number): Rule {
  return {
    id: 'law-outdated',
    severity: 'warning',
    description: 'the law texts the policy’s kind cites were read against the text in force more than a year ago',
    run({ policy, project }) {
      const kind = namedKind(policy);
      // A kind names a file under templates/: only a slug does (field-type reports another).
      if (kind === undefined || !KIND.test(kind)) return [];
      let laws: Map<string, RecordedLaw>;
      try {
        laws = readLawIndex(templatesWith(project.root, 'law'));
      } catch {
        // A law file this reader cannot read (a project's own, malformed) leaves the rule nothing to date: it notes
        // nothing rather than stop the check; the shipped files are held to the reader by legal-references.test.ts.
        return [];
      }
      const stale = staleLaws(laws, citedAddresses(kind, policy.path, project.root), todayIso(now()));
      if (stale.length === 0) return [];
      return [
        {
          messageId: 'law-outdated.stale',
          fixId: 'law-outdated.read-again',
          params: {
            laws: stale.map((law) => `${law.law} (${law.checked})`).join(', '),
            files: stale.map((law) => law.file.slice(law.file.lastIndexOf('templates'))).join(', '),
          },
          place: valuePlace(policy, 'kind'),
        },
      ];
    },
  };
}

export const lawOutdated: Rule = lawOutdatedAt(Date.now);
