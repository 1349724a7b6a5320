// What every school must have, worded (src/report/documents/school-overview.ts makes it): the matrix of a board and its
// schools as the HTML report's page and the dossier's PDF show it, every word already in the reader's language.
/** A cell as a person reads it: a word for its state, the lines under it, where it links, what to do about it. */
export interface WordedCell {
  /** The state (src/procedure/overview.ts CellState), a class of the page. */
  state: string;
  label: string;
  details: string[];
  /** The policy's page or file, relative to the page the matrix is on. */
  href?: string;
  /** The anchor of its line under "What to do". */
  todo?: string;
}

export interface WordedOverview {
  org: string;
  title: string;
  intro: string;
  legend: string;
  columnOrganisation: string;
  toDoHeading: string;
  columns: { kind: string; title: string }[];
  rows: { org: string; name: string; board: boolean; boardWord: string; cells: WordedCell[] }[];
  /** What to do, each line with the row (`org`) it is said at: a school cell may point to its board's line. */
  toDo: { id: string; org: string; text: string; command?: string }[];
}
