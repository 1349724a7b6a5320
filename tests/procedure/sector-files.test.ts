// The duties file of a sector (templates/duties/<sector>.yaml: what the law requires, and the council's right on it)
// and its procedures file (templates/procedures/<sector>.yaml: the steps before adoption) are read together: the
// overview says a required kind is missing and tells to import one of that kind, so every kind it names must have a
// procedure, and the council's step must be the right, part and article the duty names.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Duty, dutiesFor } from '../../src/procedure/duties.js';
import { articleNumber } from '../../src/procedure/law-index.js';
import { stepBody } from '../../src/procedure/evaluate.js';
import { proceduresFor } from '../../src/procedure/load.js';
import type { KindProcedure, ProcedureStep, SectorProcedures } from '../../src/procedure/types.js';
import { PROJECT_ROOT } from '../support/paths.js';

const TEMPLATES = join(PROJECT_ROOT, 'templates');
const sectorsOf = (folder: string) =>
  readdirSync(join(TEMPLATES, folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();

/** The shipped procedures of `sector`, as a foundation that names it reads them (a project of its own, empty). */
function shippedProcedures(sector: string): SectorProcedures {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-sector-files-'));
  mkdirSync(join(root, 'policies', 'stichting'), { recursive: true });
  writeFileSync(join(root, 'policies', 'stichting', 'procedure.yaml'), `sector: ${sector}\n`);
  return proceduresFor(join(root, 'policies', 'stichting', 'beleid.md'), root);
}

interface Reference {
  law: string;
  number: string;
  lid?: string;
  onderdeel?: string;
}

/**
 * Every article a reference names: "WMS art. 13 lid 1 onder g" one, "WMS art. 13 lid 1 sub g; vso: art. 14 lid 1
 * sub a" two of one law (the duty files say "onder", the procedure files "sub").
 */
function references(text: string): Reference[] {
  const law = /^(.*?)\s+art\.\s/.exec(text)?.[1];
  if (!law) return [];
  return [...text.matchAll(/art\.\s+[^;()]*?(?=\s+(?:en\s+|met\s+)?art\.\s|;|\(|$)/g)].flatMap(([article]) => {
    const number = articleNumber(article);
    if (!number) return [];
    const reference: Reference = { law, number };
    const lid = /\blid (\d+)/.exec(article)?.[1];
    if (lid) reference.lid = lid;
    const onderdeel = /\b(?:onder|sub) ([a-z])\b/.exec(article)?.[1];
    if (onderdeel) reference.onderdeel = onderdeel;
    return [reference];
  });
}

/** Whether a step's basis names the duty's article: the same law, number and onderdeel, and lid where both say one. */
function namesArticle(step: ProcedureStep, article: string): boolean {
  const [wanted] = references(article);
  if (!wanted) return false;
  return references(step.basis).some(
    (found) =>
      found.law === wanted.law &&
      found.number === wanted.number &&
      found.onderdeel === wanted.onderdeel &&
      (found.lid === undefined || wanted.lid === undefined || found.lid === wanted.lid),
  );
}

/** A duty's part as a step says it: a step has no part for the parents or the pupils alone, only ouders/leerlingen. */
function partMatches(stepPart: string, dutyPart: string): boolean {
  return stepPart === dutyPart || (stepPart === 'ouders/leerlingen' && ['ouders', 'leerlingen'].includes(dutyPart));
}

/** The council's step the duty's `council` names, or why there is none. */
function councilStepProblem(duty: Duty, procedure: KindProcedure): string | undefined {
  const { council } = duty;
  if (council === undefined || council === 'unverified' || 'none' in council) return undefined;
  const step = procedure.steps.find(
    (candidate) =>
      candidate.body !== 'bestuur' &&
      candidate.right === council.right &&
      partMatches(candidate.part, council.part) &&
      namesArticle(candidate, council.article),
  );
  if (step) return undefined;
  const said = procedure.steps.map(
    (candidate) => `${candidate.body} ${candidate.part} ${candidate.right} ${candidate.basis}`,
  );
  return `${duty.kind}: no council step ${council.right} ${council.part} on ${council.article} (steps: ${said.join(' | ')})`;
}

describe('the duties and procedures files of a sector, together', () => {
  it('every sector with a duties file has a procedures file', () => {
    expect(sectorsOf('duties')).toEqual(['mbo', 'po', 'so', 'vo', 'vso']);
    for (const sector of sectorsOf('duties')) expect(sectorsOf('procedures'), sector).toContain(sector);
  });

  it('every kind a duties file names, required or optional, is a kind of its procedures file', () => {
    for (const sector of sectorsOf('duties')) {
      const { duties } = dutiesFor(PROJECT_ROOT, sector)!;
      const { kinds } = shippedProcedures(sector);
      const missing = duties.filter((duty) => !kinds[duty.kind]).map((duty) => `${sector} ${duty.kind}`);
      expect(missing, sector).toEqual([]);
      expect(duties.some((duty) => duty.optional) || sector === 'mbo', `${sector} has optional kinds`).toBe(true);
    }
  });

  it("the council's right, part and article a duty names is a step of its procedure, before the adoption", () => {
    const problems: string[] = [];
    let held = 0;
    for (const sector of sectorsOf('duties')) {
      const { kinds } = shippedProcedures(sector);
      for (const duty of dutiesFor(PROJECT_ROOT, sector)!.duties) {
        const procedure = kinds[duty.kind];
        if (!procedure) continue;
        const problem = councilStepProblem(duty, procedure);
        if (problem) problems.push(`${sector} ${problem}`);
        else if (typeof duty.council === 'object' && !('none' in duty.council)) held++;
        expect(procedure.steps.at(-1), `${sector} ${duty.kind}`).toMatchObject({
          body: 'bestuur',
          right: 'vaststelling',
        });
      }
    }
    expect(problems).toEqual([]);
    // Not a vacuous pass: most duties name a council's article.
    expect(held).toBeGreaterThan(40);
  });

  it('the reglement of the GMR is consented to by the GMR, that of the MR by the MR, at either level', () => {
    for (const sector of ['po', 'vo', 'so']) {
      const procedures = shippedProcedures(sector);
      for (const [kind, council] of [
        ['gmr-reglement', 'GMR'],
        ['medezeggenschapsreglement', 'MR'],
      ] as const) {
        const consent = procedures.kinds[kind]!.steps.find((step) => step.right === 'instemming')!;
        for (const level of ['school', 'bestuur'] as const)
          expect(stepBody(consent, level, procedures), `${sector} ${kind} ${level}`).toBe(council);
      }
    }
  });

  it('reads a basis that names the SO article and the VSO one', () => {
    expect(references('WMS art. 13 lid 1 sub g; vso: art. 14 lid 1 sub a')).toEqual([
      { law: 'WMS', number: '13', lid: '1', onderdeel: 'g' },
      { law: 'WMS', number: '14', lid: '1', onderdeel: 'a' },
    ]);
    expect(references('WMS art. 23 lid 2 met art. 26 (twee derde van het aantal leden)')).toEqual([
      { law: 'WMS', number: '23', lid: '2' },
      { law: 'WMS', number: '26' },
    ]);
  });
});
