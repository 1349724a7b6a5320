// upgrade of a school copy that names no template version and carries none of the template's IDs (the 1.0 model
// text pasted into Word): the base version is found by content, the template's IDs are written first, and the
// three-way merge then does what it does for a copy made by `adapt`.
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/fmt/index.js';
import { allClauses } from '../../src/model/walk.js';
import { guessBaseVersion } from '../../src/template/base.js';
import { upgradePolicy } from '../../src/template/upgrade.js';
import { adapted, CASPARUS, edit, parse, v10, v11 } from './support.js';

/** The 1.0 adaptation without derivedFrom and without IDs, headings a level deeper, one clause reworded. */
/** The school's own copy as adapt made it (template IDs, derivedFrom 1.0), with one school change, upgraded to 1.1. */
function upgradeOriginal(): ReturnType<typeof upgradePolicy> {
  return upgradePolicy(
    parse(
      edit(
        adapted(v10(), CASPARUS),
        'Het delen van kennis en informatie is toegestaan',
        'Kennis en informatie delen mag',
      ),
    ),
    v11(),
  );
}

function wordCopyOf10(): string {
  let source = adapted(v10(), CASPARUS);
  source = edit(source, /\nderivedFrom: [^\n]*/, '');
  source = source.replace(/ ?\{#[^}]+\} ?/g, (marker) => (marker.startsWith(' ') && marker.endsWith(' ') ? ' ' : ''));
  source = source.replace(/^(#{2,5}) /gm, '#$1 ');
  return edit(source, 'Het delen van kennis en informatie is toegestaan', 'Kennis en informatie delen mag');
}

describe('upgrade by content', () => {
  it('finds the version a copy was adapted from, and says how sure', () => {
    const guess = guessBaseVersion(parse(wordCopyOf10()), [v10(), v11()]);
    expect(guess?.best.template.ref.version).toBe('1.0');
    expect(guess?.runnerUp?.template.ref.version).toBe('1.1');
    expect(guess?.best.share).toBeGreaterThan(guess?.runnerUp?.share ?? 1);
  });

  it('upgrades a copy without derivedFrom and IDs like the copy adapt made, keeping the school change', () => {
    const copy = upgradePolicy(parse(wordCopyOf10()), v11(), { values: {} });
    const original = upgradeOriginal();
    expect(copy.report.baseFound?.ref).toBe('sector-social-media@1.0');
    expect(copy.report.baseFound?.runnerUp?.ref).toBe('sector-social-media@1.1');
    expect(copy.report.idsWritten).toBeGreaterThan(0);
    const summary = (report: typeof copy.report) => ({
      applied: report.applied,
      added: report.added,
      removed: report.removed,
      keptLocal: report.keptLocal,
      conflicts: report.conflicts,
    });
    expect(summary(copy.report)).toEqual(summary(original.report));
    expect(original.report.applied.length + original.report.added.length).toBeGreaterThan(0);
    expect(original.report.keptLocal).toContain('alle.kennis-delen');
    const texts = (source: string) => allClauses(parse(source)).map(({ clause }) => clause.text);
    expect(texts(copy.source)).toEqual(texts(original.source));
    expect(parse(copy.source).meta.derivedFrom).toBe('sector-social-media@1.1');
  });

  it("upgrades the same way once fmt has given the copy IDs of its own (they are renamed to the template's)", () => {
    const formatted = formatSource(wordCopyOf10(), { path: 'casparus.md' }).output;
    const copy = upgradePolicy(parse(formatted), v11(), { values: {} });
    const original = upgradeOriginal();
    expect(copy.report.conflicts).toEqual([]);
    expect(copy.report.applied).toEqual(original.report.applied);
    expect(copy.report.added).toEqual(original.report.added);
    const texts = (source: string) => allClauses(parse(source)).map(({ clause }) => clause.text);
    expect(texts(copy.source)).toEqual(texts(original.source));
  });
});
