// The page of the policies in force on a date (`build --at DATE`, issue 27 item 4): per organisation, each policy
// with the version in force, its adoption, the day it entered into force and where that version was read, or the
// words that no version was in force then. Pure: what to show is given, worded here from templates/messages.
import { wordMessage } from '../../io/messages.js';
import { renderTemplate } from '../../wording/engine.js';
import { renderPage, type PageFrame } from './page.js';

export interface InForceRow {
  id: string;
  title: string;
  /** Absent when no version was in force on the date. */
  version?: {
    version: string;
    adopted: { date: string; name: string; role: string };
    from: string;
    /** Where it was read, already worded ("policies/x.md in commit abc1234 of 2024-01-02"). */
    source: string;
    /** Its PDF, relative to the page. */
    pdf?: string;
  };
}

export interface InForceOrganisation {
  organisation: string;
  rows: InForceRow[];
}

const say = (messageId: string, params: Record<string, string> = {}): string => wordMessage({ messageId, params });

export function renderInForcePage(
  date: string,
  organisations: readonly InForceOrganisation[],
  frame: PageFrame,
  lang: string,
): string {
  const words = {
    title: say('in-force-report.title', { date }),
    policy: say('in-force-report.policy'),
    version: say('in-force-report.version'),
    adopted: say('in-force-report.adopted'),
    from: say('in-force-report.from'),
    source: say('in-force-report.source'),
  };
  const view = organisations.map(({ organisation, rows }) => ({
    organisation,
    rows: rows.map((row) => ({
      title: row.title,
      pdf: row.version?.pdf ?? null,
      none: row.version ? null : say('in-force-report.none', { date }),
      version: row.version?.version ?? '',
      adopted: row.version ? say('in-force-report.adopted-by', row.version.adopted) : '',
      from: row.version?.from ?? '',
      source: row.version?.source ?? '',
    })),
  }));
  const body = renderTemplate('html/in-force', { words, organisations: view }, { root: frame.root });
  return renderPage(frame, { title: words.title, lang, body });
}
