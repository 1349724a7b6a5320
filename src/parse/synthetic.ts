// IDs for sections and clauses the author did not name: deterministic from the section and the position, so the
// same input always gets the same IDs, and never equal to an ID the author wrote.
import type { Clause, Section } from '../model/policy.js';
import { IdAllocator, slugify } from './ids.js';

function explicitIds(sections: Section[], into: string[]): void {
  const visitClauses = (clauses: Clause[]): void => {
    for (const clause of clauses) {
      if (!clause.synthetic) into.push(clause.id);
      visitClauses(clause.children);
    }
  };
  for (const section of sections) {
    if (!section.synthetic) into.push(section.id);
    visitClauses(section.clauses);
    explicitIds(section.sections, into);
  }
}

export function assignSyntheticIds(preamble: Section, sections: Section[]): void {
  const taken: string[] = [];
  explicitIds([preamble, ...sections], taken);
  const ids = new IdAllocator(taken);

  const nameClauses = (clauses: Clause[], prefix: string): void => {
    for (let index = 0; index < clauses.length; index++) {
      const clause = clauses[index] as Clause;
      const path = `${prefix}.${index + 1}`;
      if (clause.synthetic) clause.id = ids.allocate(path);
      // Sub-clauses hang off their parent's position path, not its (possibly hand-written) id.
      if (clause.children.length > 0) nameClauses(clause.children, path);
    }
  };
  const nameSections = (list: Section[]): void => {
    for (const section of list) {
      if (section.synthetic) section.id = ids.allocate(slugify(section.title) || `s${section.number}`);
      nameClauses(section.clauses, section.synthetic ? section.id : `s${section.number}`);
      nameSections(section.sections);
    }
  };
  nameClauses(preamble.clauses, 'preamble');
  nameSections(sections);
}
