// The cover page: a band in the brand's primary colour, the logo, the title, the lines about version and status,
// and the adoption statement. No running header or footer here.
import type { PdfInput } from '../engine/input.js';
import { plainRuns, type Run } from '../shared/inline.js';
import { layoutText, paintLine, type Painter } from '../engine/paint.js';
import type { SetStyle } from '../engine/linebreak.js';
import { drawLogo } from '../engine/logo.js';

/** The box the logo is fitted into on the cover, in points: the largest it is printed anywhere. */
export const COVER_LOGO_BOX = { width: 190, height: 72 } as const;

const BAND_WIDTH = 16;

function paragraph(
  painter: Painter,
  runs: Run[],
  set: SetStyle,
  x: number,
  top: number,
  width: number,
  colour: string,
  type: string,
): number {
  const { tagger, theme } = painter;
  const lines = layoutText(painter, runs, set, width);
  if (lines.length === 0) return top;
  const element = tagger.element(type);
  tagger.begin(element);
  lines.forEach((line, index) =>
    paintLine(painter, line, x, top + index * set.leading, set.leading, { text: colour, link: theme.colours.accent }),
  );
  tagger.end();
  return top + lines.length * set.leading;
}

/** The brand's logo at the top of the cover, tagged as a figure named after the organisation. */
function drawCoverLogo(painter: Painter, input: PdfInput, x: number): void {
  const { doc, tagger } = painter;
  const { policy, brand } = input;
  if (!brand.logo) return;
  const figure = tagger.element('Figure', tagger.root, { alt: `${policy.meta.organisation}` });
  tagger.begin(figure);
  drawLogo(doc, brand.logo, x, 70, {
    ...COVER_LOGO_BOX,
    fonts: { regular: brand.fonts.regular, bold: brand.fonts.bold },
  });
  tagger.end();
}

/** The lines about version and status under the title, the first larger; returns where they end. */
function drawCoverLines(painter: Painter, input: PdfInput, x: number, top: number, width: number): number {
  const { colours } = painter.theme;
  let y = top;
  input.texts.coverLines.forEach((line, index) => {
    const set: SetStyle = {
      size: index === 0 ? 14 : 11.5,
      leading: index === 0 ? 20 : 17,
      align: 'left',
      hyphenate: input.texts.lang,
      ...(index === 0 ? { base: { bold: true } } : {}),
    };
    y = paragraph(
      painter,
      plainRuns(line, painter.fonts.covers),
      set,
      x,
      y,
      width,
      index === 0 ? colours.text : colours.muted,
      'P',
    );
    if (index === 0) y += 4;
  });
  return y;
}

/** The adoption statement beside an accent rule, at the foot of the cover unless the text above reaches there. */
function drawAdoptionStatement(
  painter: Painter,
  adoption: string,
  x: number,
  after: number,
  width: number,
  hyphenate: PdfInput['texts']['lang'],
): void {
  const { doc, theme, tagger } = painter;
  const { page, colours } = theme;
  const set: SetStyle = { size: 10.5, leading: 15, align: 'left', base: { italic: true }, hyphenate };
  // Who adopted it, in what role, when: names, never hyphenated.
  const runs = plainRuns(adoption, painter.fonts.covers, { name: true });
  const lines = layoutText(painter, runs, set, width - 14);
  // At the foot of the cover, unless a very long title already reaches there.
  const top = Math.max(page.height - page.margin.bottom - 40 - lines.length * set.leading, after + 30);
  tagger.artifact(() => doc.rect(x, top, 2, lines.length * set.leading).fill(colours.accent));
  paragraph(painter, runs, set, x + 14, top, width - 14, colours.text, 'P');
}

export function drawCover(painter: Painter, input: PdfInput): void {
  const { doc, theme, tagger } = painter;
  const { page, colours } = theme;
  const { policy, texts } = input;
  const x = page.margin.left;
  const width = page.width - page.margin.left - page.margin.right;
  const hyphenate = texts.lang;

  tagger.artifact(() => {
    doc.rect(0, 0, BAND_WIDTH, page.height).fill(colours.primary);
    doc.rect(BAND_WIDTH, 0, 3, page.height).fill(colours.accent);
  });
  drawCoverLogo(painter, input, x);

  let y = page.height * 0.33;
  const titleSet: SetStyle = { size: 30, leading: 36, align: 'left', base: { bold: true }, hyphenate };
  y = paragraph(
    painter,
    plainRuns(policy.meta.title, painter.fonts.covers),
    titleSet,
    x,
    y,
    width,
    colours.primary,
    'H1',
  );

  y += 16;
  const ruleTop = y;
  tagger.artifact(() => doc.rect(x, ruleTop, 56, 3).fill(colours.accent));
  y += 22;
  y = drawCoverLines(painter, input, x, y, width);
  if (texts.adoption) drawAdoptionStatement(painter, texts.adoption, x, y, width, hyphenate);
}
