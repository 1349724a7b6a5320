// What Word's styles and automatic numbering mean for structure: which paragraph style is a heading of which
// level, and which list (numbering instance) and level a numbered paragraph belongs to, with its number; and whether a
// character style strikes its text through.
import type { Document, Element } from '@xmldom/xmldom';
import { formatOrdinal } from '../../model/numbering.js';
import {
  child,
  descendants,
  indentOf,
  isOn,
  MAX_LEVEL,
  type NumberingDefinitions,
  wAttr,
  wordNumber,
} from './docx-parts.js';

export { indentOf, MAX_LEVEL, wordNumber };

interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
  indent?: number;
  /** The size its text is set in (w:sz, half-points), where the style sets one. */
  size?: number;
  /** The run properties it sets (w:rPr), for what a character style does to its runs. */
  runProperties?: Element;
}

/** The size a `w:rPr` sets its text in (w:sz, in half-points), when it sets one. */
export function sizeOf(rPr: Element | undefined): number | undefined {
  const size = Number(wAttr(child(rPr, 'sz'), 'val'));
  return Number.isFinite(size) && size > 0 ? size : undefined;
}

/** Word's size for text no style sizes: 10 pt. */
const WORD_DEFAULT_SIZE = 20;

/** Heading level in the policy: the Title style is 1 (the document title), "Heading 1" 2, "Heading 2" 3 … */
export class Styles {
  private readonly styles = new Map<string, StyleInfo>();
  /** The size the document's defaults set text in (w:docDefaults), in half-points. */
  private readonly defaultSize: number;
  /** The paragraph style a paragraph naming none has (Normal, "Standaard"). */
  private defaultParagraph: string | undefined;

  constructor(document: Document | undefined) {
    const defaults = document ? descendants(document, 'rPrDefault')[0] : undefined;
    this.defaultSize = sizeOf(child(defaults, 'rPr')) ?? WORD_DEFAULT_SIZE;
    for (const style of document ? descendants(document, 'style') : []) {
      const id = wAttr(style, 'styleId') ?? '';
      if (wAttr(style, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(wAttr(style, 'default') ?? ''))
        this.defaultParagraph ??= id;
      const pPr = child(style, 'pPr');
      const numPr = child(pPr, 'numPr');
      const info: StyleInfo = { name: (wAttr(child(style, 'name'), 'val') ?? id).toLowerCase() };
      const basedOn = wAttr(child(style, 'basedOn'), 'val');
      const outline = wAttr(child(pPr, 'outlineLvl'), 'val');
      const numId = wAttr(child(numPr, 'numId'), 'val');
      const ilvl = wAttr(child(numPr, 'ilvl'), 'val');
      if (basedOn) info.basedOn = basedOn;
      if (outline !== undefined) info.outlineLevel = Number(outline);
      if (numId !== undefined) info.numId = numId;
      if (ilvl !== undefined) info.ilvl = wordNumber(ilvl, 0, MAX_LEVEL);
      const indent = indentOf(pPr);
      if (indent !== undefined) info.indent = indent;
      const runProperties = child(style, 'rPr');
      const size = sizeOf(runProperties);
      if (size !== undefined) info.size = size;
      if (runProperties) info.runProperties = runProperties;
      this.styles.set(id, info);
    }
  }

  private chain(id: string | undefined): StyleInfo[] {
    const out: StyleInfo[] = [];
    for (
      let current = id ? this.styles.get(id) : undefined;
      current && out.length < 20;
      current = current.basedOn ? this.styles.get(current.basedOn) : undefined
    )
      out.push(current);
    return out;
  }

  /** The style's id and the names of it and the styles it is based on ("Inhopg1", "toc 1"). */
  names(styleId: string | undefined): string[] {
    return styleId === undefined ? [] : [styleId, ...this.chain(styleId).map((style) => style.name)];
  }

  /** The heading level of a paragraph with this style and direct outline level, or undefined for body text. */
  headingLevel(styleId: string | undefined, outlineLevel: number | undefined): number | undefined {
    const chain = this.chain(styleId);
    const names = [styleId?.toLowerCase() ?? '', ...chain.map((style) => style.name)];
    if (names.some((name) => name === 'title' || name === 'titel')) return 1;
    const named = names.map((name) => /^(?:heading|kop)\s*(\d)$/.exec(name)?.[1]).find(Boolean);
    if (named) return Math.min(Number(named) + 1, 6);
    const outline = outlineLevel ?? chain.find((style) => style.outlineLevel !== undefined)?.outlineLevel;
    return outline !== undefined && outline < 9 ? Math.min(outline + 2, 6) : undefined;
  }

  /** The left indentation a style sets, itself or through the styles it is based on. */
  indent(styleId: string | undefined): number | undefined {
    return this.chain(styleId).find((style) => style.indent !== undefined)?.indent;
  }

  /** The size a paragraph of this style sets its text in where a run sets none (half-points). */
  textSize(styleId: string | undefined): number {
    const chain = this.chain(styleId ?? this.defaultParagraph);
    return chain.find((style) => style.size !== undefined)?.size ?? this.defaultSize;
  }

  /**
   * Whether a style sets a toggle run property (w:strike) on or off, itself or through the styles it is based on (the
   * nearest that sets it), or undefined where none sets it.
   */
  runSetting(styleId: string | undefined, name: string): boolean | undefined {
    const setting = this.chain(styleId)
      .map((style) => child(style.runProperties, name))
      .find((element) => element !== undefined);
    return setting === undefined ? undefined : isOn(setting);
  }

  /** Numbering a style carries (numbered headings are usually numbered through their style). */
  numbering(styleId: string | undefined): { numId: string; ilvl: number } | undefined {
    const style = this.chain(styleId).find((candidate) => candidate.numId !== undefined);
    return style?.numId ? { numId: style.numId, ilvl: style.ilvl ?? 0 } : undefined;
  }
}

/** A numbered paragraph's place in its list: the list definition, Word's label for it, and whether it counts. */
export interface Numbered {
  /** The abstract list definition: one list however many instances restart it. */
  list: string;
  ordered: boolean;
  number: number;
  /** The label Word shows for this paragraph ("Artikel 2", "1.2", "b)"). */
  label: string;
  /** The level's label pattern and number format as Word stores them ("%1.%2", "decimal"). */
  pattern: string;
  format: string;
  /** The left indentation its level sets (twips), when it sets one. */
  indent?: number;
}

const WORD_FORMATS: Record<string, (n: number) => string> = {
  decimal: (n) => String(n),
  lowerLetter: (n) => formatOrdinal(n, 'lower-alpha'),
  upperLetter: (n) => formatOrdinal(n, 'upper-alpha'),
  lowerRoman: (n) => formatOrdinal(n, 'lower-roman'),
  upperRoman: (n) => formatOrdinal(n, 'upper-roman'),
};

/** numbering.xml: numbering instances (w:num) over abstract definitions, with start overrides (restarts). */
export class Numbering {
  private readonly abstract: NumberingDefinitions['abstract'];
  private readonly instances: NumberingDefinitions['instances'];
  /** Running counters per list and level: per abstract definition, or per w:num that overrides a start. */
  private readonly counters = new Map<string, number[]>();
  private readonly seen = new Set<string>();
  /** Per list definition, its last instance met that overrides a start value: the instances after it count on. */
  private readonly restarted = new Map<string, string>();

  constructor(definitions: NumberingDefinitions | undefined) {
    this.abstract = definitions?.abstract ?? new Map();
    this.instances = definitions?.instances ?? new Map();
  }

  /** Whether a numbered paragraph is a bullet, and the number Word shows for it (counting restarts and continuations). */
  next(numId: string, ilvl: number): Numbered | undefined {
    const instance = this.instances.get(numId);
    if (!instance || numId === '0') return undefined;
    const levels = this.abstract.get(instance.abstractId);
    const level = levels?.get(ilvl) ?? { format: 'decimal', start: 1, text: '' };
    if (level.format === 'none') return undefined;
    // Instances of one definition count on together, as one list; an instance that overrides a start value is a
    // list of its own, as Word counts it (clausemark's writer gives each sub-list one, and the list it stands in
    // goes on counting after it). An instance that overrides nothing after one that did goes on with that one's
    // count: LibreOffice saves a list restarted per chapter so, the restart's first item in an instance that starts
    // it at 1 and each item after it in an instance of its own ("1." "4)" "5)" under the second chapter, not 1 2 3).
    if (instance.starts.size > 0 && !this.seen.has(numId)) this.restarted.set(instance.abstractId, numId);
    const restart = this.restarted.get(instance.abstractId);
    const counted =
      instance.starts.size > 0 ? `num:${numId}` : restart ? `num:${restart}` : `list:${instance.abstractId}`;
    const counters = this.counters.get(counted) ?? [];
    // The first paragraph of a w:num that overrides its start restarts the list.
    if (!this.seen.has(numId)) {
      this.seen.add(numId);
      for (const [overridden, start] of instance.starts) counters[overridden] = start - 1;
    }
    const start = instance.starts.get(ilvl) ?? level.start;
    counters[ilvl] = (counters[ilvl] ?? start - 1) + 1;
    counters.length = ilvl + 1; // Deeper levels start again under a new item.
    this.counters.set(counted, counters);
    const number = counters[ilvl] ?? start;
    // "%1.%2" shows the counters of this level and the levels above it, each in its own level's format.
    const label = level.text.replace(/%(\d)/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const format = levels?.get(at)?.format ?? 'decimal';
      return (WORD_FORMATS[format] ?? WORD_FORMATS.decimal)?.(counters[at] ?? 1) ?? '';
    });
    return {
      list: instance.abstractId,
      ordered: level.format !== 'bullet',
      number,
      label,
      pattern: level.text,
      format: level.format,
      ...(level.indent !== undefined ? { indent: level.indent } : {}),
    };
  }
}
