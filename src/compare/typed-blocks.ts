// Typed arrays handed out as views of larger blocks: a comparison of two versions of a large law makes tens of
// thousands of small ones (each text's term counts, each vector's ids and weights) that live as long as the
// comparison. Each made on its own is an ArrayBuffer with a backing store of its own for the garbage collector to
// track and sweep; a view of a block is one small object. A view is never handed out twice.

/** Entries per block: 256 KB of Int32 or 512 KB of Float64, a few dozen blocks for two versions of a large law. */
const BLOCK_ENTRIES = 1 << 16;

export class Int32Blocks {
  private block = new Int32Array(0);
  private used = 0;

  /** A zeroed view of `size` entries no other view shares. */
  take(size: number): Int32Array {
    if (this.used + size > this.block.length) {
      this.block = new Int32Array(Math.max(BLOCK_ENTRIES, size));
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + size);
    this.used += size;
    return view;
  }
}

export class Float64Blocks {
  private block = new Float64Array(0);
  private used = 0;

  /** A zeroed view of `size` entries no other view shares. */
  take(size: number): Float64Array {
    if (this.used + size > this.block.length) {
      this.block = new Float64Array(Math.max(BLOCK_ENTRIES, size));
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + size);
    this.used += size;
    return view;
  }
}
