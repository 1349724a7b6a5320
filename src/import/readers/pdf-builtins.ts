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
