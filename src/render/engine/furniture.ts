// Page furniture: the diagonal watermark (drawn first on every page, so it lies behind the text), and the running
// header and footer (drawn last, when the page count is known). All of it is marked as artifact: screen readers
// skip it. Text is written directly into the page, never through pdfkit's text flow, so nothing in the bottom
// margin can trigger an extra page.
import type { PdfInput } from '../pdf/input.js';
import { plainRuns } from '../shared/inline.js';
import { baselineOffset, layoutText, paintLine, showText, type Painter } from './paint.js';
import { tint } from '../shared/theme.js';

export function drawWatermark(painter: Painter, text: string): void {
  const { doc, theme, fonts, tagger } = painter;
  const font = fonts.get('bold');
  const clean = plainRuns(text, fonts.covers)[0]?.text ?? '';
  if (!clean) return;
  const { width, height } = theme.page;
  const angle = Math.atan2(height, width);
  const diagonal = Math.hypot(width, height);
  const unit = font.widthOfString(clean, 1);
  const size = Math.min(150, (diagonal * 0.6) / Math.max(unit, 0.01));
  const textWidth = unit * size;
  const capHeight = (font.capHeight / 1000) * size;
  tagger.artifact(() => {
    doc.save();
    // Rotate about the page centre so the text rises from bottom left to top right.
    const cos = Math.cos(-angle);
    const sin = Math.sin(-angle);
    doc.transform(cos, sin, -sin, cos, width / 2, height / 2);
    showText(doc, font, size, -textWidth / 2, capHeight / 2, clean, tint(theme.colours.muted, 0.87));
    doc.restore();
  }, 'Page');
}

/**
 * Running header and footer on every page from `fromPage` (0-based; 1 skips the cover); call once all pages exist.
 */
export function drawHeaderFooter(
  painter: Painter,
  input: Pick<PdfInput, 'brand' | 'texts'>,
  pageCount: number,
  firstPageIndex: number,
  fromPage = 1,
): void {
  const { doc, theme, fonts, tagger } = painter;
  const { margin, width, height } = theme.page;
  const size = theme.small.size;
  const leading = theme.small.leading;
  const regular = fonts.get('regular');
  const contentWidth = width - margin.left - margin.right;
  const headerTop = margin.top - 40;
  const footerTop = height - margin.bottom + 30;
  const colours = { text: theme.colours.muted, link: theme.colours.muted };
  const headerLines = layoutText(
    painter,
    plainRuns(input.texts.header, fonts.covers),
    { size, leading, align: 'left' },
    contentWidth,
  );
  const footerLines = layoutText(
    painter,
    plainRuns(input.brand.footer, fonts.covers),
    { size, leading, align: 'left' },
    contentWidth * 0.62,
  );
  for (let index = fromPage; index < pageCount; index++) {
    doc.switchToPage(firstPageIndex + index);
    tagger.artifact(() => {
      const header = headerLines[0];
      if (header) paintLine(painter, header, margin.left, headerTop, leading, colours);
      doc
        .moveTo(margin.left, headerTop + leading + 4)
        .lineTo(margin.left + contentWidth, headerTop + leading + 4)
        .lineWidth(0.5)
        .stroke(theme.colours.rule);
      const footer = footerLines[0];
      if (footer) paintLine(painter, footer, margin.left, footerTop, leading, colours);
      const pageText = plainRuns(input.texts.page(index + 1, pageCount), fonts.covers)[0]?.text ?? '';
      const pageWidth = regular.widthOfString(pageText, size);
      showText(
        doc,
        regular,
        size,
        margin.left + contentWidth - pageWidth,
        footerTop + baselineOffset(regular, size, leading),
        pageText,
        theme.colours.muted,
      );
    }, 'Pagination');
  }
}
