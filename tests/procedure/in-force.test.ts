// Which version was in force on a date (src/procedure/in-force.ts): a later version of the file that says
// `status: retired` withdraws the one in force from the day it was retired, and not before.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/index.js';
import { type PolicyVersion, retiredOn, versionInForce } from '../../src/procedure/in-force.js';

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
