// Small policies built programmatically for diff tests: written out as Markdown and parsed by the real parser,
// so the diff sees exactly what it would see from a file.
import type { Policy } from '../../src/model/policy.js';
import { parsePolicy } from '../../src/parse/index.js';

export interface ClauseSpec {
  /** Written as `{#id}` when given; omitted for plain Markdown (the parser then makes a synthetic id). */
  id?: string;
  text: string;
  children?: ClauseSpec[];
}

export interface SectionSpec {
  title: string;
  id?: string;
  /** Heading level (2 = ##). */
  depth?: number;
  /** How the clauses are written: an ordered list (default), a bullet list, or paragraphs. */
  style?: 'ordered' | 'bullet' | 'paragraphs';
  clauses: (ClauseSpec | string)[];
}

export interface PolicySpec {
  /** Frontmatter fields; none at all gives plain Markdown without frontmatter. */
  meta?: Record<string, unknown>;
  title?: string;
  preamble?: (ClauseSpec | string)[];
  sections: SectionSpec[];
}

export const DEFAULT_META = {
  id: 'test-policy',
  title: 'Testbeleid',
  organisation: 'Testschool',
  version: '1.0',
  status: 'draft',
  lang: 'nl',
};

function asClause(clause: ClauseSpec | string): ClauseSpec {
  return typeof clause === 'string' ? { text: clause } : clause;
}

function yamlValue(value: unknown): string {
  return JSON.stringify(value);
}

function listItems(clauses: ClauseSpec[], style: 'ordered' | 'bullet', indent: string): string[] {
  const lines: string[] = [];
  clauses.forEach((clause, i) => {
    const marker = style === 'ordered' ? `${i + 1}.` : '-';
    const id = clause.id ? `{#${clause.id}} ` : '';
    lines.push(`${indent}${marker} ${id}${clause.text}`);
    if (clause.children && clause.children.length > 0) {
      lines.push(...listItems(clause.children, style, `${indent}${' '.repeat(marker.length + 1)}`));
    }
  });
  return lines;
}

function block(clauses: (ClauseSpec | string)[], style: SectionSpec['style'] = 'ordered'): string {
  const specs = clauses.map(asClause);
  if (style === 'paragraphs')
    return specs.map((clause) => `${clause.id ? `{#${clause.id}} ` : ''}${clause.text}`).join('\n\n');
  return listItems(specs, style, '').join('\n');
}

export function markdownOf(spec: PolicySpec): string {
  const parts: string[] = [];
  if (spec.meta) {
    const lines = Object.entries(spec.meta).map(([key, value]) => `${key}: ${yamlValue(value)}`);
    parts.push(`---\n${lines.join('\n')}\n---`);
  }
  if (spec.title) parts.push(`# ${spec.title}`);
  if (spec.preamble && spec.preamble.length > 0) parts.push(block(spec.preamble, 'paragraphs'));
  for (const section of spec.sections) {
    parts.push(`${'#'.repeat(section.depth ?? 2)} ${section.title}${section.id ? ` {#${section.id}}` : ''}`);
    if (section.clauses.length > 0) parts.push(block(section.clauses, section.style));
  }
  return `${parts.join('\n\n')}\n`;
}

export function policyOf(spec: PolicySpec, path = 'policies/testschool/test.md'): Policy {
  return parsePolicy(markdownOf(spec), { path }).policy;
}

/** A policy with frontmatter and one ordered list per section, ids as given. */
export function policyFrom(sections: SectionSpec[], meta: Record<string, unknown> = DEFAULT_META): Policy {
  return policyOf({ meta, sections });
}
