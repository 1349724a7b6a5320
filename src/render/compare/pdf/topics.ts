// Coverage by topic (src/compare/topics.ts), before the provision matrix: per topic a heading with its name and
// description, one line per organisation with the clauses that cover it ("✓ up.fotos, intro.bewust (zin 3)") or
// "niet gevonden" with the clauses read and the closest candidates, and the numbers of the topic's provisions,
// linked to their texts. Words from templates/labels/<lang>.yaml; nothing when the comparison has no topics.
import { drawHeading, drawParagraph, fragment, plain } from '../../engine/report-text.js';
import type { PlacedHeading } from '../../engine/outline.js';
import type { StructElement } from '../../engine/tagging.js';
import { BODY, NOTE } from './columns.js';
import { documentName, provisionDestination, type CompareContext } from './context.js';

const TOPICS_DESTINATION = 'compare:topics';

/** A line is set no wider than this (long lines across a landscape page are hard to follow). */
const MAX_WIDTH = 680;
const INDENT = 16;

export function drawTopics(context: CompareContext, parent: StructElement): PlacedHeading | undefined {
  const { frame, painter, input } = context;
  const { texts } = input;
  if (texts.topicRows.length === 0) return undefined;
  const { theme, tagger } = painter;
  const muted = { colour: theme.colours.muted };
  frame.newPage();
  const section = tagger.element('Sect', parent);
  const heading = drawHeading(context, TOPICS_DESTINATION, texts.topics, 1, section, 60);
  const width = Math.min(frame.width, MAX_WIDTH);
  drawParagraph(context, plain(context, texts.topicsNote), { ...NOTE, ...muted }, frame.left, width, section);
  heading.children = texts.topicRows.map((topic) => {
    const part = tagger.element('Sect', section);
    frame.space(12);
    const sub = drawHeading(context, `${TOPICS_DESTINATION}:${topic.id}`, topic.name, 2, part, BODY.leading * 4);
    drawParagraph(context, plain(context, topic.description), { ...NOTE, ...muted }, frame.left, width, part);
    for (const cell of topic.cells) {
      const runs = [
        ...fragment(context, `${documentName(input, cell.key)}: `, { bold: true }),
        ...fragment(context, cell.covered ? `✓ ${cell.text}` : `– ${cell.text}`, cell.covered ? {} : muted),
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
