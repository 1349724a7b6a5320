// A policy that names its own numbering (frontmatter `numbering`, e.g. an imported "Artikel 1 / 1.1 / a)") gets
// its section numbers and ordered-clause labels from those patterns instead of the brand's house style, so every
// output prints the labels the source was adopted with.
import { formatPattern, labelParts, type PolicyNumbering } from '../model/numbering.js';
import type { Clause, Policy, Section } from '../model/policy.js';

/**
 * The pattern a list prints: its own (`lists`, named by the section or clause it is in) before its level's. Only the
 * clauses of a section (`path` holds its number alone) and the items directly below them have one.
 */
function listPattern(
  numbering: PolicyNumbering,
  path: readonly (string | number)[],
  owner: string,
): string | undefined {
  if (path.length > 2) return undefined;
  return numbering.lists?.[owner] ?? (path.length <= 1 ? numbering.clauses : numbering.items);
}

function labelClauses(
  clauses: Clause[],
  numbering: PolicyNumbering,
  path: (string | number)[],
  prefix: string,
  owner: string,
): void {
  const pattern = listPattern(numbering, path, owner);
  for (const clause of clauses) {
    let number = prefix;
    if (clause.list === 'ordered') {
      // Deeper items than a clause's own (a) under 1.1) keep the house style: the field names no pattern for them.
      if (pattern) {
        clause.label = formatPattern(pattern, [...path, clause.ordinal], clause.ordinal);
        clause.ownLabel = true;
        const parts = labelParts(pattern, path, path.length <= 1 ? 2 : 3);
        if (parts) clause.labelParts = parts;
      }
      // A clause's full number names its article ("Artikel 2 f."), unless its label does ("1.2" of "%1.%2").
      const named = path.length <= 1 && pattern?.includes('%1');
      number = prefix && !named ? `${prefix} ${clause.label}` : clause.label;
      clause.number = number;
      labelClauses(clause.children, numbering, [...path, clause.ordinal], number, clause.id);
    } else {
      clause.number = prefix;
      labelClauses(clause.children, numbering, path, prefix, clause.id);
    }
  }
}

/** Relabels `sections` (and their clauses) in place by the policy's own numbering. */
export function applyOwnNumbering(sections: readonly Section[], numbering: PolicyNumbering): void {
  for (const section of sections) {
    // A heading that types its number (parse/typed-headings.ts) counts by it and names its clauses' article.
    const counted = section.typed?.numeral ?? section.number;
    const ordinal = Number(counted.split('.').pop() ?? 0);
    if (section.number && numbering.sections) section.number = formatPattern(numbering.sections, [counted], ordinal);
    if (numbering.clauses || numbering.items || numbering.lists)
      labelClauses(section.clauses, numbering, [counted], section.typed?.label ?? section.number, section.id);
    applyOwnNumbering(section.sections, numbering);
  }
}

/**
 * Numbers `policy` by a brand's label patterns (templates/brands/*.yaml `labels`) when it names no numbering of its
 * own: the policy's own field, written from its source, always wins over the house style of whoever builds it.
 */
export function numberByBrand(policy: Policy, labels: PolicyNumbering | undefined): void {
  if (!labels || policy.meta.numbering) return;
  policy.meta.numbering = labels;
  applyOwnNumbering([policy.preamble, ...policy.sections], labels);
}
