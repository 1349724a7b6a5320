// A Dutch school's copy of the sector template as it comes back from Word: no clause IDs, every heading a level
// deeper, a few edits, a clause moved and one of the school's own paragraphs (from the Allure seed policy) added.
// The deviation register must still name each template clause by its ID and lock level and report what the school
// did with it, with no false "required clause dropped"; and the same once fmt has given the copy IDs of its own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/fmt/index.js';
import { deviationsOf, type ClauseDeviation } from '../../src/sector/deviations.js';
import { policyPath } from '../support/paths.js';
import { adapted, edit, parse, v11 } from './support.js';

const ALLURE = readFileSync(policyPath('allure'), 'utf8');
/** One of Allure's own paragraphs, as the school would paste it into its copy. */
const OWN_PARAGRAPH = /\{#inl\.niet-weg-te-denken\} (.*)/.exec(ALLURE)?.[1] ?? '';

/** The adapted policy as a school keeps it in Word: ids gone, headings one level deeper, edited. */
function wordCopy(): string {
  let source = adapted(v11());
  source = source.replace(/ ?\{#[^}]+\} ?/g, (marker) => (marker.startsWith(' ') && marker.endsWith(' ') ? ' ' : ''));
  source = source.replace(/^(#{2,5}) /gm, '#$1 ');
  // A locked clause reworded, a required one left out, an allowed one extended, one moved to another section.
  source = edit(source, 'neemt de gewone fatsoensnormen in acht', 'houdt zich aan de normen');
  source = edit(source, /\n3\. Incidenten en genomen maatregelen[^\n]*\n/, '\n');
  source = edit(
    source,
    'zolang het anderen of de school niet schaadt.',
    'zolang het anderen of de school niet schaadt. Denk aan lesmateriaal.',
  );
  const pers = /\n5\. (Vragen van journalisten[^\n]*)\n/.exec(source)?.[1] ?? '';
  source = edit(source, `\n5. ${pers}\n`, '\n');
  source = edit(source, /(gebruikmaken van [^\n]*\n)/, `$16. ${pers}\n`);
  source = edit(source, /(\n### Uitgangspunten)/, `\n${OWN_PARAGRAPH}\n$1`);
  return source;
}

const byId = (clauses: readonly ClauseDeviation[], id: string): ClauseDeviation | undefined =>
  clauses.find((clause) => clause.id === id);

function expectRegister(source: string): void {
  const policy = parse(source);
  expect(policy.sections.every((section) => section.depth >= 2)).toBe(true);
  const result = deviationsOf(v11(), policy);
  const notVerbatim = result.clauses
    .filter((clause) => clause.status !== 'verbatim' || clause.moved)
    .map((clause) => [clause.id, clause.marker, clause.status, clause.violation ?? null, clause.moved === true]);
  expect(notVerbatim).toEqual([
    ['up.respect', 'locked', 'modified', 'locked-modified', false],
    ['alle.kennis-delen', 'required', 'modified', null, false],
    ['mdw.pers', 'optional', 'verbatim', null, true],
    ['mr.dossier', 'required', 'dropped', 'required-dropped', false],
  ]);
  expect(byId(result.clauses, 'alle.kennis-delen')?.words?.filter((word) => word.op !== 'equal')).toEqual([
    { op: 'insert', text: ' Denk aan lesmateriaal.' },
  ]);
  expect(result.additions.map((addition) => addition.text)).toEqual([OWN_PARAGRAPH]);
  expect(result.counts).toMatchObject({ dropped: 1, modified: 2, added: 1, violations: 2 });
}

describe('deviations of a school copy without the template IDs', () => {
  it('finds every template clause by content, a heading level deeper, with IDs and lock levels', () => {
    const source = wordCopy();
    expect(source).not.toMatch(/\{#/);
    expectRegister(source);
  });

  it('gives the same register once fmt has given the copy IDs of its own', () => {
    const formatted = formatSource(wordCopy(), { path: 'casparus.md' }).output;
    expect(formatted).toMatch(/\{#/);
    expect(formatted).not.toContain('{#up.respect}');
    expectRegister(formatted);
  });
});
