// The deviation register on real template → adaptation pairs from ../shared/dev-corpus, none of which carries a
// clause ID, against the hand-written labels in tests/fixtures/labelled/template-pairs.yaml. Prints precision and
// recall of the register per family (`npx vitest run tests/template/template-pairs.integration.test.ts`).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { allClauses } from '../../src/model/walk.js';
import { loadPolicy } from '../../src/parse/index.js';
import { guessBaseVersion } from '../../src/template/base.js';
import { deviationsOf, type PolicyDeviations } from '../../src/template/deviations.js';
import { templateFromPolicy } from '../../src/template/template.js';
import { PROJECT_ROOT, sharedData } from '../support/paths.js';

type Status = 'verbatim' | 'modified' | 'dropped';
interface ClauseLabel {
  snippet: string;
  status: Status;
  or?: Status;
  section?: string;
}
interface PairLabel {
  family: string;
  template: string;
  policy: string;
  clauses: ClauseLabel[];
  additions: string[];
}

interface BaseLabel {
  family: string;
  versions: string[];
  copies: Record<string, string>;
}

const corpus = sharedData('dev-corpus');
const labels = parseYaml(
  readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'labelled', 'template-pairs.yaml'), 'utf8'),
) as { pairs: PairLabel[]; bases: BaseLabel[] };

const plain = (text: string): string =>
  text
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The one item whose text is the snippet, or else starts with it. */
function find<T>(items: readonly T[], text: (item: T) => string, snippet: string): T[] {
  const equal = items.filter((item) => plain(text(item)) === snippet);
  return equal.length > 0 ? equal : items.filter((item) => plain(text(item)).startsWith(snippet));
}

interface Score {
  truePositives: number;
  predicted: number;
  labelled: number;
  wrong: string[];
}

function score(pair: PairLabel, register: PolicyDeviations, sections: Map<string, string>): Score {
  const result: Score = { truePositives: 0, predicted: 0, labelled: 0, wrong: [] };
  const seen = new Set<string>();
  for (const label of pair.clauses) {
    const matches = find(register.clauses, (entry) => entry.templateText, label.snippet).filter(
      (entry) => label.section === undefined || sections.get(entry.id) === label.section,
    );
    expect(
      matches.map((entry) => entry.id),
      `label "${label.snippet}" in ${pair.template}`,
    ).toHaveLength(1);
    const entry = matches[0];
    if (!entry) continue;
    seen.add(entry.id);
    const right = entry.status === label.status || entry.status === label.or;
    if (label.status !== 'verbatim') result.labelled++;
    if (entry.status !== 'verbatim') result.predicted++;
    if (entry.status !== 'verbatim' && right) result.truePositives++;
    if (!right) result.wrong.push(`${entry.id} "${label.snippet}": ${entry.status}, labelled ${label.status}`);
  }
  // The labels name every template clause, so a clause the labeller missed cannot hide.
  expect(register.clauses.filter((entry) => !seen.has(entry.id)).map((entry) => entry.id)).toEqual([]);
  const found = new Set<number>();
  for (const snippet of pair.additions) {
    result.labelled++;
    const hit = find(register.additions, (addition) => addition.text, snippet).find((a) => !found.has(a.line));
    if (hit) found.add(hit.line);
    else result.wrong.push(`addition "${snippet}" not listed`);
  }
  for (const addition of register.additions) {
    result.predicted++;
    if (found.has(addition.line)) result.truePositives++;
    else result.wrong.push(`listed as added, not labelled so: "${plain(addition.text).slice(0, 60)}"`);
  }
  return result;
}

function registerOf(pair: PairLabel): { register: PolicyDeviations; sections: Map<string, string> } {
  const template = templateFromPolicy(loadPolicy(join(corpus.dir, pair.template)).policy);
  const policy = loadPolicy(join(corpus.dir, pair.policy)).policy;
  const register = deviationsOf(template, policy);
  const sections = new Map(allClauses(template.policy).map(({ clause, section }) => [clause.id, section.title]));
  return { register, sections };
}

describe('deviation register on real adaptations without IDs', () => {
  const title = 'reaches precision and recall of at least 0.95 per family against the hand-written labels';
  // Without the folder the suite still holds a test, reported as skipped with the reason.
  if (!corpus.present) it.skip(`${title} — skipped: ${corpus.absent}`, () => {});
  else
    it(title, () => {
      const families = new Map<string, Score>();
      for (const pair of labels.pairs) {
        const { register, sections } = registerOf(pair);
        const result = score(pair, register, sections);
        const total = families.get(pair.family) ?? { truePositives: 0, predicted: 0, labelled: 0, wrong: [] };
        total.truePositives += result.truePositives;
        total.predicted += result.predicted;
        total.labelled += result.labelled;
        total.wrong.push(...result.wrong.map((line) => `${pair.policy}: ${line}`));
        families.set(pair.family, total);
      }
      const lines = ['family                precision  recall  (deviations predicted / labelled)'];
      for (const [family, total] of families) {
        const precision = total.predicted === 0 ? 1 : total.truePositives / total.predicted;
        const recall = total.labelled === 0 ? 1 : total.truePositives / total.labelled;
        lines.push(
          `${family.padEnd(22)}${precision.toFixed(3).padStart(9)}${recall.toFixed(3).padStart(8)}  (${total.predicted} / ${total.labelled})`,
        );
        for (const wrong of total.wrong) lines.push(`    ✗ ${wrong}`);
      }
      console.log(lines.join('\n'));
      for (const [family, total] of families) {
        expect(total.truePositives / total.predicted, `precision ${family}`).toBeGreaterThanOrEqual(0.95);
        expect(total.truePositives / total.labelled, `recall ${family}`).toBeGreaterThanOrEqual(0.95);
      }
    });

  const baseTitle = 'finds the template version each copy started from (derivedFrom absent)';
  if (!corpus.present) it.skip(`${baseTitle} — skipped: ${corpus.absent}`, () => {});
  else
    it(baseTitle, () => {
      const misses: string[] = [];
      const lines: string[] = [];
      for (const family of labels.bases) {
        const versions = family.versions.map((name) =>
          templateFromPolicy(loadPolicy(join(corpus.dir, family.family, `${name}.md`)).policy),
        );
        for (const [copy, expected] of Object.entries(family.copies)) {
          const guess = guessBaseVersion(loadPolicy(join(corpus.dir, family.family, `${copy}.md`)).policy, versions);
          const found = basename(guess?.best.template.file ?? '', '.md');
          const next = guess?.runnerUp
            ? ` (next ${basename(guess.runnerUp.template.file, '.md')} ${guess.runnerUp.share.toFixed(2)})`
            : '';
          lines.push(
            `${copy}: ${found} fit ${guess?.best.share.toFixed(2)}${next}${found === expected ? '' : `  ✗ labelled ${expected}`}`,
          );
          if (found !== expected) misses.push(copy);
        }
      }
      console.log(lines.join('\n'));
      // The miss, reported as it is: the site's 2023 copy is the 2016-02-24 text with headings a level deeper and a
      // note added (git diff --no-index --stat: 35 lines changed against 2016-02-24, 47 against 2020-04-29); the
      // date-based label does not hold for it.
      expect(misses).toEqual(['18f-website-copy-2023-06-08']);
    });
});
