// `clausemark upgrade` leaves a conflict quote in the clause and the clause id under `conflicts:`; either one
// still there means the upgrade is unfinished. `import --into` leaves a quote where Word and the source both changed
// a clause.
import { conflictNotes, listedConflicts, WORD_REF } from '../../template/conflicts.js';
import type { Rule, RuleFinding } from '../rule.js';

export const templateConflict: Rule = {
  id: 'template-conflict',
  severity: 'error',
  description: 'an upgrade conflict is not resolved yet',
  run({ policy }) {
    const notes = conflictNotes(policy);
    const quoted = new Set(notes.map((note) => note.id).filter((id): id is string => id !== undefined));
    const findings = notes.map(
      (note): RuleFinding => ({
        messageId: note.id
          ? note.ref?.startsWith(WORD_REF)
            ? 'template-conflict.unresolved-word-in-clause'
            : 'template-conflict.unresolved-in-clause'
          : 'template-conflict.unresolved',
        fixId: 'template-conflict.resolve',
        params: note.id ? { id: note.id } : {},
        place: note.place,
      }),
    );
    for (const listed of listedConflicts(policy)) {
      if (quoted.has(listed.id)) continue;
      findings.push({
        messageId: 'template-conflict.still-listed',
        fixId: 'template-conflict.unlist',
        params: { id: listed.id },
        place: listed.place ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      });
    }
    return findings;
  },
};
