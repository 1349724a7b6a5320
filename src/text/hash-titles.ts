// A title written `###Titel`, with no space after the hashes, as law exports and converted regulations write them.
// CommonMark reads such a line as text; a reader reads a title. `import` takes it as a heading and `check` points at
// it in a policy's own source, so both go by these patterns.

/** `####Titel` alone on its line: the hashes of a heading with no space after them. */
export const HASH_TITLE = /^(#{1,6})(?=[^\s#])/u;

/**
 * A `##Titel` line among other lines: two hashes or more before a capital, a digit or "§" ("###Hoofdstuk 1",
 * "###§ 1"), so a hashtag a line happens to start with ("#onzeschool", "#MeToo") stays text.
 */
export const HASH_TITLE_LINE = /^#{2,6}(?=[\p{Lu}\d§])/u;
