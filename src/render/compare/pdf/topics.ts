// Coverage by topic (src/compare/topics/topics.ts), before the provision matrix: per topic a heading with its name and
// description, one line per organisation with the clauses that cover it ("✓ up.fotos, intro.bewust (zin 3)") or
// "niet gevonden" with the clauses read and the closest candidates, and the numbers of the topic's provisions,
// linked to their texts. Words from templates/labels/<lang>.yaml; nothing when the comparison has no topics.
import { drawHeading, drawParagraph, fragment, plain } from '../../engine/report-text.js';
import type { PlacedHeading } from '../../engine/outline.js';
import type { StructElement } from '../../engine/tagging.js';
import { BODY, NOTE } from './columns.js';
import { documentName, provisionDestination, type CompareContext } from './context.js';
import { TOPIC_SIGNS, type TopicCellState } from '../../shared/compare/topics.js';

const TOPICS_DESTINATION = 'compare:topics';
const LAW_DESTINATION = 'compare:law';

/** The sign of a topic cell, as in every format (TOPIC_SIGNS); "not found" set with the en dash this page has used. */
const SIGNS: Record<TopicCellState, string> = { ...TOPIC_SIGNS, 'not-found': '–' };

/** A line is set no wider than this (long lines across a landscape page are hard to follow). */
const MAX_WIDTH = 680;
const INDENT = 16;

/** A section of its own on a new page: its heading (an outline entry at `destination`) and its note, muted. */
function openSection(context: CompareContext, parent: StructElement, destination: string, title: string, note: string) {
  const { frame, painter } = context;
  const muted = { colour: painter.theme.colours.muted };
  frame.newPage();
  const section = painter.tagger.element('Sect', parent);
  const heading = drawHeading(context, destination, title, 1, section, 60);
  const width = Math.min(frame.width, MAX_WIDTH);
  drawParagraph(context, plain(context, note), { ...NOTE, ...muted }, frame.left, width, section);
  return { section, heading, width, muted };
}

export function drawTopics(context: CompareContext, parent: StructElement): PlacedHeading | undefined {
  const { frame, painter, input } = context;
  const { texts } = input;
  if (texts.topicRows.length === 0) return undefined;
  const { theme, tagger } = painter;
  const { section, heading, width, muted } = openSection(
    context,
    parent,
    TOPICS_DESTINATION,
    texts.topics,
    texts.topicsNote,
  );
  heading.children = texts.topicRows.map((topic) => {
    const part = tagger.element('Sect', section);
    frame.space(12);
    const sub = drawHeading(context, `${TOPICS_DESTINATION}:${topic.id}`, topic.name, 2, part, BODY.leading * 4);
    drawParagraph(context, plain(context, topic.description), { ...NOTE, ...muted }, frame.left, width, part);
    for (const cell of topic.cells) {
      const runs = [
        ...fragment(context, `${documentName(input, cell.key)}: `, { bold: true }),
        ...fragment(context, `${SIGNS[cell.state]} ${cell.text}`, cell.covered ? {} : muted),
      ];
      drawParagraph(context, runs, { ...BODY, colour: theme.colours.text }, frame.left + INDENT, width - INDENT, part);
    }
    if (topic.provisions.length > 0) {
      const runs = [...fragment(context, `${texts.topicProvisions}: `, muted)];
      topic.provisions.forEach((number, i) => {
        runs.push(...fragment(context, `${i > 0 ? ', ' : ''}`, muted));
        runs.push(...fragment(context, String(number), { link: { dest: provisionDestination(number - 1) } }));
      });
      drawParagraph(context, runs, { ...NOTE, colour: theme.colours.text }, frame.left + INDENT, width - INDENT, part);
    }
    return sub;
  });
  return heading;
}

/**
 * What the law asks of the kind of policy, after the topics: per organisation a heading, then per required topic its
 * name, the law and article ("if applicable" where every basis says so), the law's words, and what was found.
 */
export function drawLaw(context: CompareContext, parent: StructElement): PlacedHeading | undefined {
  const { frame, painter, input } = context;
  const { texts } = input;
  if (texts.lawGroups.length === 0) return undefined;
  const { theme, tagger } = painter;
  const { section, heading, width, muted } = openSection(context, parent, LAW_DESTINATION, texts.law, texts.lawNote);
  heading.children = texts.lawGroups.map((group) => {
    const part = tagger.element('Sect', section);
    frame.space(12);
    const name = documentName(input, group.key);
    const sub = drawHeading(context, `${LAW_DESTINATION}:${group.key}`, name, 2, part, BODY.leading * 4);
    for (const row of group.rows) {
      const runs = [
        ...fragment(context, `${SIGNS[row.cell.state]} ${row.name} `, { bold: true }),
        ...fragment(context, `(${row.basis}): `, muted),
        ...fragment(context, row.cell.text, row.cell.covered ? {} : muted),
      ];
      drawParagraph(context, runs, { ...BODY, colour: theme.colours.text }, frame.left + INDENT, width - INDENT, part);
      drawParagraph(
        context,
        plain(context, `“${row.words}”${row.wordsNote ? ` (${row.wordsNote})` : ''}`),
        { ...NOTE, ...muted },
        frame.left + 2 * INDENT,
        width - 2 * INDENT,
        part,
      );
    }
    return sub;
  });
  return heading;
}
