// Which roles a comparison without a topic list adds to its induced topics (src/compare/topics/shared-roles.ts): a
// role two organisations state, not one only one states, and not one an induced topic already names.
import { describe, expect, it } from 'vitest';
import type { TopicDefinition } from '../../../src/compare/read/topic-list.js';
import { sharedRoles } from '../../../src/compare/topics/shared-roles.js';
import { orgPolicy } from '../fixtures.js';

const role = (id: string, name: string, signals: string[]): TopicDefinition => ({
  id,
  name,
  description: name,
  signals,
});
const ROLES = [
  role('scope', 'Reikwijdte: voor wie het geldt', ['van toepassing op']),
  role('enforcement', 'Toezicht en handhaving', ['ziet toe op de naleving']),
];

const school = (org: string, clauses: string[]) => ({
  key: org,
  policy: orgPolicy(org, `School ${org}`, [{ title: 'Regels', clauses }]),
});
const documents = [
  school('noord', ['Deze regels zijn van toepassing op alle medewerkers.', 'De directeur ziet toe op de naleving.']),
  school('zuid', ['Dit protocol is van toepassing op leerlingen en personeel.']),
  school('oost', ['Wees voorzichtig met wat je deelt.']),
];

describe('sharedRoles', () => {
  it('keeps a role two organisations state, not one that one organisation states', () => {
    expect(sharedRoles(documents, ROLES, []).map((kept) => kept.id)).toEqual(['scope']);
  });

  it('counts an organisation once, however many of its documents state the role', () => {
    const versions = [
      documents[1]!,
      {
        key: 'zuid-2',
        policy: orgPolicy('zuid', 'School zuid', [{ title: 'Regels', clauses: ['Dit is van toepassing op ouders.'] }]),
      },
    ];
    expect(sharedRoles(versions, ROLES, [])).toEqual([]);
  });

  it('leaves out a role whose name an induced topic already bears', () => {
    const induced = [role('reikwijdte', 'Reikwijdte', ['reikwijdte'])];
    expect(sharedRoles(documents, ROLES, induced)).toEqual([]);
  });
});
