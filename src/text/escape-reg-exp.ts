// Text made literal inside a regular expression: names, phrases and refs from data files, policies and git are
// searched for as written, never read as pattern syntax. One function, so every search escapes the same characters
// (Node 20 has no RegExp.escape).

/** `text` with every character a regular expression reads specially escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
