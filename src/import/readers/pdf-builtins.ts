// pdfjs-dist's legacy build (the one that runs in Node) bundles core-js, which on Node 20 replaces Array.prototype.push,
// JSON.parse and JSON.stringify with polyfills written in JavaScript, for the whole process and for good. Every
// push of every module after it (the Markdown parser and writer that turn the pages into a policy) then ran the
// polyfill: a 1,024-page PDF took 24.9 s CPU with them, 20.0 s with its own. Node's own functions do what pdfjs needs,
// so they are put back once pdfjs and its worker are loaded; what core-js only adds (new methods) is left alone.

/** The built-ins core-js replaces on Node 20 (the ones it adds are not ours to take away). */
const GUARDED: readonly [object, PropertyKey][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

/** The guarded built-ins as they are now: call the result to put them back. */
export function keepBuiltins(): () => void {
  const saved = GUARDED.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
  return () => {
    for (const [owner, key, descriptor] of saved) {
      if (descriptor && Object.getOwnPropertyDescriptor(owner, key)?.value !== descriptor.value)
        Object.defineProperty(owner, key, descriptor);
    }
  };
}

/**
 * While pdfjs loads, a stand-in for `Response`: its module and its worker's read `Response.prototype` (to add
 * `bytes()` where Node lacks it), and the first read of Node's own `Response` loads undici, which instantiates its
 * HTTP parser as WebAssembly. V8 reserves several GB of address space for a WebAssembly memory, so under an
 * address-space limit (`ulimit -v 6000000`) that failed, and with it every PDF import ("Cannot allocate Wasm memory",
 * issue 39 item 8), though import never fetches anything. Call the result to put Node's own (still unloaded) back.
 */
export function withoutUndici(): () => void {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'Response');
  // A property that holds a value already means undici is loaded: nothing to spare.
  if (!own?.get) return () => {};
  class Response {
    bytes(): Promise<Uint8Array> {
      return Promise.reject(new Error('clausemark: pdfjs fetched nothing while it loaded'));
    }
  }
  Object.defineProperty(globalThis, 'Response', { value: Response, configurable: true, writable: true });
  return () => {
    Object.defineProperty(globalThis, 'Response', own);
  };
}

/**
 * A 2-D affine DOMMatrix (a b c d e f, as the DOM names them): what pdfjs asks of one while it reads text. pdfjs
 * makes one when it loads, and its worker when it traces a Type 3 glyph's image mask; the rest of its uses paint on
 * a canvas, which import never does.
 */
class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6) {
      const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = Array.from(init);
      Object.assign(this, { a, b, c, d, e, f });
    }
  }

  /** this × other */
  multiplySelf(other: AffineMatrix): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * other.a + c * other.b;
    this.b = b * other.a + d * other.b;
    this.c = a * other.c + c * other.d;
    this.d = b * other.c + d * other.d;
    this.e = a * other.e + c * other.f + e;
    this.f = b * other.e + d * other.f + f;
    return this;
  }

  /** other × this */
  preMultiplySelf(other: AffineMatrix): this {
    const product = new AffineMatrix([other.a, other.b, other.c, other.d, other.e, other.f]).multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [
      product.a,
      product.b,
      product.c,
      product.d,
      product.e,
      product.f,
    ];
    return this;
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new AffineMatrix([sx, 0, 0, sy, 0, 0]));
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, tx, ty]));
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const determinant = a * d - b * c;
    [this.a, this.b, this.c, this.d] = [d / determinant, -b / determinant, -c / determinant, a / determinant];
    this.e = -(this.a * e + this.c * f);
    this.f = -(this.b * e + this.d * f);
    return this;
  }

  scale(sx = 1, sy = sx): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]).scaleSelf(sx, sy);
  }

  translate(tx = 0, ty = 0): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]).translateSelf(tx, ty);
  }
}

/** What pdfjs takes from @napi-rs/canvas when it loads in Node: a DOMMatrix; ImageData and Path2D paint only. */
const CANVAS_STAND_IN = { DOMMatrix: AffineMatrix, ImageData: class ImageData {}, Path2D: class Path2D {} };

/**
 * While pdfjs loads, a stand-in for the @napi-rs/canvas package it requires in Node: the package loads Skia and a
 * Tokio runtime whose threads and heaps reserve 1.2 GB of address space, so under `prlimit --as=3000000000` a
 * 1,000-page PDF ran out of memory with 200 MB in use (issue 68). Import reads text and paints nothing. Call the
 * result to put Node's module loader back.
 */
export function withoutCanvas(): () => void {
  const loader = process.getBuiltinModule('module') as unknown as {
    _load: (request: string, ...rest: unknown[]) => unknown;
  };
  const load = loader._load;
  loader._load = function (this: unknown, request: string, ...rest: unknown[]): unknown {
    return request === '@napi-rs/canvas' ? CANVAS_STAND_IN : load.call(this, request, ...rest);
  };
  return () => {
    loader._load = load;
  };
}
