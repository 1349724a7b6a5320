// One card per change, in the new version's reading order: the clause as a reader cites it ("Artikel 3.1, lid 5",
// src/render/shared/change-names.ts citedNumber) hanging in a margin of bounded width (a long one wraps), the section
// path, the id with kind badges (words, not colour alone), then the text — a redline for a modified clause, old and
// new whole for a rewritten one, the clause whole when it was added, removed, moved or split without a word
// changing — and why the change is substantive. Clauses that were only renumbered get one line at the end.
import { newTextOf, oldTextOf } from '../../match/redline.js';
import { isRenumberedOnly } from '../../diff/diff.js';
import { linkFormNotes } from '../../diff/link-targets.js';
import { citationNotes } from '../../diff/followed-citations.js';
import { PART_SEPARATOR } from '../../diff/split.js';
import type { ClauseChange, ClauseRef } from '../../diff/types.js';
import { placeLines } from '../engine/blocks.js';
import type { PlacedHeading } from '../engine/outline.js';
import type { Run } from '../shared/inline.js';
import type { SetLine } from '../engine/linebreak.js';
import { baselineOffset, paintLine, showText } from '../engine/paint.js';
import type { StructElement } from '../engine/tagging.js';
import { tint } from '../shared/theme.js';
import { renumberedCount } from '../shared/phrases.js';
import { deletedStyle, insertedStyle, redlineRuns, textRuns } from '../shared/redline.js';
import { citedNumber } from '../shared/change-names.js';
import { changeDestination } from './summary.js';
import {
  capitalise,
  drawHeading,
  drawParagraph,
  fragment,
  hairline,
  layoutRuns,
  openingWords,
  plain,
  setStyle,
  type BoardContext,
  type TextStyle,
} from './text.js';

const CHANGES_DESTINATION = 'boardpack:changes';

const CARD_GAP = 12;
const BODY: TextStyle = { size: 10.5, leading: 15 };
const HEADING: TextStyle = { size: 11, leading: 15, bold: true };
const SMALL: TextStyle = { size: 9, leading: 12.5 };
const LABEL: TextStyle = { size: 8.5, leading: 12, bold: true, noHyphens: true };
const BADGE = { size: 7.5, height: 12, padX: 4, gap: 5, rowGap: 3 };
const BADGE_ROW = BADGE.height + 6;
const BLOCK_GAP = 6;
const NOTE_GAP = 3;
const REASONS_GAP = 5;
const REASON_INDENT = 11;
/** A card no taller than this share of the page body is kept on one page whole. */
const WHOLE_CARD_SHARE = 0.5;
/** How many renumbered clauses the one line names as examples. */
const RENUMBERED_EXAMPLES = 6;
/** The margin the citations hang in: never narrower than this, */
const GUTTER_MIN = 34;
/** nor wider than this share of the text width; a citation longer than that wraps, within its own card. */
const GUTTER_MAX_SHARE = 0.25;
/** Between a citation and the card's text. */
const GUTTER_GAP = 12;

interface Block {
  label?: string;
  runs: Run[];
}

function separator(context: BoardContext): string {
  return context.inline.covers(0x203a) ? ' › ' : ' / ';
}

/** "Artikel 3.1, lid 4 · Social media in de school › Voor alle gebruikers". */
function place(context: BoardContext, ref: ClauseRef): string {
  return [citedNumber(ref), ref.sectionPath.join(separator(context))].filter((part) => part !== '').join(' · ');
}

function joinedTexts(refs: readonly ClauseRef[]): string {
  return refs.map((ref) => ref.text).join(PART_SEPARATOR);
}

/** Old and new text of a change; for a split or merge the parts are joined as the redline joins them. */
function textsOf(change: ClauseChange): { old: string; new: string } {
  if (change.words) return { old: oldTextOf(change.words), new: newTextOf(change.words) };
  const split = change.kinds.includes('split');
  const merged = change.kinds.includes('merged');
  const parts = change.parts ?? [];
  return {
    old: merged ? joinedTexts(parts) : (change.old?.text ?? ''),
    new: split ? joinedTexts(parts) : (change.new?.text ?? ''),
  };
}

function bodyBlocks(context: BoardContext, change: ClauseChange): Block[] {
  const { texts } = context.input;
  const colours = context.redline;
  const covers = context.inline.covers;
  const kinds = new Set(change.kinds);
  if (kinds.has('added') && change.new)
    return [{ label: texts.newText, runs: textRuns(change.new.text, insertedStyle(colours), covers) }];
  if (kinds.has('removed') && change.old)
    return [{ label: texts.oldText, runs: textRuns(change.old.text, deletedStyle(colours), covers) }];
  const both = textsOf(change);
  if (change.rewritten) {
    // Too different for a readable redline: both versions whole, in the redline's colours but not struck.
    return [
      { label: texts.oldText, runs: textRuns(both.old, { colour: colours.deleted }, covers) },
      { label: texts.newText, runs: textRuns(both.new, { colour: colours.inserted }, covers) },
    ];
  }
  if (change.words && change.words.some((word) => word.op !== 'equal'))
    return [{ runs: redlineRuns(change.words, colours, covers) }];
  return [{ runs: textRuns(both.new, {}, covers) }];
}

/** Where the clause was and is, when that changed: "Artikel 3.1, lid 5 → Artikel 3.1, lid 4", or the sections. */
function locationLine(context: BoardContext, change: ClauseChange): string | undefined {
  const { old, new: now } = change;
  if (!old || !now) return undefined;
  const moved = change.kinds.includes('moved') || old.sectionId !== now.sectionId;
  const from = place(context, old);
  const to = place(context, now);
  // A reorder within an unnumbered list keeps number and section: the card's place in the pack shows where it went.
  if (moved && from !== to) return `${from} → ${to}`;
  if (old.number !== now.number) return `${citedNumber(old) || '—'} → ${citedNumber(now) || '—'}`;
  return undefined;
}

function partsLine(context: BoardContext, change: ClauseChange): string | undefined {
  const kind = change.kinds.includes('split') ? 'split' : change.kinds.includes('merged') ? 'merged' : undefined;
  if (!kind || !change.parts) return undefined;
  // Each part as the card's gutter names it; by its ID only where its policy prints no number.
  const parts = change.parts
    .map((ref) => citedNumber(ref) || (ref.synthetic ? '' : ref.id))
    .filter((part) => part !== '');
  return `${capitalise(context.input.texts.kinds[kind])}: ${parts.join(' · ')}`;
}

interface Badge {
  text: string;
  fill?: string;
  stroke?: string;
  colour: string;
  bold: boolean;
}

function badgesOf(context: BoardContext, change: ClauseChange): Badge[] {
  const { theme } = context.painter;
  const { texts } = context.input;
  const { colours } = theme;
  const ref = change.new ?? change.old!;
  const badges: Badge[] = [];
  const renamed = change.kinds.includes('id-renamed') && change.old && change.new;
  const id = renamed ? `${change.old!.id} → ${change.new!.id}` : ref.synthetic ? '' : ref.id;
  if (id) badges.push({ text: id, colour: colours.muted, bold: false });
  const kindBadge = (text: string): Badge => ({
    text,
    fill: tint(colours.primary, 0.86),
    colour: colours.primary,
    bold: true,
  });
  if (change.heading) badges.push(kindBadge(texts.phrases.heading));
  for (const kind of change.kinds) badges.push(kindBadge(texts.kinds[kind]));
  if (change.rewritten) badges.push(kindBadge(texts.rewritten));
  if (change.significance === 'substantive')
    badges.push({ text: texts.substantive, fill: colours.primary, colour: '#ffffff', bold: true });
  else badges.push({ text: texts.editorial, stroke: colours.rule, colour: colours.muted, bold: true });
  return badges;
}

/** The id and the badges in one tagged line; the boxes are decoration, the words are the content. */
function drawBadges(
  context: BoardContext,
  badges: readonly Badge[],
  x: number,
  width: number,
  parent: StructElement,
): void {
  const { painter, frame } = context;
  const { doc, fonts, tagger, measure } = painter;
  const element = tagger.element('P', parent);
  let cursor = x;
  let top = frame.y;
  tagger.begin(element);
  badges.forEach((badge, index) => {
    const fontKey = badge.bold ? 'bold' : 'regular';
    const font = fonts.get(fontKey);
    const text = badge.text;
    const boxed = badge.fill !== undefined || badge.stroke !== undefined;
    const textWidth = measure.width(text, fontKey, BADGE.size);
    const boxWidth = textWidth + (boxed ? BADGE.padX * 2 : 0);
    if (cursor + boxWidth > x + width && cursor > x) {
      cursor = x;
      top += BADGE.height + BADGE.rowGap;
    }
    const left = cursor;
    const boxTop = top;
    if (boxed) {
      tagger.artifact(() => {
        doc.roundedRect(left, boxTop, boxWidth, BADGE.height, 2);
        if (badge.fill) doc.fill(badge.fill);
        else doc.lineWidth(0.6).stroke(badge.stroke!);
      });
    }
    // A trailing space keeps the words apart when the text is copied or read aloud.
    const spoken = index < badges.length - 1 ? `${text} ` : text;
    showText(
      doc,
      font,
      BADGE.size,
      left + (boxed ? BADGE.padX : 0),
      boxTop + baselineOffset(font, BADGE.size, BADGE.height),
      spoken,
      badge.colour,
    );
    cursor += boxWidth + (boxed ? BADGE.gap : BADGE.gap * 2);
  });
  tagger.end();
  frame.y = top + BADGE_ROW;
}

/** Everything a card shows, laid out before it is drawn so its height is known. */
interface CardLayout {
  /** The clause as a reader cites it, in the margin beside the heading: one line, or more where it is long. */
  cited: SetLine[];
  heading: SetLine[];
  blocks: { label: SetLine[]; lines: SetLine[] }[];
  notes: SetLine[][];
  reasonsLabel: SetLine[];
  reasons: SetLine[][];
}

/** The card's heading: the section path (the number hangs in the margin); for a heading, the path to it. */
function headingOf(context: BoardContext, change: ClauseChange): string {
  const ref = change.new ?? change.old!;
  if (change.heading) return [...ref.sectionPath, ref.text].join(separator(context));
  return ref.sectionPath.join(separator(context)) || ref.id;
}

/**
 * Headings for every card; where number and heading would repeat (bullets under one heading share its number),
 * the clause's own first words are added, so no two cards (or bookmarks) read the same.
 */
function cardHeadings(context: BoardContext, changes: readonly ClauseChange[]): string[] {
  const plainHeadings = changes.map((change) => headingOf(context, change));
  const keys = changes.map((change, index) => `${(change.new ?? change.old!).number}\u0000${plainHeadings[index]}`);
  return changes.map((change, index) => {
    const repeated = keys.indexOf(keys[index]!) !== keys.lastIndexOf(keys[index]!);
    const ref = change.new ?? change.old!;
    return repeated ? `${plainHeadings[index]} — ${openingWords(ref.text)}` : plainHeadings[index]!;
  });
}

function layoutCard(
  context: BoardContext,
  change: ClauseChange,
  { width, gutter }: { width: number; gutter: number },
  heading: string,
): CardLayout {
  const { texts } = context.input;
  const small = (text: string, style: TextStyle = SMALL, at = width): SetLine[] =>
    layoutRuns(context, plain(context, text), style, at);
  const substantive = change.significance === 'substantive' && change.reasons.length > 0;
  const cited = citedNumber(change.new ?? change.old!);
  return {
    cited: citationLines(context, cited, gutter - GUTTER_GAP),
    heading: layoutRuns(context, plain(context, heading), HEADING, width),
    blocks: bodyBlocks(context, change).map((block) => ({
      label: block.label ? small(block.label, LABEL) : [],
      lines: layoutRuns(context, block.runs, BODY, width),
    })),
    notes: [
      partsLine(context, change),
      locationLine(context, change),
      change.invisibleOnly ? texts.invisibleOnly : undefined,
      ...[...linkFormNotes(change), ...citationNotes(change)].map((note) => texts.reason(note)),
    ]
      .filter((line): line is string => line !== undefined)
      .map((line) => small(line)),
    reasonsLabel: substantive ? small(texts.reasons, LABEL) : [],
    reasons: substantive
      ? change.reasons.map((reason) => small(texts.reason(reason), SMALL, width - REASON_INDENT))
      : [],
  };
}

function cardHeight(layout: CardLayout): number {
  let height = layout.heading.length * HEADING.leading + 2 + BADGE_ROW;
  const margin = layout.cited.length * HEADING.leading;
  layout.blocks.forEach((block, index) => {
    height += (index > 0 ? BLOCK_GAP : 0) + block.label.length * LABEL.leading + block.lines.length * BODY.leading;
  });
  for (const note of layout.notes) height += NOTE_GAP + note.length * SMALL.leading;
  if (layout.reasons.length > 0)
    height += REASONS_GAP + layout.reasonsLabel.length * LABEL.leading + layout.reasons.flat().length * SMALL.leading;
  return Math.max(height, margin);
}

/** What must share the page with the card's heading when the card is too tall to keep whole. */
function leadHeight(context: BoardContext, layout: CardLayout): number {
  const keepLines = context.painter.theme.keepLines;
  const first = layout.blocks[0];
  const lines = first ? (first.lines.length < keepLines * 2 ? first.lines.length : keepLines) : 0;
  return Math.max(
    layout.heading.length * HEADING.leading +
      2 +
      BADGE_ROW +
      (first ? first.label.length * LABEL.leading : 0) +
      lines * BODY.leading,
    layout.cited.length * HEADING.leading,
  );
}

function drawReasons(context: BoardContext, layout: CardLayout, x: number, width: number, parent: StructElement): void {
  if (layout.reasons.length === 0) return;
  const { painter, frame } = context;
  const { theme, tagger } = painter;
  frame.space(REASONS_GAP);
  // The label goes with the first reason.
  frame.ensure(layout.reasonsLabel.length * LABEL.leading + (layout.reasons[0]?.length ?? 0) * SMALL.leading);
  drawParagraph(context, [], { ...LABEL, colour: theme.colours.muted }, x, width, parent, {
    lines: layout.reasonsLabel,
  });
  const list = tagger.element('L', parent);
  const bullet = layoutRuns(context, plain(context, '–'), SMALL, REASON_INDENT)[0];
  for (const lines of layout.reasons) {
    const item = tagger.element('LI', list);
    const body = tagger.element('LBody', item);
    drawParagraph(
      context,
      [],
      { ...SMALL, colour: theme.colours.text },
      x + REASON_INDENT,
      width - REASON_INDENT,
      body,
      {
        lines,
        lead: (top) => {
          if (bullet)
            tagger.artifact(() =>
              paintLine(painter, bullet, x, top, SMALL.leading, {
                text: theme.colours.muted,
                link: theme.colours.muted,
              }),
            );
        },
      },
    );
  }
}

/** The card's heading (H3), its clause as a reader cites it in the margin from the first line down. */
function drawCardHeading(context: BoardContext, layout: CardLayout, x: number, card: StructElement): void {
  const { painter, frame } = context;
  const { theme, tagger } = painter;
  const element = tagger.element('H3', card);
  placeLines(
    context,
    layout.heading,
    x,
    { set: setStyle(context, HEADING), colours: { text: theme.colours.text, link: theme.colours.accent } },
    element,
    {
      lead: (lineTop) => {
        if (layout.cited.length === 0) return;
        tagger.begin(element);
        layout.cited.forEach((line, index) =>
          paintLine(painter, line, frame.left, lineTop + index * HEADING.leading, HEADING.leading, {
            text: theme.colours.primary,
            link: theme.colours.primary,
          }),
        );
        tagger.end();
      },
    },
  );
}

/** The card's texts (each block with its label kept to its first lines), then its notes. */
function drawCardBlocks(
  context: BoardContext,
  layout: CardLayout,
  x: number,
  width: number,
  card: StructElement,
): void {
  const { painter, frame } = context;
  const { theme } = painter;
  layout.blocks.forEach((block, blockIndex) => {
    if (blockIndex > 0) frame.space(BLOCK_GAP);
    if (block.label.length > 0) {
      // A label is kept with the first lines of its text.
      frame.ensure(
        block.label.length * LABEL.leading + Math.min(block.lines.length, painter.theme.keepLines) * BODY.leading,
      );
      drawParagraph(context, [], { ...LABEL, colour: theme.colours.muted }, x, width, card, { lines: block.label });
    }
    drawParagraph(context, [], { ...BODY, colour: theme.colours.text }, x, width, card, { lines: block.lines });
  });
  for (const note of layout.notes) {
    frame.space(NOTE_GAP);
    drawParagraph(context, [], { ...SMALL, colour: theme.colours.muted }, x, width, card, { lines: note });
  }
}

function drawCard(
  context: BoardContext,
  change: ClauseChange,
  index: number,
  gutter: number,
  heading: string,
  parent: StructElement,
): PlacedHeading {
  const { painter, frame } = context;
  const { tagger } = painter;
  const ref = change.new ?? change.old!;
  const x = frame.left + gutter;
  const width = frame.width - gutter;
  const layout = layoutCard(context, change, { width, gutter }, heading);
  // Short cards stay whole on one page; a long one keeps at least its heading with its first lines.
  const whole = cardHeight(layout);
  const keep = whole <= (frame.bottom - frame.top) * WHOLE_CARD_SHARE ? whole : leadHeight(context, layout);

  frame.space(CARD_GAP);
  frame.ensure(keep + CARD_GAP);
  if (!frame.atTop) {
    hairline(context, frame.left, frame.y, frame.width);
    frame.y += CARD_GAP;
  }
  const top = frame.y;
  const page = frame.pageIndex;
  const destination = changeDestination(index);
  frame.destination(destination, top);
  const card = tagger.element('Sect', parent);
  drawCardHeading(context, layout, x, card);
  frame.y += 2;
  drawBadges(context, badgesOf(context, change), x, width, card);

  drawCardBlocks(context, layout, x, width, card);
  drawReasons(context, layout, x, width, card);
  // A citation longer than the card's text reaches below it: the next card starts below the citation.
  if (frame.pageIndex === page) frame.y = Math.max(frame.y, top + layout.cited.length * HEADING.leading);
  // The bookmark names the clause as the card does: as a reader cites it and the card's heading (with its first
  // words when the heading repeats); its ID only where its policy prints no number (issue 69 item 4).
  const title = [citedNumber(ref) || (ref.synthetic ? '' : ref.id), heading].filter((part) => part !== '').join(' ');
  return { id: destination, title, number: '', level: 2, pageIndex: frame.pageIndex, top, children: [] };
}

/**
 * One line for all clauses that only got another number: "12 artikelen hernummerd: Artikel 3.1, lid 4 → Artikel 3.1,
 * lid 3, …" (the first few as examples). Renumbering follows from any insertion above; a card for each would bury the real changes.
 */
function drawRenumbered(context: BoardContext, changes: readonly ClauseChange[], parent: StructElement): void {
  if (changes.length === 0) return;
  const { painter, frame, input } = context;
  const { theme } = painter;
  const { phrases } = input.texts;
  const runs: Run[] = [...fragment(context, `${renumberedCount(changes, phrases)}: `, { bold: true })];
  const examples = changes.slice(0, RENUMBERED_EXAMPLES);
  examples.forEach((change, index) => {
    const { old, new: now } = change;
    if (!old || !now) return;
    runs.push(...fragment(context, `${citedNumber(old) || '—'} → ${citedNumber(now) || '—'}`));
    if (!now.synthetic) runs.push(...fragment(context, ` ${now.id}`, { colour: theme.colours.muted }));
    if (index < examples.length - 1) runs.push({ text: ', ', style: {} });
  });
  if (changes.length > examples.length) runs.push({ text: ', …', style: {} });
  const style: TextStyle = { ...SMALL, colour: theme.colours.text };
  const lines = layoutRuns(context, runs, style, frame.width);
  frame.space(CARD_GAP);
  frame.ensure(Math.min(lines.length, 2) * SMALL.leading + CARD_GAP);
  if (!frame.atTop) {
    hairline(context, frame.left, frame.y, frame.width);
    frame.y += CARD_GAP;
  }
  drawParagraph(context, [], style, frame.left, frame.width, parent, { lines });
}

/** A small key to the redline: what underlined and struck-through text mean. */
function drawLegend(context: BoardContext, parent: StructElement): void {
  const { texts } = context.input;
  const runs: Run[] = [
    ...fragment(context, texts.newText, insertedStyle(context.redline)),
    ...fragment(context, '   ·   ', { colour: context.painter.theme.colours.muted }),
    ...fragment(context, texts.oldText, deletedStyle(context.redline)),
  ];
  drawParagraph(context, runs, { ...SMALL, noHyphens: true }, context.frame.left, context.frame.width, parent);
}

/** A citation's parts, each kept on one line where it can: "Artikel 1.1,", "lid 12,", "onder b". */
const citationParts = (cited: string): string[] =>
  cited.split(', ').map((part, index, parts) => (index < parts.length - 1 ? `${part},` : part));

const citationWidth = (context: BoardContext, text: string): number =>
  context.painter.measure.width(text, 'bold', HEADING.size);

/** A citation set in lines of at most `width`, broken between its parts ("lid 12" stays whole where it fits). */
function citationLines(context: BoardContext, cited: string, width: number): SetLine[] {
  const lines: string[] = [];
  for (const part of citationParts(cited)) {
    const last = lines.at(-1);
    if (last !== undefined && citationWidth(context, `${last} ${part}`) <= width)
      lines[lines.length - 1] = `${last} ${part}`;
    else lines.push(part);
  }
  return lines.flatMap((line) => layoutRuns(context, plain(context, line), { ...HEADING, noHyphens: true }, width));
}

/**
 * The margin the cards' citations hang in: as wide as the widest that fits in a quarter of the text width. A longer
 * one ("Artikel 3.1.2, lid 12, onder b, onder 3") wraps within its own card and counts only by its widest part, so
 * it does not widen the margin of every other card.
 */
function gutterWidth(context: BoardContext, citations: readonly string[]): number {
  const most = Math.round(context.frame.width * GUTTER_MAX_SHARE);
  const needs = citations.map((cited) => {
    const whole = citationWidth(context, cited);
    if (whole + GUTTER_GAP <= most) return whole;
    return Math.max(...citationParts(cited).map((part) => citationWidth(context, part)));
  });
  return Math.min(most, Math.max(GUTTER_MIN, ...needs.map((need) => need + GUTTER_GAP)));
}

/** The changes part of the pack, on a page of its own; undefined when there is nothing to show. */
export function drawChanges(context: BoardContext): PlacedHeading | undefined {
  const { painter, frame, input } = context;
  const { tagger } = painter;
  const { diff, texts } = input;
  if (diff.changes.length === 0) return undefined;
  const carded = diff.changes
    .map((change, index) => ({ change, index }))
    .filter(({ change }) => !isRenumberedOnly(change));
  const renumbered = diff.changes.filter(isRenumberedOnly);
  const gutter = gutterWidth(
    context,
    carded.map(({ change }) => citedNumber(change.new ?? change.old!)),
  );

  frame.newPage();
  const section = tagger.element('Sect');
  const placed = drawHeading(context, CHANGES_DESTINATION, texts.changes, 1, section, SMALL.leading + 60);
  drawLegend(context, section);
  const headings = cardHeadings(
    context,
    carded.map(({ change }) => change),
  );
  carded.forEach(({ change, index }, card) =>
    placed.children.push(drawCard(context, change, index, gutter, headings[card]!, section)),
  );
  drawRenumbered(context, renumbered, section);
  return placed;
}
