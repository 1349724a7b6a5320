// A Word comment kept in the source as an HTML comment (docs/format.md: notes for authors, not policy text), where the
// reader put it: at the end of its clause's text; on a line of its own under its heading when it is on a section's
// heading; under the title when it is on no article or heading (the title, the cover, a table clausemark writes
// itself). A thread's comments keep its order, the question first. Each comment's place is returned, so the report says where it was kept: a comment on a heading said to be
// "kept beside its clause" and not written anywhere was lost while the report said it was kept.
import type { Draft } from '../template/edit.js';

/** Where a comment was kept: beside its clause, under its section's heading, under the title. */
export type CommentPlace = 'clause' | 'heading' | 'top';

/**
 * Keeps each note (by the clause, section or paragraph key it is on) in the draft, in the order given (a thread's
 * question before its replies); returns where each key's went.
 */
export function attachComments(draft: Draft, comments: ReadonlyMap<string, string[]>): Map<string, CommentPlace> {
  const places = new Map<string, CommentPlace>();
  for (const [id, notes] of comments) places.set(id, attachNotes(draft, id, notes));
  return places;
}

const asComment = (note: string): string => `<!-- ${note.replace(/--+>?/g, '–').replace(/\s+/g, ' ').trim()} -->`;

function attachNotes(draft: Draft, id: string, notes: readonly string[]): CommentPlace {
  const place = placeOf(draft, id);
  const comments = [...new Set(notes.map(asComment))].filter((comment) => !draft.source.includes(comment));
  if (comments.length === 0) return place;
  if (place === 'clause') {
    // At the end of the clause's text, so a list stays as tight as it was; after its table, on a line of its own.
    for (const comment of comments) if (!draft.appendToOwn(id, ` ${comment}`)) draft.attachBlock(id, [comment]);
  } else {
    // All at once, each on a line of its own: inserted one by one at the heading, the last would come first.
    const line = place === 'heading' ? (draft.section(id)?.position?.start.line ?? 0) : draft.preambleLine();
    const lines = comments.flatMap((comment, index) => (index === 0 ? [comment] : ['', comment]));
    draft.insertLines(line, lines, { blankBefore: true, blankAfter: true });
  }
  return place;
}

function placeOf(draft: Draft, id: string): CommentPlace {
  if (draft.locate(id)) return 'clause';
  return draft.section(id)?.position ? 'heading' : 'top';
}
