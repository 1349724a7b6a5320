// Clause numbering as Word multi-level numbering: numbering definitions (w:abstractNum) whose levels carry the
// brand's house style (1., a., i. …), and one numbering instance per list, so each list counts from its own start
// and Word renumbers when a clause is inserted. The numbers are never typed into the text.
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';
import { styleAt, type LabelParts, type NumberStyle } from '../../model/numbering.js';

const LEVELS = 9;
/** The PDF's bullets by level (src/render/pdf/flow.ts). */
const BULLETS = ['•', '–', '◦'];
/** Indent per level and the hanging room for the label, in twentieths of a point. */
const INDENT = 425;
const HANGING = 425;

const FORMATS: Record<NumberStyle, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  'lower-alpha': LevelFormat.LOWER_LETTER,
  'upper-alpha': LevelFormat.UPPER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
  'upper-roman': LevelFormat.UPPER_ROMAN,
};

function indent(level: number): { left: number; hanging: number } {
  return { left: INDENT * level + HANGING, hanging: HANGING };
}

export interface NumberingUse {
  reference: string;
  level: number;
  instance: number;
}

/**
 * Hands out numbering for the lists of one document. `house` is the brand's style by ordered depth; a clause's
 * Word level is its nesting depth (which sets its indent). Where the two agree (no bullets between ordered lists),
 * the list uses the house definition; otherwise a definition whose every level has the style it needs.
 */
export class ClauseNumbering {
  private readonly definitions = new Map<string, ILevelsOptions[]>();
  private instances = 0;
  /** Definitions made for the policy's own labels, by level, label text, style and start. */
  private readonly owned = new Map<string, string>();

  constructor(private readonly house: readonly NumberStyle[]) {}

  /** A new list (its own count) of ordered clauses at `depth`, `orderedDepth` ordered lists deep, from `start`. */
  ordered(depth: number, orderedDepth: number, start: number): (offset: number) => NumberingUse {
    const style = styleAt(orderedDepth, this.house);
    const level = Math.min(depth, LEVELS - 1);
    const houseFits = styleAt(level, this.house) === style;
    const reference = `${houseFits ? 'clauses' : `clauses-${style}`}${start === 1 ? '' : `-from-${start}`}`;
    if (!this.definitions.has(reference)) {
      this.definitions.set(
        reference,
        Array.from({ length: LEVELS }, (_, index) => ({
          level: index,
          format: FORMATS[houseFits ? styleAt(index, this.house) : style],
          text: `%${index + 1}.`,
          start,
          alignment: AlignmentType.START,
          style: { paragraph: { indent: indent(index) } },
        })),
      );
    }
    const instance = ++this.instances;
    return () => ({ reference, level, instance });
  }

  /**
   * A new list of ordered clauses labelled by the policy's own numbering ("1.%1", "%1)", "Artikel %1"): Word counts
   * the clause's own number in the label's words around it, so inserting a clause renumbers it as in the house style.
   */
  own(depth: number, parts: LabelParts, start: number): (offset: number) => NumberingUse {
    const level = Math.min(depth, LEVELS - 1);
    const text = `${parts.before}%${level + 1}${parts.after}`;
    const key = JSON.stringify([level, text, parts.style, start]);
    let reference = this.owned.get(key);
    if (reference === undefined) {
      reference = `own-${this.owned.size + 1}`;
      this.owned.set(key, reference);
      this.definitions.set(
        reference,
        Array.from({ length: LEVELS }, (_, index) => ({
          level: index,
          format: FORMATS[index === level ? parts.style : styleAt(index, this.house)],
          text: index === level ? text : `%${index + 1}.`,
          start: index === level ? start : 1,
          alignment: AlignmentType.START,
          style: { paragraph: { indent: indent(index) } },
        })),
      );
    }
    const instance = ++this.instances;
    return () => ({ reference: reference as string, level, instance });
  }

  /** A bulleted list at `depth`. */
  bullet(depth: number): NumberingUse {
    const reference = 'bullets';
    if (!this.definitions.has(reference)) {
      this.definitions.set(
        reference,
        Array.from({ length: LEVELS }, (_, index) => ({
          level: index,
          format: LevelFormat.BULLET,
          text: BULLETS[index % BULLETS.length]!,
          alignment: AlignmentType.START,
          style: { paragraph: { indent: indent(index) } },
        })),
      );
    }
    return { reference, level: Math.min(depth, LEVELS - 1), instance: 0 };
  }

  /** Body text of a clause under its numbered first paragraph: indented like the text after the label. */
  static continuation(depth: number): { left: number } {
    return { left: indent(Math.min(depth, LEVELS - 1)).left };
  }

  options(): INumberingOptions {
    return { config: [...this.definitions].map(([reference, levels]) => ({ reference, levels })) };
  }
}
