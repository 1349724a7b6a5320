// The vertical cursor of the body: where the next line goes, and a new page when it does not fit. Every page break
// goes through here, so tagged content is closed and reopened across it and every page gets its watermark.
import type { Doc } from './document.js';
import type { Tagger } from './tagging.js';
import type { Theme } from '../shared/theme.js';

export class Frame {
  y: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly width: number;
  private readonly destinations = new Set<string>();

  constructor(
    private readonly doc: Doc,
    theme: Theme,
    private readonly tagger: Tagger,
    private readonly onNewPage: () => void,
  ) {
    const { margin, width, height } = theme.page;
    this.top = margin.top;
    this.bottom = height - margin.bottom;
    this.left = margin.left;
    this.width = width - margin.left - margin.right;
    this.y = this.top;
  }

  /** 0-based index of the current page. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  get room(): number {
    return this.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  /** Starts a new page with the cursor at its top. */
  newPage(): void {
    const resume = this.tagger.suspend();
    this.doc.addPage();
    this.onNewPage();
    this.y = this.top;
    resume?.();
  }

  /** A new page unless `height` still fits below the cursor (or the page is empty: then nothing would help). */
  ensure(height: number): void {
    if (height > this.room + 0.01 && !this.atTop) this.newPage();
  }

  /**
   * A named destination at `top` on the current page (`file.pdf#id` opens there). The first of duplicate ids wins:
   * `check` reports duplicates, the PDF stays valid.
   */
  destination(id: string, top: number): void {
    if (this.destinations.has(id)) return;
    this.destinations.add(id);
    this.doc.addNamedDestination(id, 'XYZ', null, top, null);
  }

  /** Moves down by `gap`, but never leaves white space at the top of a page. */
  space(gap: number): void {
    if (!this.atTop) this.y = Math.min(this.y + gap, this.bottom);
  }
}
