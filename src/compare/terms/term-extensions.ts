// The terms one word longer than a term (a word's pairs, a pair's triples), looked up by (term, next word) in one
// open-addressing table of typed arrays: a Map per extended term made ~200,000 small Maps for two versions of Boek 2
// BW, all kept until the comparison ends, for the garbage collector to walk.

/** No term: the table's empty slots. */
const EMPTY = -1;

export class TermExtensions {
  private keysTerm = new Int32Array(1 << 16).fill(EMPTY);
  private keysWord = new Int32Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private size = 0;

  /** The extension of `term` by `word`, or -1 when there is none yet. */
  get(term: number, word: number): number {
    const mask = this.keysTerm.length - 1;
    for (let slot = slotOf(term, word, mask); ; slot = (slot + 1) & mask) {
      const held = this.keysTerm[slot] as number;
      if (held === EMPTY) return EMPTY;
      if (held === term && this.keysWord[slot] === word) return this.values[slot] as number;
    }
  }

  /** Records `extension` as the extension of `term` by `word` (which has none yet). */
  set(term: number, word: number, extension: number): void {
    if (2 * (this.size + 1) > this.keysTerm.length) this.grow();
    this.place(term, word, extension);
    this.size++;
  }

  private place(term: number, word: number, extension: number): void {
    const mask = this.keysTerm.length - 1;
    let slot = slotOf(term, word, mask);
    while (this.keysTerm[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.keysTerm[slot] = term;
    this.keysWord[slot] = word;
    this.values[slot] = extension;
  }

  private grow(): void {
    const [terms, words, values] = [this.keysTerm, this.keysWord, this.values];
    this.keysTerm = new Int32Array(terms.length * 2).fill(EMPTY);
    this.keysWord = new Int32Array(terms.length * 2);
    this.values = new Int32Array(terms.length * 2);
    for (let slot = 0; slot < terms.length; slot++)
      if (terms[slot] !== EMPTY) this.place(terms[slot] as number, words[slot] as number, values[slot] as number);
  }
}

function slotOf(term: number, word: number, mask: number): number {
  const mixed = Math.imul(term, 0x9e3779b1) ^ Math.imul(word + 0x7f4a7c15, 0x85ebca6b);
  return (mixed ^ (mixed >>> 15)) & mask;
}
