// Which roles a comparison without a topic list adds to its induced topics (src/compare/topics/shared-roles.ts): a
// role two organisations state, not one only one states, and not one whose clauses stand under the documents' own
// heading for it.
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

  it('needs two of the comparison’s documents', () => {
    expect(sharedRoles(documents.slice(1), ROLES, [])).toEqual([]);
  });

  it('leaves out a role whose clauses stand under a heading an induced topic is made of, not one whose words they hold', () => {
    const titled = [
      school('noord', ['Deze regels zijn van toepassing op alle medewerkers.']),
      school('zuid', ['Dit protocol is van toepassing op leerlingen en personeel.']),
    ];
    expect(sharedRoles(titled, ROLES, [role('regels', 'Regels', ['regels'])])).toEqual([]);
    expect(sharedRoles(titled, ROLES, [role('personeel', 'Personeel', ['personeel', 'medewerkers'])])).toHaveLength(1);
  });
});
