// Which version of a template a policy was adapted from, when its derivedFrom does not say: the version whose
// clauses the policy still carries word for word most often. A school changes a few clauses; the sector changes
// others between versions, so the right version shares the most verbatim clauses, and an older or newer one fewer.
import type { Policy } from '../model/policy.js';
import { deviationsOf } from './deviations.js';
import type { SectorTemplate } from './template.js';
import { formatRef } from './types.js';

export interface VersionFit {
  template: SectorTemplate;
  /** Template clauses the policy carries verbatim. */
  verbatim: number;
  /** 2 × verbatim / (template clauses + policy clauses): 1 when the policy is the template as it stands. */
  share: number;
}

export interface BaseGuess {
  best: VersionFit;
  /** The next best version, to say how sure the guess is. */
  runnerUp?: VersionFit;
  /** Every candidate, best first. */
  fits: VersionFit[];
}

function versionFit(template: SectorTemplate, policy: Policy): VersionFit {
  const register = deviationsOf(template, policy);
  const templateClauses = register.clauses.length;
  const policyClauses = register.counts.verbatim + register.counts.modified + register.counts.added;
  const verbatim = register.counts.verbatim;
  const total = templateClauses + policyClauses;
  return { template, verbatim, share: total === 0 ? 0 : (2 * verbatim) / total };
}

/** The candidate version that fits `policy` best; undefined without candidates. */
export function guessBaseVersion(policy: Policy, candidates: readonly SectorTemplate[]): BaseGuess | undefined {
  const fits = candidates.map((template) => versionFit(template, policy));
  // Equal fits: the older version (listed first by the caller) is the one the school could have started from.
  fits.sort((a, b) => b.share - a.share || b.verbatim - a.verbatim);
  const [best, runnerUp] = fits;
  if (!best) return undefined;
  return { best, ...(runnerUp ? { runnerUp } : {}), fits };
}

/** What the upgrade report says about a guess: the version, its verbatim clauses and fit, and the runner-up's. */
export interface GuessSummary {
  ref: string;
  verbatim: number;
  share: number;
  runnerUp?: { ref: string; share: number };
}

export function summariseGuess(guess: BaseGuess): GuessSummary {
  const { best, runnerUp } = guess;
  return {
    ref: formatRef(best.template.ref),
    verbatim: best.verbatim,
    share: best.share,
    ...(runnerUp ? { runnerUp: { ref: formatRef(runnerUp.template.ref), share: runnerUp.share } } : {}),
  };
}
