// Text a PDF shows struck through: a line drawn over the words at the height of their middle, as Word and LibreOffice
// print Font → Strikethrough and a tracked deletion shown ("binnen tien weken zes weken" with "tien weken" struck and
// "zes weken" underlined). That text is no policy text: it is cut out of the text items it stands in and left out,
// listed as struck through, as a Word document's struck text is (docx-body.ts). Where the struck characters cannot be
// found again in pdfjs's text item (its text normalised otherwise), the page is reported rather than the words kept
// silently. Change bars, the vertical lines Word and LibreOffice draw in the margin beside a line with a tracked
// change, say the PDF was printed with its changes shown: reported, as an insertion's underline cannot be told from
// the author's own.
import type { PlacedGlyph } from './pdf-glyphs.js';

/** A text item of a page, as pdf.ts reads it: its text, baseline, start and width. */
export interface StruckItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

/** Words drawn struck through on a page: their text and where they stand. */
export interface StruckRun {
  text: string;
  y: number;
  x0: number;
  x1: number;
}

type Box = readonly [number, number, number, number];

/** A line this thin (points) drawn across text is a strike or an underline, not a box or a highlight. */
const THIN = 1.5;

/** The line over a glyph, between a sixth and a half of its size above its baseline: a strike through it. */
function strikes(glyph: PlacedGlyph, box: Box): boolean {
  const [x0, y0, x1, y1] = box;
  const middle = (glyph.x0 + glyph.x1) / 2;
  const height = (y0 + y1) / 2;
  return (
    y1 - y0 <= THIN &&
    x0 <= middle &&
    middle <= x1 &&
    height >= glyph.y + glyph.size * 0.15 &&
    height <= glyph.y + glyph.size * 0.55
  );
}

/** The runs of glyphs a line is drawn through, each run's text trimmed; white space alone is no run. */
export function struckRuns(glyphs: readonly PlacedGlyph[], boxes: readonly Box[]): StruckRun[] {
  const lines = boxes.filter(([x0, y0, x1, y1]) => y1 - y0 <= THIN && x1 - x0 > 1);
  const runs: StruckRun[] = [];
  let current: { glyphs: PlacedGlyph[] } | undefined;
  const close = (): void => {
    const text = current?.glyphs.map((glyph) => glyph.text).join('') ?? '';
    const shown = current?.glyphs.filter((glyph) => glyph.text.trim() !== '') ?? [];
    if (text.trim() !== '' && shown.length > 0)
      runs.push({
        text: text.trim(),
        y: shown[0]?.y ?? 0,
        x0: Math.min(...shown.map((glyph) => glyph.x0)),
        x1: Math.max(...shown.map((glyph) => glyph.x1)),
      });
    current = undefined;
  };
  for (const glyph of glyphs) {
    const struck = lines.some((box) => strikes(glyph, box));
    const last = current?.glyphs.at(-1);
    if (!struck || (last && Math.abs(last.y - glyph.y) > 1)) close();
    if (struck) (current ??= { glyphs: [] }).glyphs.push(glyph);
  }
  close();
  return runs;
}

/** `before` and `after` a text cut out of a line joined: one space where either side had one, none before punctuation. */
function joinAround(before: string, after: string): string {
  const spaced = /\s$/u.test(before) || /^\s/u.test(after);
  const head = before.trimEnd();
  const tail = after.trimStart();
  if (head === '' || tail === '') return `${head}${tail}`;
  return spaced && !/^[.,;:!?)]/u.test(tail) ? `${head} ${tail}` : `${head}${tail}`;
}

/** Text compared as pdfjs normalises it (ligatures, compatibility forms). */
const normal = (text: string): string => text.normalize('NFKC');

/**
 * The page's items with the struck runs cut out of them (an item wholly struck is gone), and the runs that could not be
 * found in an item at their place.
 */
export function withoutStruck<T extends StruckItem>(
  items: readonly T[],
  runs: readonly StruckRun[],
): { items: T[]; cut: StruckRun[]; unfound: StruckRun[] } {
  const texts = new Map<T, string>(items.map((item) => [item, normal(item.str)]));
  const cut: StruckRun[] = [];
  const unfound: StruckRun[] = [];
  // Right to left, so a cut leaves the places of the runs left of it in its item as they were.
  for (const run of [...runs].sort((a, b) => b.x0 - a.x0)) {
    const item = items.find(
      (candidate) =>
        Math.abs(candidate.y - run.y) <= 1 && candidate.x <= run.x0 + 1 && run.x1 <= candidate.x + candidate.width + 1,
    );
    const text = item ? (texts.get(item) ?? '') : '';
    const wanted = normal(run.text);
    const at = item ? nearestIndex(text, wanted, ((run.x0 - item.x) / (item.width || 1)) * text.length) : -1;
    if (!item || at < 0) {
      unfound.push(run);
      continue;
    }
    texts.set(item, joinAround(text.slice(0, at), text.slice(at + wanted.length)));
    cut.push(run);
  }
  const kept = items
    .filter((item) => (texts.get(item) ?? '').trim() !== '' || item.str.trim() === '')
    .map((item) => (texts.get(item) === normal(item.str) ? item : { ...item, str: texts.get(item) ?? '' }));
  return { items: kept, cut: cut.sort((a, b) => b.y - a.y || a.x0 - b.x0), unfound };
}

/** Where `wanted` occurs in `text` nearest to the character `estimate`, or -1. */
function nearestIndex(text: string, wanted: string, estimate: number): number {
  let best = -1;
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1))
    if (best < 0 || Math.abs(at - estimate) < Math.abs(best - estimate)) best = at;
  return best;
}

/**
 * Change bars: thin vertical lines in the margin left or right of all the page's text, each no taller than a few
 * lines, with no horizontal line meeting them (a box's or a table's border). How many the page draws.
 */
export function changeBars(boxes: readonly Box[], items: readonly StruckItem[]): number {
  if (items.length === 0) return 0;
  const left = Math.min(...items.map((item) => item.x));
  const right = Math.max(...items.map((item) => item.x + item.width));
  const horizontal = boxes.filter(([x0, y0, x1, y1]) => y1 - y0 <= THIN && x1 - x0 > THIN);
  return boxes.filter(([x0, y0, x1, y1]) => {
    const outside = x1 < left - 2 || x0 > right + 2;
    const vertical = x1 - x0 <= THIN && y1 - y0 >= 6 && y1 - y0 <= 120;
    const meets = horizontal.some(
      ([hx0, hy0, hx1, hy1]) => hx0 <= x1 + 2 && x0 <= hx1 + 2 && (Math.abs(hy0 - y0) <= 2 || Math.abs(hy1 - y1) <= 2),
    );
    return outside && vertical && !meets;
  }).length;
}
