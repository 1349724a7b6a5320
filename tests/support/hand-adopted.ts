// A policy of the fixture foundation Het Anker adopted by hand: an adoption row written without a hash, which the
// dossier, the build, the board pack and kennisname qualify from what git shows (src/procedure/adoption-git.ts). The
// tests of each write it, and an adoption recorded by `approve` beside it, alike.
import { expect } from 'vitest';
import { runCli } from './cli.js';

/** Het Anker's procedure.yaml: a board of primary schools. */
export const ANKER_DECLARATION = `sector: po
organisation:
  role: bestuur
  name: Stichting Het Anker
`;

/** The adoption row written by hand: no hash. */
export const HAND_ADOPTION_ROW =
  '  - { date: 2025-03-26, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }\n';

/** Het Anker's policy `id` with one clause `text`: adopted by hand (HAND_ADOPTION_ROW), or a draft. */
export function ankerPolicy(options: {
  id: string;
  title?: string;
  version?: string;
  text: string;
  adopted: boolean;
}): string {
  const { id, title = id, version = '1.0', text, adopted } = options;
  return `---
id: ${id}
title: ${title}
organisation: Stichting Het Anker
org: anker
version: "${version}"
status: ${adopted ? 'approved' : 'draft'}
lang: nl
${adopted ? `approvals:\n${HAND_ADOPTION_ROW}` : ''}---

## Doel {#doel}

{#doel.een} ${text}
`;
}

/** `clausemark approve FILE` in `root`, which records the hash of the text adopted. */
export async function approveByCli(root: string, file: string, date: string): Promise<void> {
  const run = await runCli(['approve', file, '--name', 'J. de Vries', '--role', 'Voorzitter', '--date', date], {
    cwd: root,
  });
  expect(run.code, run.stderr).toBe(0);
}
