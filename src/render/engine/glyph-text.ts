// The text behind each glyph (what copying, searching and screen readers get from a PDF) must depend only on the
// text laid out, never on what the process did before. fontkit keeps one glyph object per glyph id and font, with
// the characters of whichever call created it first; and the font subsetter creates glyph objects with no
// characters at all (every glyph of runs read from the word-layout cache, components of composite glyphs such as
// the quotes inside “ and ”). Every later layout of that glyph then got the same characterless object, pdfkit wrote
// an empty ToUnicode entry for it, and "FLEX-College" copied as "FL X College". Here a font hands each layout a
// glyph carrying exactly the characters the layout asked for.
import type * as fontkit from 'fontkit';

type GetGlyph = (id: number, codePoints?: number[]) => fontkit.Glyph | null;

const honest = new WeakSet<object>();

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * Makes `font.getGlyph(id, codePoints)` return a glyph whose `codePoints` are `codePoints` (fontkit's shared glyph
 * when it already has them, else a view of it that differs only there). Idempotent.
 */
export function keepGlyphText(font: fontkit.Font): void {
  if (honest.has(font)) return;
  honest.add(font);
  const target = font as unknown as { getGlyph: GetGlyph };
  const shared = target.getGlyph.bind(font);
  const views = new Map<string, fontkit.Glyph>();
  target.getGlyph = (id, codePoints = []) => {
    const glyph = shared(id, codePoints);
    if (!glyph || sameCodePoints(glyph.codePoints, codePoints)) return glyph;
    const key = `${id}:${codePoints.join(',')}`;
    let view = views.get(key);
    if (!view) {
      // The view reads outlines and metrics through the shared glyph; only its characters are its own.
      view = Object.create(glyph, { codePoints: { value: [...codePoints], enumerable: true } }) as fontkit.Glyph;
      views.set(key, view);
    }
    return view;
  };
}
