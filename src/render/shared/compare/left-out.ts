// What every comparison format says of the files of a folder compared that could not be read as a policy
// (Alignment.leftOut, src/jobs/compare-read.ts): which file, why, and how to fix it, in the comparison's language. They
// are no column of the comparison, so nothing else in a report speaks of them: absent, not empty.
import type { Alignment, LeftOutDocument } from '../../../compare/read/types.js';
import { wordMessageIn } from '../../../io/messages.js';
import { outputLanguage } from '../../../text/output-language.js';
import { fillLabel, type Labels } from '../../../wording/labels.js';

/** Why a file was left out and how to fix it, in the labels' language when the problem was worded from entries. */
function leftOutWords(document: LeftOutDocument, labels: Labels): { reason: string; fix?: string } {
  const language = outputLanguage(labels.lang);
  const params = document.params ?? {};
  const reason = document.messageId
    ? wordMessageIn(language, { messageId: document.messageId, params })
    : document.message;
  const fix = document.fixId ? wordMessageIn(language, { messageId: document.fixId, params }) : document.fix;
  return fix !== undefined ? { reason, fix } : { reason };
}

/** One line per file left out: "a.md: the policy has no text … (fix: write the policy text …)". */
export function leftOutLines(alignment: Alignment, labels: Labels): string[] {
  return (alignment.leftOut ?? []).map((document) => {
    const { reason, fix } = leftOutWords(document, labels);
    const line = fillLabel(labels.compareLeftOutFile, { at: document.at, reason });
    return fix !== undefined ? `${line} (${fillLabel(labels.compareLeftOutFix, { fix })})` : line;
  });
}

/** The lines for the terminal's text and for Markdown: the heading's words, the note, then each file. */
export function leftOutSection(
  alignment: Alignment,
  labels: Labels,
): { title: string; note: string; lines: string[] } | undefined {
  const lines = leftOutLines(alignment, labels);
  if (lines.length === 0) return undefined;
  return { title: labels.compareLeftOut, note: labels.compareLeftOutNote, lines };
}
