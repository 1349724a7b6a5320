// Typed arrays handed out as views of larger blocks: a comparison of two versions of a large law makes tens of
// thousands of small ones (each text's term counts, each vector's ids and weights) that live as long as the
// comparison. Each made on its own is an ArrayBuffer with a backing store of its own for the garbage collector to
// track and sweep; a view of a block is one small object. A view is never handed out twice.

/** Entries per block: 256 KB of Int32 or 512 KB of Float64, a few dozen blocks for two versions of a large law. */
const BLOCK_ENTRIES = 1 << 16;

/** Blocks of one kind of typed array, each made by `make`; the subclasses below name the two kinds used. */
class TypedBlocks<T extends Int32Array | Float64Array> {
  private block: T;
  private used = 0;

  constructor(private readonly make: (entries: number) => T) {
    this.block = make(0);
  }

  /** A zeroed view of `size` entries no other view shares. */
  take(size: number): T {
    if (this.used + size > this.block.length) {
      this.block = this.make(Math.max(BLOCK_ENTRIES, size));
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + size) as T;
    this.used += size;
    return view;
  }
}

export class Int32Blocks extends TypedBlocks<Int32Array> {
  constructor() {
    super((entries) => new Int32Array(entries));
  }
}

export class Float64Blocks extends TypedBlocks<Float64Array> {
  constructor() {
    super((entries) => new Float64Array(entries));
  }
}
