// pdfjs-dist's legacy build (the one pdfjs 5 runs in on Node 20) and its worker module carry core-js polyfills that
// replace JSON.parse, JSON.stringify and Array.prototype.push for the whole process, with versions five to six
// times slower (for spec corners pdfjs does not use: reviver source text, array lengths near 2^53). Test files share
// a worker process (vitest.config.ts), so one file that read a PDF back slowed the JSON and push of every file after
// it in that worker, and every render or parse after the read-back in its own file. Loaded as a setup file: the
// first file of a worker records the natives, every file starts with them, and restoreNativeBuiltins puts them
// back after pdfjs is loaded (tests/support/pdfjs.ts).
const KEY = Symbol.for('clausemark.test.native-builtins');

interface Natives {
  parse: typeof JSON.parse;
  stringify: typeof JSON.stringify;
  push: typeof Array.prototype.push;
}

const store = globalThis as typeof globalThis & { [KEY]?: Natives };
const natives: Natives = (store[KEY] ??= {
  parse: JSON.parse,
  stringify: JSON.stringify,
  push: Array.prototype.push,
});

/** Puts back the JSON functions and Array.prototype.push this worker process started with. */
export function restoreNativeBuiltins(): void {
  JSON.parse = natives.parse;
  JSON.stringify = natives.stringify;
  // biome-ignore lint/suspicious/noExplicitAny: assigning a prototype method back
  (Array.prototype as any).push = natives.push;
}

restoreNativeBuiltins();
