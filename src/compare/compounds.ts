// Dutch writes compounds as one word, and authors disagree on where: "schoolgerelateerde" and "school
// gerelateerde", "communicatiemedewerker" where another text says "medewerker communicatie". A word is split in two
// where both halves (the first allowing a linking s or e, as in "fatsoen-s-normen") occur as words of their own
// somewhere in the documents compared, so every document splits the same words the same way.

/** Shorter words are not split; nor into parts shorter than these. */
const MIN_COMPOUND = 8;
const MIN_HEAD = 3;
const MIN_TAIL = 4;

/** The word's two parts, or the word itself. Prefers the longest tail (the Dutch head of a compound is last). */
export function splitCompound(word: string, known: ReadonlySet<string>): string[] {
  if (word.length < MIN_COMPOUND || /\d/.test(word)) return [word];
  for (let at = MIN_HEAD; at <= word.length - MIN_TAIL; at++) {
    const tail = word.slice(at);
    if (!known.has(tail)) continue;
    const head = word.slice(0, at);
    if (known.has(head)) return [head, tail];
    // Linking letters: "geluid-s-opnamen", "leerling-en-dossier" (as written: the plural is the head's own form).
    for (const link of ['s', 'e']) {
      const bare = head.endsWith(link) ? head.slice(0, -link.length) : '';
      if (bare.length >= MIN_HEAD && known.has(bare)) return [bare, tail];
    }
  }
  return [word];
}
