// The corpus that `start` makes its reports from, read and planned once for all of them: the board packs, the
// comparison and the HTML report. One CorpusWork per run parses each policy once, looks up its version in force in
// git once and computes each revision's diff on first use, then hands the same objects to every report, so no pair
// of versions is diffed twice (tests/build/diff-once.integration.test.ts).
import { loadBrand, resolveBrandName } from '../../brand/load.js';
import type { Brand } from '../../brand/types.js';
import { diffPolicies, type PolicyDiff } from '../../diff/index.js';
import { isClausemarkError } from '../../model/errors.js';
import type { Policy } from '../../model/policy.js';
import { loadPolicy } from '../../parse/index.js';
import { numberByBrand } from '../../parse/own-numbering.js';
import { attachProcedure } from '../../procedure/attach.js';
import { type InForce, versionInForce, versionsInForce } from './in-force.js';
import { revisionPairs } from './revisions.js';
import { resolve } from 'node:path';

/** Two versions of a policy and their diff, computed on the first call and shared after. */
export interface Revision {
  old: Policy;
  new: Policy;
  diff(): PolicyDiff;
}

/** What one run reads and computes once, whichever report asks first. */
export interface CorpusWork {
  /** The project root (templates/). */
  root: string;
  /** The policy in `file`, numbered as its PDF is; undefined when it cannot be read (check says why). */
  read(file: string): Policy | undefined;
  /** The policy's brand (colours, logo, numbering); undefined when it cannot be loaded (the default style serves). */
  brandOf(policy: Policy): Brand | undefined;
  /** Its version in force from git, when it is a proposal revised in place (src/report/corpus/in-force.ts). */
  inForceOf(policy: Policy): InForce | undefined;
  diffOf(old: Policy, next: Policy): PolicyDiff;
}

export interface CorpusPlan {
  /** The readable policies, in the order of the files given. */
  policies: Policy[];
  /** Files left out because they cannot be read. */
  skipped: string[];
  /** For each policy revised in place, its version in force from git. */
  inForce: Map<Policy, InForce>;
  /** The revisions in the corpus (`supersedes`), then each proposal against its version in force. */
  revisions: Revision[];
  /** Policies whose `supersedes` names a version no file given has (and none in git): no board pack, said why. */
  unpaired: Policy[];
}

/** Memoised by argument, so a second report asking gets the first one's answer. */
function once<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, { value: V }>();
  return (key) => {
    const known = made.get(key);
    if (known) return known.value;
    const value = make(key);
    made.set(key, { value });
    return value;
  };
}

export function corpusWork(root: string): CorpusWork {
  const brandOf = once((policy: Policy) => {
    try {
      return loadBrand(resolveBrandName(policy.meta, undefined, root), { root });
    } catch (error) {
      if (isClausemarkError(error)) return undefined;
      throw error;
    }
  });
  // Every report numbers a policy as its PDF does: a brand's label patterns where it names no numbering of its own.
  const numbered = (policy: Policy): Policy => {
    numberByBrand(policy, brandOf(policy)?.labels);
    return policy;
  };
  const files = new Map<string, Policy | undefined>();
  const read = (file: string): Policy | undefined => {
    const key = resolve(file);
    if (!files.has(key)) files.set(key, readReadable(file, numbered, root));
    return files.get(key);
  };
  const inForceOf = once((policy: Policy) => {
    const found = versionInForce(policy, root);
    if (found) numbered(found.policy);
    return found;
  });
  const diffs = once((_old: Policy) => new Map<Policy, PolicyDiff>());
  const diffOf = (old: Policy, next: Policy): PolicyDiff => {
    const known = diffs(old);
    const diff = known.get(next) ?? diffPolicies(old, next);
    known.set(next, diff);
    return diff;
  };
  return { root, read, brandOf, inForceOf, diffOf };
}

function readReadable(file: string, numbered: (policy: Policy) => Policy, root: string): Policy | undefined {
  try {
    const parsed = loadPolicy(file);
    return parsed.findings.some((finding) => finding.fatal)
      ? undefined
      : numbered(attachProcedure(parsed.policy, root));
  } catch (error) {
    if (!isClausemarkError(error)) throw error;
    return undefined;
  }
}

/**
 * For each of `files` (readable ones) revised in place, its version in force from git, keyed by file as given: what
 * `start` lists in its table before it builds, from the same reading of each file and the same look-up in git its
 * reports use afterwards.
 */
export function inForceOfFiles(files: readonly string[], work: CorpusWork): Map<string, InForce> {
  const policies = new Map<Policy, string>();
  for (const file of files) {
    const policy = work.read(file);
    if (policy) policies.set(policy, file);
  }
  const byFile = new Map<string, InForce>();
  for (const [policy, inForce] of versionsInForce([...policies.keys()], work.inForceOf))
    byFile.set(policies.get(policy)!, inForce);
  return byFile;
}

/** The plan of `files`: what they are, which revise which, and the versions in force beside them. */
export function planCorpus(files: readonly string[], work: CorpusWork): CorpusPlan {
  const policies: Policy[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const policy = work.read(file);
    if (policy) policies.push(policy);
    else skipped.push(file);
  }
  // A proposal revised in place keeps the version in force beside it, found in git (in-force.ts).
  const inForce = versionsInForce(policies, work.inForceOf);
  const pairs = [
    ...revisionPairs(policies),
    ...[...inForce].map(([proposal, found]) => ({ old: found.policy, new: proposal })),
  ];
  const revisions = pairs.map((pair) => ({ ...pair, diff: () => work.diffOf(pair.old, pair.new) }));
  const paired = new Set(pairs.map((pair) => pair.new));
  const unpaired = policies.filter((policy) => policy.meta.supersedes !== undefined && !paired.has(policy));
  return { policies, skipped, inForce, revisions, unpaired };
}
