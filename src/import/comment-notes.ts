// A Word comment kept in the source as an HTML comment (docs/format.md: notes for authors, not policy text), where the
// reader put it: at the end of its clause's text; on a line of its own under its heading when it is on a section's
// heading; under the title when it is on no article or heading (the title, the cover, a table clausemark writes
// itself). Each comment's place is returned, so the report says where it was kept: a comment on a heading said to be
// "kept beside its clause" and not written anywhere was lost while the report said it was kept.
import type { Draft } from '../template/edit.js';

/** Where a comment was kept: beside its clause, under its section's heading, under the title. */
export type CommentPlace = 'clause' | 'heading' | 'top';

/** Keeps each note (by the clause, section or paragraph key it is on) in the draft; returns where each key's went. */
export function attachComments(draft: Draft, comments: ReadonlyMap<string, string[]>): Map<string, CommentPlace> {
  const places = new Map<string, CommentPlace>();
  for (const [id, notes] of comments) for (const note of notes) places.set(id, attachComment(draft, id, note));
  return places;
}

function attachComment(draft: Draft, id: string, note: string): CommentPlace {
  const comment = `<!-- ${note.replace(/--+>?/g, '–').replace(/\s+/g, ' ').trim()} -->`;
  const place = placeOf(draft, id);
  if (draft.source.includes(comment)) return place;
  if (place === 'clause') {
    // At the end of the clause's text, so a list stays as tight as it was; after its table, on a line of its own.
    if (!draft.appendToOwn(id, ` ${comment}`)) draft.attachBlock(id, [comment]);
  } else {
    const line = place === 'heading' ? (draft.section(id)?.position?.start.line ?? 0) : draft.preambleLine();
    draft.insertLines(line, [comment], { blankBefore: true, blankAfter: true });
  }
  return place;
}

function placeOf(draft: Draft, id: string): CommentPlace {
  if (draft.locate(id)) return 'clause';
  return draft.section(id)?.position ? 'heading' : 'top';
}
