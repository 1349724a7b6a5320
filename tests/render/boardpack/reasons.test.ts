// Reasons from the diff engine in the pack's language: the engine's own phrases, produced by the real engine.
import { describe, expect, it } from 'vitest';
import { judgeRedline, redline } from '../../../src/diff/index.js';
import { localiseReason } from '../../../src/render/boardpack/reasons.js';

function reasonsFor(before: string, after: string): string[] {
  return judgeRedline(redline(before, after, 0.7).words).reasons;
}

describe('localiseReason', () => {
  it("puts the engine's phrases into Dutch and keeps the quoted policy text", () => {
    expect(localiseReason('clause added', 'nl')).toBe('artikel toegevoegd');
    expect(localiseReason('clause split into 2', 'nl')).toBe('artikel gesplitst in 2');
    expect(localiseReason('3 clauses merged into one', 'nl-BE')).toBe('3 artikelen samengevoegd tot één');
    expect(localiseReason("role 'leerlingen' added", 'nl')).toBe("rol 'leerlingen' toegevoegd");
    expect(localiseReason("phone number '06-12345678' removed", 'nl')).toBe("telefoonnummer '06-12345678' verwijderd");
    expect(localiseReason("wording 'uitdrukkelijke' → 'schriftelijke'", 'nl')).toBe(
      "formulering 'uitdrukkelijke' → 'schriftelijke'",
    );
    expect(localiseReason('… and 3 more changes', 'nl')).toBe('… en nog 3 wijzigingen');
  });

  it('translates what the engine really says about a change', () => {
    const reasons = reasonsFor(
      'De leerling mag niet bellen binnen 5 dagen.',
      'De leerling moet bellen binnen 7 dagen.',
    );
    expect(reasons.length).toBeGreaterThan(1);
    const dutch = reasons.map((reason) => localiseReason(reason, 'nl'));
    expect(dutch).toContain('getal 5 → 7');
    expect(dutch).toContain('verplichting mag → moet');
    expect(dutch.some((reason) => reason.startsWith("ontkenning 'niet' verwijderd"))).toBe(true);
  });

  it('leaves English and unknown phrases as they are', () => {
    expect(localiseReason("role 'leerlingen' added", 'en')).toBe("role 'leerlingen' added");
    expect(localiseReason('something new the engine says', 'nl')).toBe('something new the engine says');
  });
});
