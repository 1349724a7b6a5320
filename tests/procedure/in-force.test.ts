// Which version was in force on a date (src/procedure/in-force.ts): a later version of the file that says
// `status: retired` withdraws the one in force from the day it was retired, and not before; a later adopted commit of
// the same file replaces the version it held once it is in force itself.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/index.js';
import { type PolicyVersion, retiredOn, supersededOn, versionInForce } from '../../src/procedure/in-force.js';

const FILE = 'policies/anker/klachtenregeling.md';

function version(status: string, source: PolicyVersion['source']): PolicyVersion {
  const text = `---\nid: klachtenregeling\ntitle: Klachtenregeling\norganisation: Stichting Het Anker\nversion: "1.0"\nstatus: ${status}\napprovals:\n  - { date: 2025-03-26, name: J. de Vries, role: Voorzitter College van Bestuur }\n---\n\n## Doel {#doel}\n\n1. {#doel.een} Een klacht wordt behandeld.\n`;
  return { policy: parsePolicy(text, { path: FILE }).policy, source };
}

const git = (commit: string, date: string): PolicyVersion['source'] => ({ kind: 'git', file: FILE, commit, date });

describe('a withdrawn policy', () => {
  // Newest first: the file as it stands, then its history.
  const committed = [
    version('retired', { kind: 'file', file: FILE }),
    version('retired', git('b'.repeat(40), '2026-11-29')),
    version('approved', git('a'.repeat(40), '2025-03-27')),
  ];

  it('is in force until the day its retirement was committed, and not from that day', () => {
    expect(versionInForce(committed, '2026-11-28', '2026-12-01')?.adoption.date).toBe('2025-03-26');
    expect(retiredOn(committed, '2026-11-28', '2026-12-01')).toBeUndefined();
    expect(versionInForce(committed, '2026-11-29', '2026-12-01')).toBeUndefined();
    expect(retiredOn(committed, '2026-11-29', '2026-12-01')).toBe('2026-11-29');
  });

  it('retired in the file and not yet committed: withdrawn from today, its history in force before', () => {
    const uncommitted = [committed[0]!, committed[2]!];
    expect(versionInForce(uncommitted, '2026-11-30', '2026-11-30')).toBeUndefined();
    expect(retiredOn(uncommitted, '2026-11-30', '2026-11-30')).toBe('2026-11-30');
    expect(versionInForce(uncommitted, '2026-11-29', '2026-11-30')?.adoption.date).toBe('2025-03-26');
  });

  it('does not withdraw a version adopted after it', () => {
    const readopted = [version('approved', { kind: 'file', file: FILE }), ...committed.slice(1)];
    expect(versionInForce(readopted, '2026-12-01', '2026-12-01')?.source.kind).toBe('file');
  });
});

/** A version adopted on `adopted`, in force from `effective`. */
function adopted(number: string, adoptedOn: string, effective: string, source: PolicyVersion['source']): PolicyVersion {
  const text = `---\nid: klachtenregeling\ntitle: Klachtenregeling\norganisation: Stichting Het Anker\nversion: "${number}"\nstatus: approved\neffective: ${effective}\napprovals:\n  - { date: ${adoptedOn}, name: J. de Vries, role: Voorzitter College van Bestuur }\n---\n\n## Doel {#doel}\n\n1. {#doel.een} Versie ${number}.\n`;
  return { policy: parsePolicy(text, { path: FILE }).policy, source };
}

describe('a later adopted commit of the same file', () => {
  it('replaces the version it held, even one with a later effective date (a corrected label)', () => {
    const corrected = [
      adopted('2025-2026', '2025-06-24', '2025-08-01', git('b'.repeat(40), '2026-11-20')),
      adopted('2026-2027', '2026-06-24', '2026-08-01', git('a'.repeat(40), '2026-11-01')),
    ];
    expect(versionInForce(corrected, '2026-11-29')?.policy.meta.version).toBe('2025-2026');
    expect(supersededOn(corrected, 1, '2026-11-29')).toBe(true);
  });

  it('replaces it only from its own day when it enters into force later (a revision in place)', () => {
    const revised = [
      adopted('3.0', '2026-11-20', '2027-01-01', git('b'.repeat(40), '2026-11-20')),
      adopted('2.0', '2025-03-26', '2025-04-01', git('a'.repeat(40), '2025-03-27')),
    ];
    expect(versionInForce(revised, '2026-11-29')?.policy.meta.version).toBe('2.0');
    expect(versionInForce(revised, '2027-01-01')?.policy.meta.version).toBe('3.0');
  });

  it('does not replace a version of another file (a revision in a file of its own)', () => {
    const other = {
      kind: 'git',
      file: 'policies/anker/revisions/klachtenregeling.md',
      commit: 'c'.repeat(40),
      date: '2026-11-20',
    } as const;
    const versions = [
      adopted('1.1', '2026-11-20', '2024-01-01', other),
      adopted('2.0', '2025-03-26', '2025-04-01', git('a'.repeat(40), '2025-03-27')),
    ];
    expect(versionInForce(versions, '2026-11-29')?.policy.meta.version).toBe('2.0');
  });
});
