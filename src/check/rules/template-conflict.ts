// `clausemark upgrade` leaves a conflict quote in the clause and the clause id under `conflicts:`; either one
// still there means the upgrade is unfinished.
import { conflictNotes, listedConflicts } from '../../sector/conflicts.js';
import type { Rule } from '../rule.js';

export const templateConflict: Rule = {
  id: 'template-conflict',
  severity: 'error',
  description: 'an upgrade conflict is not resolved yet',
  run({ policy }) {
    const notes = conflictNotes(policy);
    const quoted = new Set(notes.map((note) => note.id).filter((id): id is string => id !== undefined));
    const findings = notes.map((note) => ({
      message: `unresolved upgrade conflict${note.id ? ` in clause "${note.id}"` : ''}`,
      place: note.place,
      fix: 'choose the text to keep, delete this CONFLICT quote, and remove the clause id under conflicts in the frontmatter',
    }));
    for (const listed of listedConflicts(policy)) {
      if (quoted.has(listed.id)) continue;
      findings.push({
        message: `conflicts still lists "${listed.id}"`,
        place: listed.place ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        fix: `once clause ${listed.id} is resolved, remove it from conflicts (and remove conflicts when the list is empty)`,
      });
    }
    return findings;
  },
};
