// Deterministic generated policies for benchmarks: real Dutch clause text (from the seed policies) arranged into
// as many sections and clauses as asked, so layout, hyphenation and diff see realistic words.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '../src/parse/index.js';
import { allClauses } from '../src/model/walk.js';

export function seedFiles(root = 'policies'): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name, 'social-media.md'))
    .sort();
}

let sentences: string[] | undefined;

/** Clause texts of the seed policies, in a fixed order. */
export function seedClauseTexts(): string[] {
  sentences ??= seedFiles().flatMap((file) => allClauses(loadPolicy(file).policy).map(({ clause }) => clause.text)).filter((text) => text.length > 20);
  return sentences;
}

/** A policy with `clauses` clauses in sections of ~8, lists and paragraphs mixed; same arguments → same text. */
export function generatePolicy(clauses: number, options: { org?: string; version?: string; status?: string } = {}): string {
  const texts = seedClauseTexts();
  const lines = [
    '---',
    'id: generated',
    `title: Gegenereerd protocol (${clauses} artikelen)`,
    'organisation: Stichting Voorbeeld',
    `org: ${options.org ?? 'voorbeeld'}`,
    `version: "${options.version ?? '1.0'}"`,
    `status: ${options.status ?? 'approved'}`,
    'approvals:',
    '  - { date: 2024-07-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
    '---',
    '',
    `# Gegenereerd protocol (${clauses} artikelen)`,
    '',
  ];
  for (let index = 0; index < clauses; index++) {
    if (index % 8 === 0) lines.push(`## Hoofdstuk ${index / 8 + 1} {#h${index / 8 + 1}}`, '');
    const text = texts[(index * 7) % texts.length] ?? '';
    lines.push(index % 3 === 2 ? `{#c${index}} ${text}` : `${(index % 8) + 1}. {#c${index}} ${text}`, '');
  }
  return `${lines.join('\n')}\n`;
}
