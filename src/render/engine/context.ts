// What the block and table layout share while drawing the body: the painter, the page cursor, and how inline
// content is resolved. A module of its own so blocks.ts and table.ts need not import each other.
import type { Frame } from './frame.js';
import type { InlineContext } from '../shared/inline.js';
import type { Painter } from './paint.js';

export interface FlowContext {
  painter: Painter;
  frame: Frame;
  inline: InlineContext;
  /** Language for hyphenation (undefined: none). */
  lang: string | undefined;
  /**
   * Layouts of this render, keyed by the mdast node (or other object) they were made from: a heading is kept with
   * the first lines of what follows, so those are laid out before they are drawn. Per render, because the same
   * Policy may be rendered again with another brand.
   */
  layouts: WeakMap<object, { width: number; size: number; layout: unknown }>;
}

/** Called with the top of the first line once its page is decided: labels, destinations and ids go there. */
export type Lead = (top: number) => void;
