// White space as `\s` in a regular expression and `String.prototype.trim` see it, for scans that walk a text by
// character code instead of running a pattern at every position (src/parse/limits.ts, src/parse/text.ts).

/** Whether `code` is ASCII or Unicode white space or the byte order mark: what `\s` matches and `trim` removes. */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
