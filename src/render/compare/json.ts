// The comparison as JSON: the alignment as it is, with what the other formats word beside each legal requirement, in
// the compared document's language, so a reader of the JSON alone sees as of which date the law was read
// ("Wettekst van: WPO 1 augustus 2026.") and each requirement's cell as the pages show it ("niet van toepassing: geldt
// voor …", "indien van toepassing: <question> — …"); the topic's name, whom it binds, the question, what a clause
// lacks and the note on a law that applies directly are that language's too, where the topic list gives them per
// language. The law's words stay Dutch, as the law has them. Each document's `citations` are in words, as the pages
// cite its clauses ("Artikel 2, onder f").
import type { Alignment, LawRow } from '../../compare/read/types.js';
import type { Labels } from '../../wording/labels.js';
import { citedClauses } from '../shared/compare/clause-name.js';
import { leftOutLines } from '../shared/compare/left-out.js';
import { lawAsOf, requirementGroups, topicListText, topicName } from '../shared/compare/topics.js';

/** A row's topic list texts (its topic's name, whom it binds, the question, its note) in the labels' language. */
function rowInLanguage(row: LawRow, labels: Labels): LawRow {
  return {
    ...row,
    name: topicName(row, labels),
    ...(row.who !== undefined ? { who: topicListText(row.who, labels) } : {}),
    ...(row.question !== undefined ? { question: topicListText(row.question, labels) } : {}),
    ...(row.needs !== undefined ? { needs: topicListText(row.needs, labels) } : {}),
    ...(row.direct !== undefined ? { direct: topicListText(row.direct, labels) } : {}),
  };
}

/** The alignment with its law view worded: `law.asOfText`, and each row's `text` as the pages show its cell. */
function wordedLaw(alignment: Alignment, labels: Labels): Alignment {
  const { law } = alignment;
  if (!law) return alignment;
  const groups = requirementGroups(alignment, labels);
  return {
    ...alignment,
    law: {
      ...law,
      asOfText: lawAsOf(alignment, labels),
      groups: law.groups.map((group, index) => ({
        ...group,
        rows: group.rows.map((row, at) => ({
          ...rowInLanguage(row, labels),
          text: groups[index]?.rows[at]?.cell.text ?? '',
        })),
      })),
    },
  };
}

/** Each file left out with `text`, the line the other formats show of it, in the comparison's language. */
function wordedLeftOut(alignment: Alignment, labels: Labels): Alignment {
  if (!alignment.leftOut) return alignment;
  const lines = leftOutLines(alignment, labels);
  return {
    ...alignment,
    leftOut: alignment.leftOut.map((document, index) => ({ ...document, text: lines[index] ?? '' })),
  };
}

/** Each document's `citations` in words (clause ID → "Artikel 2, onder f"), not in their parts. */
function wordedCitations(alignment: Alignment, labels: Labels): object {
  const cited = citedClauses(alignment, labels);
  return {
    ...alignment,
    documents: alignment.documents.map((document) => ({
      ...document,
      citations: Object.fromEntries(cited.get(document.key) ?? []),
    })),
  };
}

export function renderCompareJson(alignment: Alignment, labels: Labels): string {
  const worded = wordedCitations(wordedLeftOut(wordedLaw(alignment, labels), labels), labels);
  return `${JSON.stringify(worded, null, 2)}\n`;
}
