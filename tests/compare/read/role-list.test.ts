// The roles of a comparison's languages (src/compare/read/role-list.ts): the shipped lists, a project's own list
// before the shipped one, and documents in two languages reading both.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleListPath, rolesFor } from '../../../src/compare/read/role-list.js';
import { orgPolicy } from '../fixtures.js';

const dutch = orgPolicy('noord', 'School Noord', [{ title: 'Regels', clauses: ['Een regel.'] }]);
const english = orgPolicy('north', 'North School', [{ title: 'Rules', clauses: ['A rule.'] }], { lang: 'en' });
const emptyProject = (): string => mkdtempSync(join(tmpdir(), 'clausemark-roles-'));

describe('rolesFor', () => {
  it('reads the shipped list of the documents’ language', () => {
    const roles = rolesFor([dutch], emptyProject());
    expect(roles.map((role) => role.id)).toEqual(['scope', 'enforcement', 'source-licence']);
    expect(roles[0]?.name).toBe('Reikwijdte: voor wie het geldt');
  });

  it('gives documents in two languages the signals of both, named in the first document’s language', () => {
    const scope = rolesFor([english, dutch], emptyProject()).find((role) => role.id === 'scope');
    expect(scope?.name).toBe('Scope: who it applies to');
    expect(scope?.signals).toEqual(expect.arrayContaining(['required to agree with', 'deze .. van toepassing op']));
  });

  it('reads a project’s own list before the shipped one, and none for a language without a list', () => {
    const root = emptyProject();
    mkdirSync(join(root, 'templates', 'topics', 'roles'), { recursive: true });
    writeFileSync(
      join(root, 'templates', 'topics', 'roles', 'nl.yaml'),
      'topics:\n  - id: bestuur\n    name: Bestuur\n    description: Wie besluit.\n    signals: [het bestuur besluit]\n',
    );
    expect(rolesFor([dutch], root).map((role) => role.name)).toEqual(['Bestuur']);
    expect(roleListPath('de', root)).toBeUndefined();
    expect(roleListPath('../nl', root)).toBeUndefined();
  });
});
