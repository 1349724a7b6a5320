// Measures the alignment of the five seed policies: precision and recall against the labelled pairs, and the time
// `alignPolicies` takes in-process (CPU time of this process, parsing excluded), with the load average of the
// machine at the time, since the figures mean little without it. The documents are aligned as `compare` aligns
// them: with their kind's topic list, else with topics induced from their headings (pass three uses them).
//
//   NODE_ENV=production npx vite-node tests/compare/measure.ts [--held-out] [--runs 20]
//
// The held-out labels (tests/fixtures/compare/held-out-pairs.yaml and paraphrase-pairs.yaml) are only scored with
// --held-out: while tuning the method, look at the tuning set alone. The sentence labels (sentence-pairs.yaml) judge
// the members that are part of a clause (a sentence joined apart from its clause: src/compare/passes/unit-links.ts).
// With --held-out it also aligns the English forks of ../shared/dev-corpus/open-source-policy against their labels
// (tests/fixtures/compare/english-fork-pairs.yaml), when that folder is present.
import { loadavg } from 'node:os';
import { clusterLinks } from '../../src/compare/passes/cluster.js';
import { prepareDocuments } from '../../src/compare/terms/documents.js';
import { alignPolicies, topicsFor } from '../../src/compare/index.js';
import type { Policy } from '../../src/model/policy.js';
import { tableLoadMs } from '../../src/compare/terms/lemmas.js';
import { alignPair } from '../../src/compare/passes/pairwise.js';
import { secondPassLinks } from '../../src/compare/passes/second-pass.js';
import { unitLinks } from '../../src/compare/passes/unit-links.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT, policyPath, sharedData } from '../support/paths.js';
import {
  ENGLISH_FORK_FILES,
  ENGLISH_FORK_PATH,
  evaluate,
  firstNamedOnly,
  HELD_OUT_PATH,
  judgeSuggestions,
  PARAPHRASE_PATH,
  type Labels,
  readLabels,
  type Recall,
  type Scores,
  sideKeys,
} from './evaluate.js';
import { evaluateUnits, readSentenceLabels, type UnitScores } from './evaluate-units.js';

const ORGS = ['casparus-college', 'aeres-mbo', 'flex-college', 'allure', 'aloysius'];
const args = process.argv.slice(2);
const heldOut = args.includes('--held-out');
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 20 : Math.max(0, Number(args[runsAt + 1]) || 0);

/** Aligned as `compare` aligns them: with the kind's topic list, else topics induced from the headings. */
const align = (list: readonly Policy[]) => alignPolicies(list, { topics: topicsFor(list, PROJECT_ROOT) ?? 'induce' });

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;
const recall = (r: Recall): string => `${percent(r.recall)} (${r.found}/${r.labelled})`;

const load = loadavg()
  .map((value) => value.toFixed(2))
  .join(' ');
let start = process.cpuUsage();
const policies = ORGS.map((org) => loadPolicy(policyPath(org)).policy);
const parseMs = cpuMs(start);

start = process.cpuUsage();
const alignment = align(policies);
const coldMs = cpuMs(start);
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  start = process.cpuUsage();
  align(policies);
  warm.push(cpuMs(start));
}
warm.sort((a, b) => a - b);

// The sentence-unit step alone, on the provisions of passes one and two (as alignPolicies runs it).
const prepared = prepareDocuments(policies);
const pairs = prepared.documents.flatMap((left, i) =>
  prepared.documents.slice(i + 1).map((right) => alignPair(left, right, prepared.vocabulary)),
);
const clusters = clusterLinks(prepared.documents, pairs);
clusters.joinAll(secondPassLinks(pairs, clusters.groups(), prepared.documents));
const groups = clusters.groups();
const unitMs: number[] = [];
for (let i = 0; i < Math.max(1, runs); i++) {
  start = process.cpuUsage();
  unitLinks(prepared.documents, groups);
  unitMs.push(cpuMs(start));
}
unitMs.sort((a, b) => a - b);

/** The pairs of a label set that involve Aloysius (which wrote its protocol in its own words): found, labelled, wrong. */
const aloysiusLine = (labels: Labels, scores: Scores): string => {
  const involves = (text: string): boolean => text.includes('aloysius:');
  const labelled = [...labels.pairs, ...labels.paraphrases].filter(([a, b]) =>
    [...sideKeys(a), ...sideKeys(b)].some(involves),
  ).length;
  const missed = [...scores.pairs.missed, ...scores.paraphrases.missed].filter(involves).length;
  const wrong = scores.falsePositives.filter(involves).length;
  const found = labelled - missed;
  const precision = found + wrong === 0 ? 1 : found / (found + wrong);
  return `  Aloysius: precision ${percent(precision)} (${found} right, ${wrong} wrong), recall ${found}/${labelled}`;
};

const report = (name: string, scores: Scores, details = true): string[] => [
  `${name}: precision ${percent(scores.precision)} (${scores.all.found} right, ${scores.falsePositives.length} wrong)`,
  `  recall: model text ${recall(scores.pairs)}, paraphrases ${recall(scores.paraphrases)}, all ${recall(scores.all)}` +
    (scores.keptApart.labelled > 0
      ? `; look-alikes kept apart ${scores.keptApart.kept}/${scores.keptApart.labelled}`
      : ''),
  ...(details ? scores.falsePositives.map((pair) => `  wrong: ${pair}`) : []),
  ...(details ? [...scores.pairs.missed, ...scores.paraphrases.missed].map((pair) => `  missed: ${pair}`) : []),
];

const unitReport = (scores: UnitScores): string[] => [
  `sentence labels: ${scores.unitMembers} sentence members; judged ${scores.judged}: ${scores.right} right, ${scores.wrong.length} wrong`,
  `  recall: model text ${recall(scores.pairs)}, paraphrases ${recall(scores.paraphrases)}`,
  ...scores.wrong.map((pair) => `  wrong: ${pair}`),
  ...[...scores.pairs.missed, ...scores.paraphrases.missed].map((pair) => `  missed: ${pair}`),
];

const clauses = alignment.provisions.reduce(
  (sum, provision) =>
    sum +
    Object.values(provision.members)
      .flat()
      .filter((member) => !member.part).length,
  0,
);
console.log(
  [
    `load average ${load} (1, 5, 15 min)`,
    `${clauses} clauses, ${alignment.provisions.length} provisions; parse ${parseMs.toFixed(0)} ms (cold)`,
    runs === 0
      ? `alignPolicies: first call ${coldMs.toFixed(0)} ms (CPU time; the Dutch lemma table took ${tableLoadMs.toFixed(0)} ms)`
      : `alignPolicies: first call ${coldMs.toFixed(0)} ms (of which ${tableLoadMs.toFixed(0)} ms reading the Dutch lemma table), then median ${(warm[Math.floor(warm.length / 2)] ?? 0).toFixed(0)} ms, min ${(warm[0] ?? 0).toFixed(0)} ms over ${runs} runs (CPU time)`,
    `  of which sentence units (unitLinks): median ${(unitMs[Math.floor(unitMs.length / 2)] ?? 0).toFixed(0)} ms, min ${(unitMs[0] ?? 0).toFixed(0)} ms`,
    ...report('tuning labels', evaluate(alignment, readLabels())),
    aloysiusLine(readLabels(), evaluate(alignment, readLabels())),
    ...report('tuning labels, first-named clauses only', evaluate(alignment, firstNamedOnly(readLabels())), false),
    ...(heldOut ? report('held-out labels', evaluate(alignment, readLabels(HELD_OUT_PATH))) : []),
    ...(heldOut ? [aloysiusLine(readLabels(HELD_OUT_PATH), evaluate(alignment, readLabels(HELD_OUT_PATH)))] : []),
    ...(heldOut ? report('paraphrase labels (issue 17)', evaluate(alignment, readLabels(PARAPHRASE_PATH))) : []),
    ...(heldOut ? [aloysiusLine(readLabels(PARAPHRASE_PATH), evaluate(alignment, readLabels(PARAPHRASE_PATH)))] : []),
    ...unitReport(evaluateUnits(alignment, readSentenceLabels())),
    ...(heldOut ? suggestionReport() : []),
    ...(heldOut ? englishReport() : []),
  ].join('\n'),
);

/** Possible matches judged by the three clause label sets together. */
function suggestionReport(): string[] {
  const judged = judgeSuggestions(alignment, [readLabels(), readLabels(HELD_OUT_PATH), readLabels(PARAPHRASE_PATH)]);
  return [
    `possible matches: ${judged.offered}; judged by the labels ${judged.right.length} right, ${judged.wrong.length} wrong`,
    ...judged.right.map((line) => `  right: ${line}`),
    ...judged.wrong.map((line) => `  wrong: ${line}`),
  ];
}

/** The English forks (issue 24), when ../shared is present. */
function englishReport(): string[] {
  const corpus = sharedData('dev-corpus', 'open-source-policy');
  if (!corpus.present) return [`English fork labels: skipped, ${corpus.absent}`];
  const english = align(ENGLISH_FORK_FILES.map((file) => loadPolicy(`${corpus.dir}/${file}`).policy));
  return report('English fork labels (issue 24)', evaluate(english, readLabels(ENGLISH_FORK_PATH)));
}
