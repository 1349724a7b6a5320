// Word's balloons in the margin of a PDF printed or saved with its markup shown: the page's text set narrower, and
// right of it a pane of balloons, each opening with its label ("Commented [JJ1]: Graag tien werkdagen …",
// "Deleted: tien weken", "Formatted: …"; templates/import/markup-balloons.yaml), on the baseline of a line of the text
// or between two. Read as any text, a balloon's words ran into the line beside it. A balloon is no policy text: where
// the page has a label in its right half, everything from the pane's left edge rightwards is the balloons, left out
// and listed by their kind. Where a line of the text reaches into that pane, the pane cannot be told from the text:
// the page is reported and nothing cut. Small print in the right part of a page beside its text, and no label, may be
// comments printed in the margin by another program (LibreOffice 7.6 and later, a PDF printer's "comments and
// markup"): it cannot be told from a sidebar of the text, so it is read as text and the page reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PACKAGE_ROOT } from '../../io/root.js';
import type { Block, Decision } from '../blocks.js';
import { bodySize, type PageLine, pageLines, type PositionedText } from './pdf-lines.js';

type BalloonKind = 'comment' | 'deleted' | 'change';

const REASONS: Record<BalloonKind, string> = {
  comment: 'import-reason.comment',
  deleted: 'import-reason.balloon-deleted',
  change: 'import-reason.balloon-change',
};

let labels: { kind: BalloonKind; pattern: RegExp }[] | undefined;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Each kind's labels (every language), as a pattern of a line's start: the label, initials in brackets, a colon. */
function balloonLabels(): { kind: BalloonKind; pattern: RegExp }[] {
  if (labels) return labels;
  const file = join(PACKAGE_ROOT, 'templates', 'import', 'markup-balloons.yaml');
  const data = YAML.parse(readFileSync(file, 'utf8')) as Record<BalloonKind, Record<string, string[]>>;
  labels = (Object.keys(REASONS) as BalloonKind[]).map((kind) => ({
    kind,
    pattern: new RegExp(
      `^(?:${Object.values(data[kind] ?? {})
        .flat()
        .map(escape)
        .join('|')})(?:\\s*\\[[^\\]]{1,12}\\])?\\s*:`,
      'u',
    ),
  }));
  return labels;
}

/** The kind of balloon a line opens, or undefined where it opens with no label. */
const labelKind = (text: string): BalloonKind | undefined =>
  balloonLabels().find(({ pattern }) => pattern.test(text.trim()))?.kind;

/** A page's items without its balloons, the balloons as blocks left out, and the page reported where in doubt. */
export function withoutBalloons(
  items: readonly PositionedText[],
  pageWidth: number,
  page: number,
): { items: PositionedText[]; blocks: Block[]; decisions: Decision[] } {
  const lines = pageLines(items, page);
  const starts = lines.flatMap((line) =>
    line.segments.filter((segment) => segment.x > pageWidth * 0.55 && labelKind(segment.text) !== undefined),
  );
  if (starts.length === 0)
    return { items: [...items], blocks: [], decisions: marginText(items, lines, pageWidth, page) };
  const pane = Math.min(...starts.map((segment) => segment.x)) - 2;
  const crossing = lines.some((line) => line.segments.some((segment) => segment.x < pane && segment.end > pane + 2));
  if (crossing)
    return {
      items: [...items],
      blocks: [],
      decisions: [
        {
          ruleId: 'import-markup',
          messageId: 'import-markup.balloons-unread',
          fixId: 'import-markup.import-word',
          params: { page },
          source: { line: 0, page },
        },
      ],
    };
  const inPane = items.filter((item) => item.x >= pane);
  const balloons: { kind: BalloonKind; lines: string[] }[] = [];
  for (const line of pageLines(inPane, page)) {
    const kind = labelKind(line.text);
    const current = balloons.at(-1);
    if (kind || !current) balloons.push({ kind: kind ?? 'comment', lines: [line.text] });
    else current.lines.push(line.text);
  }
  return {
    items: items.filter((item) => item.x < pane),
    blocks: balloons.map((balloon) => ({
      kind: 'dropped',
      text: balloon.lines.join(' '),
      reason: { messageId: REASONS[balloon.kind] },
      source: { line: 0, page },
    })),
    decisions: [],
  };
}

/**
 * Small print right of the page's text with no balloon's label: text set smaller than the page's body, starting in
 * the right 40% of the page right of where every line of the body ends, level with the body (not a running header or
 * footer above or below it). Reported, not cut: it may be comments in the margin or a sidebar of the text.
 */
function marginText(
  items: readonly PositionedText[],
  lines: readonly PageLine[],
  pageWidth: number,
  page: number,
): Decision[] {
  const size = bodySize(lines);
  const body = lines.filter((line) => Math.abs(line.size - size) < 0.5);
  if (body.length === 0) return [];
  const top = Math.max(...body.map((line) => line.y));
  const bottom = Math.min(...body.map((line) => line.y));
  const small = items.filter(
    (item) =>
      item.str.trim() !== '' && item.size < size * 0.9 && item.x > pageWidth * 0.6 && item.y <= top && item.y >= bottom,
  );
  if (small.length === 0) return [];
  const pane = Math.min(...small.map((item) => item.x)) - 2;
  const bodyEnds = Math.max(...body.flatMap((line) => line.segments.filter((s) => s.x < pane).map((s) => s.end)));
  if (bodyEnds > pane) return [];
  const text = small
    .map((item) => item.str.trim())
    .join(' ')
    .slice(0, 80);
  return [
    {
      ruleId: 'import-markup',
      messageId: 'import-markup.margin-text',
      fixId: 'import-markup.check-margin',
      params: { page, text },
      source: { line: 0, page },
    },
  ];
}
