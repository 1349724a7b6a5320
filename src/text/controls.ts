// Characters that act instead of printing: C0 and C1 control characters (ESC starts a terminal's colour and title
// sequences) and the marks, embeddings, overrides and isolates of bidirectional text, which reorder what follows them
// on screen. Text from a document's unseen places (a Word comment and its author) is written with each such
// character named, "⟨U+202E⟩", never raw into a policy's source or a terminal.

const ACTING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const HAS_ACTING = new RegExp(ACTING.source, 'u');

/** The text with tabs and line breaks as spaces and every other acting character named; how many were named. */
export function namedControls(text: string): { text: string; named: number } {
  const spaced = text.replace(/[\t\n\r]/gu, ' ');
  if (!HAS_ACTING.test(spaced)) return { text: spaced, named: 0 };
  let named = 0;
  const out = spaced.replace(ACTING, (character) => {
    named++;
    return `\u27e8U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}\u27e9`;
  });
  return { text: out, named };
}
