// Where kennisname keeps its people lists and records, in the working folder (src/io/acknowledgements.ts): a module
// of its own, so the stamp of `start` (src/jobs/start-stamp.ts, loaded alone before the program) can hash the folder
// without loading the reading of its files.

/** The folder of the people lists and records, in the working folder. */
export const ACKNOWLEDGEMENTS_DIR = 'acknowledgements';
