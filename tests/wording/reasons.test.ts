// Reasons are data from the diff engine and words only here: wordReason fills the label file's reasonTexts, in
// the output's language. (Replaces the board pack's regular-expression translation of English reason strings.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeRedline, redline } from '../../src/diff/index.js';
import type { Reason } from '../../src/diff/types.js';
import { lexiconFor } from '../../src/text/lexicon.js';
import { loadLabels } from '../../src/wording/labels.js';
import { wordReason } from '../../src/wording/reasons.js';
import { caught, tempProject } from '../brand/temp-project.js';
import { PROJECT_ROOT } from '../support/paths.js';

const labels = (lang: string) => loadLabels(lang, { root: PROJECT_ROOT });
const word = (reason: Reason, lang: string): string => wordReason(reason, labels(lang));

function reasonsFor(before: string, after: string, lang: string): Reason[] {
  return judgeRedline(redline(before, after, 0.7).words, lexiconFor(lang)).reasons;
}

describe('wordReason', () => {
  it('words every kind of reason in Dutch and keeps the quoted policy text', () => {
    expect(word({ code: 'clause-added', params: {} }, 'nl')).toBe('artikel toegevoegd');
    expect(word({ code: 'clause-split', params: { count: 2 } }, 'nl')).toBe('artikel gesplitst in 2');
    expect(word({ code: 'clauses-merged', params: { count: 3 } }, 'nl-BE')).toBe('3 artikelen samengevoegd tot één');
    expect(word({ code: 'role-added', params: { words: 'leerlingen' } }, 'nl')).toBe("rol 'leerlingen' toegevoegd");
    expect(word({ code: 'phone-removed', params: { words: '06-12345678' } }, 'nl')).toBe(
      "telefoonnummer '06-12345678' verwijderd",
    );
    expect(word({ code: 'wording-changed', params: { from: 'uitdrukkelijke', to: 'schriftelijke' } }, 'nl')).toBe(
      "formulering 'uitdrukkelijke' → 'schriftelijke'",
    );
    expect(word({ code: 'more-changes', params: { count: 3 } }, 'nl')).toBe('… en nog 3 wijzigingen');
  });

  it('words what the engine really says about a change, in Dutch and in English', () => {
    const reasons = reasonsFor(
      'De leerling mag niet bellen binnen 5 dagen.',
      'De leerling moet bellen binnen 7 dagen.',
      'nl',
    );
    expect(reasons).toContainEqual({ code: 'obligation-changed', params: { from: 'mag', to: 'moet' } });
    const dutch = reasons.map((reason) => word(reason, 'nl'));
    expect(dutch).toContain('termijn 5 dagen → 7 dagen');
    expect(dutch).toContain('verplichting mag → moet');
    expect(dutch).toContain("ontkenning 'niet' verwijderd");
    const english = reasons.map((reason) => word(reason, 'en'));
    expect(english).toContain('duration 5 dagen → 7 dagen');
    expect(english).toContain('obligation mag → moet');
    expect(english).toContain("negation 'niet' removed");
  });

  it('words German reasons with the English labels, as every label falls back', () => {
    expect(labels('de').lang).toBe('en');
    expect(word({ code: 'obligation-changed', params: { from: 'darf', to: 'muss' } }, 'de')).toBe(
      'obligation darf → muss',
    );
  });

  it("lends clausemark's reason texts to a project's label file written before they existed", () => {
    const project = tempProject();
    const shipped = readFileSync(join(PROJECT_ROOT, 'templates', 'labels', 'nl.yaml'), 'utf8');
    // The Dutch file as it was before reasons were worded from it, with one label of the project's own.
    const before = shipped
      .slice(0, shipped.indexOf('# Waarom een wijziging'))
      .replace('changes: Wijzigingen', 'changes: Veranderingen');
    project.write('templates/labels/nl.yaml', before);
    const projectLabels = loadLabels('nl', { root: project.root });
    expect(projectLabels.changes).toBe('Veranderingen');
    expect(wordReason({ code: 'clause-added', params: {} }, projectLabels)).toBe('artikel toegevoegd');
    // A reason text with a placeholder it is never given is refused, naming the file.
    project.write('templates/labels/nl.yaml', `${before}reasonTexts:\n  added: "{{who}} toegevoegd"\n`);
    const error = caught(() => loadLabels('nl', { root: project.root }));
    expect(error.message).toContain('uses {{who}}, which it is never given');
  });
});
