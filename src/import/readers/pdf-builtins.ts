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
