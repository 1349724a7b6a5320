// Kennisname counted for a published output (src/io/acknowledgement-counts.ts): the overview's cells and the
// dossier's line count alike, as of a date, of the people in the list now and in the kind's audience; the overview
// tells "not asked" from "no people list", the dossier says nothing of either.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acknowledgementTally } from '../../src/io/acknowledgement-counts.js';

const HASH = `sha256-v2:${'a'.repeat(64)}`;
const OTHER = `sha256-v2:${'b'.repeat(64)}`;
const POLICY = { org: 'linde', id: 'meldcode', version: '1.0' };

const PEOPLE = `id,name,role,school,teams,relation
p1,Anna,leerkracht,De Es,,in-dienst
p2,Bram,leerkracht,De Es,,in-dienst
p3,Daan,stagiair,De Es,,stagiair
p4,Frits,ICT,De Es,,inhuur
`;

/** A folder of kennisname's data: the people list, and the version's records when given. */
function folder(records?: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-ack-counts-'));
  mkdirSync(join(dir, 'linde', 'meldcode'), { recursive: true });
  writeFileSync(join(dir, 'linde', 'people.csv'), PEOPLE);
  if (records)
    writeFileSync(
      join(dir, 'linde', 'meldcode', '1.0.csv'),
      `type,person,version,hash,date,method,recorder,due,from\n${records.join('\n')}\n`,
    );
  return dir;
}

const asked = (person: string, date: string, hash = HASH) => `asked,${person},1.0,${hash},${date},ask,officer,,`;
const done = (person: string, date: string) => `acknowledged,${person},1.0,${HASH},${date},csv,officer,,`;

describe('kennisname counts', () => {
  const records = [
    ...['p1', 'p2', 'p3', 'p4'].map((person) => asked(person, '2026-02-01')),
    done('p1', '2026-02-03'),
    done('p3', '2026-02-03'),
    done('p2', '2026-02-20'),
  ];

  it('counts the records dated on or before the date, of the audience, for the text named', () => {
    const dir = folder(records);
    expect(acknowledgementTally(POLICY, HASH, 'alle-medewerkers', '2026-02-10', dir)).toEqual({
      asked: 3,
      acknowledged: 2,
    });
    expect(acknowledgementTally(POLICY, HASH, 'personeel', '2026-02-20', dir)).toEqual({ asked: 2, acknowledged: 2 });
    expect(acknowledgementTally(POLICY, HASH, undefined, '2026-02-10', dir)).toEqual({ asked: 4, acknowledged: 2 });
    expect(acknowledgementTally(POLICY, OTHER, 'personeel', '2026-02-20', dir)).toEqual({ asked: 0, acknowledged: 0 });
    expect(acknowledgementTally(POLICY, HASH, 'personeel', '2026-02-10', dir)).toEqual({ asked: 2, acknowledged: 1 });
  });

  it('tells a version never asked (asked 0) from an organisation without a people list (undefined)', () => {
    expect(acknowledgementTally(POLICY, HASH, 'personeel', '2026-02-10', folder())).toEqual({
      asked: 0,
      acknowledged: 0,
    });
    expect(acknowledgementTally(POLICY, HASH, 'personeel', '2026-01-31', folder(records))?.asked).toBe(0);
    const empty = mkdtempSync(join(tmpdir(), 'clausemark-ack-counts-'));
    expect(acknowledgementTally(POLICY, HASH, 'personeel', '2026-02-10', empty)).toBeUndefined();
  });
});
