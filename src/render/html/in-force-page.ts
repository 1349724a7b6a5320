// The page of the policies in force on a date (`build --at DATE`, issue 27 item 4): per organisation, each policy
// with the version in force, its adoption, the day it entered into force and where that version was read, or the
// words that no version was in force then. Pure: what to show is given, worded here from the label files in the
// policies' language (templates/labels/<lang>.yaml), like the rest of the report.
import { fillLabel, type Labels } from '../../wording/labels.js';
import { renderTemplate } from '../../wording/engine.js';
import { renderPage, type PageFrame } from './page.js';
import { formatDate } from '../../text/format-date.js';

export interface InForceRow {
  id: string;
  title: string;
  /** The day the git history of its files begins, when that is after the date: what was in force is not known. */
  historyFrom?: string;
  /** Absent when no version was in force on the date. */
  version?: {
    version: string;
    adopted: { date: string; name: string; role: string };
    from: string;
    /** Where it was read, already worded ("policies/x.md in commit abc1234 of 2024-01-02"). */
    source: string;
    /** Its PDF, relative to the page. */
    pdf?: string;
    /** Its text may differ from the one in force then (src/jobs/build-at.ts textUnsure): said beside it. */
    textUnsure?: { historyFrom?: string };
  };
}

export interface InForceOrganisation {
  organisation: string;
  rows: InForceRow[];
}

/** The words that a version's text may not be the one in force on `date`, or null when it is. */
function caveatOf(row: InForceRow, date: string, labels: Labels, day: (iso: string) => string): string | null {
  const unsure = row.version?.textUnsure;
  if (!unsure) return null;
  return unsure.historyFrom
    ? fillLabel(labels.inForceTextBeforeHistory, { begins: day(unsure.historyFrom), date: day(date) })
    : fillLabel(labels.inForceTextNotInGit, { date: day(date) });
}

export function renderInForcePage(
  date: string,
  organisations: readonly InForceOrganisation[],
  frame: PageFrame,
  labels: Labels,
): string {
  const day = (iso: string): string => formatDate(iso, labels.lang) ?? iso;
  const words = {
    title: fillLabel(labels.inForceTitle, { date: day(date) }),
    policy: labels.inForcePolicy,
    version: labels.inForceVersion,
    adopted: labels.inForceAdopted,
    from: labels.inForceFrom,
    source: labels.inForceSource,
  };
  const view = organisations.map(({ organisation, rows }) => ({
    organisation,
    rows: rows.map((row) => ({
      title: row.title,
      pdf: row.version?.pdf ?? null,
      none: row.version
        ? null
        : row.historyFrom
          ? fillLabel(labels.inForceBeforeHistory, { begins: day(row.historyFrom) })
          : fillLabel(labels.inForceNone, { date: day(date) }),
      version: row.version?.version ?? '',
      adopted: row.version
        ? fillLabel(labels.inForceAdoptedBy, { ...row.version.adopted, date: day(row.version.adopted.date) })
        : '',
      from: row.version ? day(row.version.from) : '',
      source: row.version?.source ?? '',
      caveat: caveatOf(row, date, labels, day),
    })),
  }));
  const body = renderTemplate('html/in-force', { words, organisations: view }, { root: frame.root });
  return renderPage(frame, { title: words.title, lang: labels.lang, body });
}
