// The tokens of a PDF content stream, for the PDF/UA self-check (ua-check.ts): what the pattern
//   /\((?:\\.|[^\\)])*\)|<<|>>|<[0-9A-Fa-f\s]*>|[[\]]|\/[^\s/[\]()<>]+|[^\s/[\]()<>]+/g
// finds, token for token, scanned by hand: matching the pattern over a page (tens of thousands of tokens, an array
// and a string for each match) was most of the self-check, which every PDF build runs.

/** JavaScript's \s: white space and line terminators (a latin1 string holds only \t \n \v \f \r, space and U+00A0). */
export function isSpace(code: number): boolean {
  if (code <= 160) return (code >= 9 && code <= 13) || code === 32 || code === 160;
  return (
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

/** Ends a name or a bare token: \s / [ ] ( ) < > */
function isDelimiter(code: number): boolean {
  return (
    isSpace(code) ||
    code === 47 ||
    code === 91 ||
    code === 93 ||
    code === 40 ||
    code === 41 ||
    code === 60 ||
    code === 62
  );
}

const isHex = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/** A line terminator, which `.` does not match: \n \r and the two Unicode ones. */
const isLineEnd = (code: number): boolean => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

/** The end of the literal string opening at `at` (after its `)`), or -1 when the pattern would not match one. */
function literalEnd(content: string, at: number): number {
  for (let index = at + 1; index < content.length; index++) {
    const code = content.charCodeAt(index);
    if (code === 41) return index + 1;
    if (code === 92) {
      if (index + 1 >= content.length || isLineEnd(content.charCodeAt(index + 1))) return -1;
      index++;
    }
  }
  return -1;
}

/** The end of the hex string opening at `at` (after its `>`), or -1. */
function hexEnd(content: string, at: number): number {
  let index = at + 1;
  while (index < content.length && (isHex(content.charCodeAt(index)) || isSpace(content.charCodeAt(index)))) index++;
  return content.charCodeAt(index) === 62 ? index + 1 : -1;
}

/** The end of the token starting at `at`, or -1 when no token starts there (the pattern skips the character). */
function tokenEnd(content: string, at: number): number {
  const code = content.charCodeAt(at);
  if (code === 40) return literalEnd(content, at);
  if (code === 60) return content.charCodeAt(at + 1) === 60 ? at + 2 : hexEnd(content, at);
  if (code === 62) return content.charCodeAt(at + 1) === 62 ? at + 2 : -1;
  if (code === 91 || code === 93) return at + 1;
  let index = code === 47 ? at + 1 : at;
  while (index < content.length && !isDelimiter(content.charCodeAt(index))) index++;
  return index > at && !(code === 47 && index === at + 1) ? index : -1;
}

/** Calls `visit` with each token of `content` in order; stops when it returns false. */
export function eachContentToken(content: string, visit: (token: string) => boolean): void {
  for (let at = 0; at < content.length; ) {
    const end = tokenEnd(content, at);
    if (end < 0) {
      at++;
      continue;
    }
    if (!visit(content.slice(at, end))) return;
    at = end;
  }
}
