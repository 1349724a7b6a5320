// A word for a POSIX shell's command line (`sh -c`, `script -qec`), whatever it holds: a clone's path may have
// spaces, accents or quotes in it ("Mijn Documenten/beleid é").

/** `text` in single quotes, a single quote in it written as '\'' . */
export const shellQuoted = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`;
