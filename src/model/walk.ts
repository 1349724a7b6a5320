// Traversals over the Policy tree that every stage needs; kept here so no stage re-implements them.
import type { Clause, Policy, Section } from './policy.js';

/** Sections in document order, depth first, preamble first. */
export function allSections(policy: Policy): Section[] {
  const out: Section[] = [policy.preamble];
  const visit = (sections: Section[]): void => {
    for (const section of sections) {
      out.push(section);
      visit(section.sections);
    }
  };
  visit(policy.sections);
  return out;
}

export interface ClauseVisit {
  clause: Clause;
  section: Section;
  parent?: Clause;
  /** Index of the clause in document order (0-based). */
  index: number;
}

/** Every clause, sub-clauses included, in document order with its section. */
export function allClauses(policy: Policy): ClauseVisit[] {
  const out: ClauseVisit[] = [];
  const visit = (clauses: Clause[], section: Section, parent?: Clause): void => {
    for (const clause of clauses) {
      out.push(parent ? { clause, section, parent, index: out.length } : { clause, section, index: out.length });
      visit(clause.children, section, clause);
    }
  };
  for (const section of allSections(policy)) visit(section.clauses, section);
  return out;
}

/** Section titles from the top down to `section` (e.g. ["Social media in de school", "Voor medewerkers"]). */
export function sectionPath(policy: Policy, target: Section): Section[] {
  const search = (sections: Section[], trail: Section[]): Section[] | undefined => {
    for (const section of sections) {
      const here = [...trail, section];
      if (section === target) return here;
      const found = search(section.sections, here);
      if (found) return found;
    }
    return undefined;
  };
  return search(policy.sections, []) ?? [];
}

/**
 * Consecutive list items of one kind, an ordered list counting on, form one list: the PDF draws each as one L
 * element with one gutter width, the Word document as one numbering instance.
 */
export function listGroups(clauses: readonly Clause[]): Clause[][] {
  const groups: Clause[][] = [];
  for (const clause of clauses) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    const sameList =
      previous &&
      clause.kind === 'item' &&
      previous.kind === 'item' &&
      previous.list === clause.list &&
      (clause.list !== 'ordered' || clause.ordinal === previous.ordinal + 1);
    if (last && sameList) last.push(clause);
    else groups.push([clause]);
  }
  return groups;
}
