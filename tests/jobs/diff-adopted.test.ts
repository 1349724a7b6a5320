// `diff FILE` on an adopted policy edited since (issue 23): the working copy is not labelled as adopted in any
// format, and a change a reader sees outside the clause texts (a footnote, a link target) is a change.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { diffJob } from '../../src/jobs/diff.js';
import { loadPolicy } from '../../src/parse/index.js';
import { tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';

const DRAFT = `---
id: privacyreglement
title: Privacyreglement
organisation: Casparus College
org: casparus-college
version: "1.0"
status: draft
lang: nl
---

## Verstrekking {#verstrekking}

1. {#vs.derden} Persoonsgegevens worden alleen voor het onderwijs gebruikt.[^derden]
2. {#vs.avg} Meer informatie staat op [de site van de AP](https://autoriteitpersoonsgegevens.nl).

[^derden]: Persoonsgegevens worden nooit aan derden verstrekt.
`;

/** An adopted policy committed to a fresh repository, then edited in the working copy. */
function adoptedThenEdited(edit: (source: string) => string): string {
  const repo = tempRepo();
  const file = repo.write('policies/casparus-college/privacyreglement.md', DRAFT);
  const adopted = approveSource(loadPolicy(file), {
    name: 'J. de Vries',
    role: 'Voorzitter College van Bestuur',
    date: '2024-07-01',
    step: 'vaststelling',
  }).source;
  writeFileSync(file, adopted);
  repo.commit('vastgesteld');
  writeFileSync(file, edit(adopted));
  return file;
}

const diff = async (file: string, format: string) =>
  String((await diffJob([file], { root: PROJECT_ROOT, format })).content);

describe('diff FILE of an adopted policy edited since', () => {
  const edited = () => adoptedThenEdited((source) => source.replace('alleen voor het onderwijs', 'ook voor reclame'));

  it.each(['text', 'md', 'html'] as const)('%s: the working copy is not labelled Vastgesteld', async (format) => {
    const content = (await diff(edited(), format)).replace(/<\/li>/g, '\n').replace(/<[^>]+>/g, '');
    const lines = content.split('\n').filter((line) => line.includes('working copy'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Concept: gewijzigd na vaststelling');
    expect(lines[0]).not.toMatch(/Vastgesteld/);
    // The committed, adopted version still is.
    expect(content).toMatch(/@ [0-9a-f]{7}[^\n]*· Vastgesteld/);
  });

  it('json: the working copy is outdated, the committed version approved', async () => {
    const json = JSON.parse(await diff(edited(), 'json'));
    expect(json.new.status).toBe('outdated');
    expect(json.old.status).toBe('approved');
  });
});
