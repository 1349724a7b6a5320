// Work a comparison needs after its score matrix but that does not need the matrix, done by this thread while the
// helper thread computes the matrix's rows (score-threads.ts). The two threads share the rows through one counter,
// so what this thread does first the helper covers with rows: work moved there costs about half its time in waiting,
// where after the matrix it cost all of it, with the helper idle. Each piece is a value made at its first use, or
// earlier by run(): the value is the same either way, and without a helper nothing is made before it is asked for.

export class Meanwhile {
  private readonly pending: (() => unknown)[] = [];

  /** `make`'s value, made at the first call of what this returns, or earlier by run(). */
  later<T>(make: () => T): () => T {
    let made: { value: T } | undefined;
    const value = (): T => {
      made ??= { value: make() };
      return made.value;
    };
    this.pending.push(value);
    return value;
  }

  /**
   * Makes every value not made yet, in the order they were asked for. A value whose making fails is left to be made
   * again where it is used, so it fails there, as it would have without this.
   */
  run(): void {
    for (const value of this.pending.splice(0)) {
      try {
        value();
      } catch {
        // Made again, and thrown, at its first use.
      }
    }
  }
}
