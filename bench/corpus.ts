// Deterministic generated policies for benchmarks: real Dutch clause text (from the seed policies) arranged into
// as many sections and clauses as asked, so layout, hyphenation and diff see realistic words. Same arguments →
// same text, on every machine: nothing here reads the clock or Math.random.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '../src/parse/index.js';
import { allClauses } from '../src/model/walk.js';

export function seedFiles(root = 'policies'): string[] {
  return (
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(root, entry.name, 'social-media.md'))
      // Not every organisation has one (policies/linde holds a complaints procedure).
      .filter((file) => existsSync(file))
      .sort()
  );
}

let sentences: string[] | undefined;

/** Clause texts of the seed policies, in a fixed order. */
export function seedClauseTexts(): string[] {
  sentences ??= seedFiles()
    .flatMap((file) => allClauses(loadPolicy(file).policy).map(({ clause }) => clause.text))
    .filter((text) => text.length > 20);
  return sentences;
}

/** A small seeded PRNG (mulberry32): the benchmarks' only source of "randomness". */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedClause {
  id: string;
  text: string;
  /** A numbered list item ("3. …") or a plain paragraph. */
  numbered: boolean;
}

export interface GeneratedSection {
  id: string;
  title: string;
  clauses: GeneratedClause[];
}

export interface PolicyOptions {
  id?: string;
  org?: string;
  organisation?: string;
  version?: string;
  status?: string;
}

/** `clauses` clauses in sections of 8, numbered lists and paragraphs mixed. */
export function generateSections(clauses: number): GeneratedSection[] {
  const texts = seedClauseTexts();
  const sections: GeneratedSection[] = [];
  for (let index = 0; index < clauses; index++) {
    if (index % 8 === 0) sections.push({ id: `h${index / 8 + 1}`, title: `Hoofdstuk ${index / 8 + 1}`, clauses: [] });
    sections[sections.length - 1]?.clauses.push({
      id: `c${index}`,
      text: texts[(index * 7) % texts.length] ?? '',
      numbered: index % 3 !== 2,
    });
  }
  return sections;
}

export function renderGenerated(sections: readonly GeneratedSection[], options: PolicyOptions = {}): string {
  const count = sections.reduce((sum, section) => sum + section.clauses.length, 0);
  const title = `Gegenereerd protocol (${count} artikelen)`;
  const lines = [
    '---',
    `id: ${options.id ?? 'generated'}`,
    `title: ${title}`,
    `organisation: ${options.organisation ?? 'Stichting Voorbeeld'}`,
    `org: ${options.org ?? 'voorbeeld'}`,
    `version: "${options.version ?? '1.0'}"`,
    `status: ${options.status ?? 'approved'}`,
    'lang: nl',
    'approvals:',
    '  - { date: 2024-07-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
    '---',
    '',
    `# ${title}`,
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section.title} {#${section.id}}`, '');
    // A numbered list restarts after a paragraph; its numbers follow its position in the run.
    let position = 0;
    for (const clause of section.clauses) {
      position = clause.numbered ? position + 1 : 0;
      lines.push(
        clause.numbered ? `${position}. {#${clause.id}} ${clause.text}` : `{#${clause.id}} ${clause.text}`,
        '',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A policy with `clauses` clauses in sections of ~8, lists and paragraphs mixed; same arguments → same text. */
export function generatePolicy(clauses: number, options: PolicyOptions = {}): string {
  return renderGenerated(generateSections(clauses), options);
}

/** Plain Markdown of the same document for tools that do not know clause ids (the peers). */
export function withoutIds(source: string): string {
  return source.replace(/ ?\{#[^}\s]+\}/g, '');
}
