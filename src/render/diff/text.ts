// The terminal report: summary first, then each change with where it stands (the clause cited in words where the
// caller cited it, src/report/documents/printed-diff.ts; its ID after it) and a word redline. Piped (or with
// NO_COLOR) it is plain text marked like `git diff --word-diff`: [-deleted-]{+inserted+}; on a terminal deletions
// are red and struck through, insertions green and underlined, so colour is never the only signal.
import type { ClauseChange, WordOp } from '../../diff/types.js';
import {
  linkNotesOf,
  reasonsOf,
  BREAK_MARK,
  isBreakChange,
  metaLine,
  comparedLine,
  hiddenLine,
  kindCounts,
  kindNames,
  listedChanges,
  placeOf,
  renumberedLine,
  significanceName,
  subjectNames,
  summaryLine,
  textShape,
  versionLine,
  type DiffReport,
} from './report.js';

export interface TextOptions {
  /** ANSI colour and strike-through/underline (only for a terminal). */
  colour: boolean;
}

interface Style {
  deleted(text: string): string;
  inserted(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  strong(text: string): string;
}

const ansi =
  (open: string) =>
  (text: string): string =>
    text === '' ? '' : `\u001b[${open}m${text}\u001b[0m`;
/** Styles every line of a multi-line text on its own, so indentation and line ends stay unstyled. */
const perLine =
  (style: (text: string) => string) =>
  (text: string): string =>
    text.split('\n').map(style).join('\n');

/** A change of nothing but spaces would be invisible struck through or underlined: it gets a background instead. */
const markedOrBackground = (mark: string, background: string) =>
  perLine((text) => ansi(/^\s+$/.test(text) ? background : mark)(text));

const COLOUR: Style = {
  deleted: markedOrBackground('31;9', '41'),
  inserted: markedOrBackground('32;4', '42'),
  bold: perLine(ansi('1')),
  dim: perLine(ansi('2')),
  strong: perLine(ansi('1;33')),
};

const PLAIN: Style = {
  deleted: (text) => (text === '' ? '' : `[-${text}-]`),
  inserted: (text) => (text === '' ? '' : `{+${text}+}`),
  bold: (text) => text,
  dim: (text) => text,
  strong: (text) => text,
};

const INDENT = '    ';

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `${prefix}${line}`))
    .join('\n');
}

function redlineText(words: readonly WordOp[], style: Style): string {
  return words
    .map((word) => {
      // A paragraph break that came or went (a split or merge) gets a visible mark; an inserted one still breaks.
      if (isBreakChange(word))
        return word.op === 'insert' ? `${style.inserted(BREAK_MARK)}${word.text}` : style.deleted(BREAK_MARK);
      return word.op === 'delete'
        ? style.deleted(word.text)
        : word.op === 'insert'
          ? style.inserted(word.text)
          : word.text;
    })
    .join('');
}

function changeBody(change: ClauseChange, report: DiffReport, style: Style): string[] {
  const { labels } = report;
  const shape = textShape(change);
  switch (shape.shape) {
    case 'redline':
      return [indent(redlineText(shape.words, style), INDENT)];
    case 'added':
      return [indent(style.inserted(shape.text), INDENT)];
    case 'removed':
      return [indent(style.deleted(shape.text), INDENT)];
    case 'unchanged':
      return [indent(shape.text, INDENT)];
    case 'rewritten':
      return [
        `  ${style.dim(`${labels.oldText}:`)}`,
        indent(style.deleted(shape.old), INDENT),
        `  ${style.dim(`${labels.newText}:`)}`,
        indent(style.inserted(shape.new), INDENT),
      ];
  }
}

function changeBlock(change: ClauseChange, report: DiffReport, style: Style): string {
  const { labels, phrases } = report;
  const place = placeOf(change, phrases);
  const tags = [
    ...subjectNames(change, labels),
    ...kindNames(change, labels),
    ...(change.rewritten ? [labels.rewritten] : []),
  ].join(' · ');
  const significance =
    change.significance === 'substantive'
      ? style.strong(significanceName(change, labels))
      : style.dim(significanceName(change, labels));
  // The clause as the document cites it; its ID, for the policy officer, in brackets after it.
  const ids = place.numbers && place.ids ? `(${place.ids})` : place.ids;
  const title = [style.bold(place.numbers), style.dim(ids)].filter(Boolean).join(' ');
  const lines = [`${title}  [${tags} · ${significance}]`];
  if (place.path) lines.push(`  ${style.dim(place.path)}`);
  lines.push(...changeBody(change, report, style));
  if (change.invisibleOnly) lines.push(`  ${style.dim(`(${labels.invisibleOnly})`)}`);
  for (const note of linkNotesOf(change, report)) lines.push(`  ${style.dim(`(${note})`)}`);
  if (change.significance === 'substantive' && change.reasons.length > 0) {
    lines.push(`  ${labels.reasons}:`);
    for (const reason of reasonsOf(change, report)) lines.push(`    - ${reason}`);
  }
  return lines.join('\n');
}

export function renderText(report: DiffReport, options: TextOptions = { colour: false }): string {
  const style = options.colour ? COLOUR : PLAIN;
  const { diff, labels, phrases } = report;
  const blocks: string[] = [];
  const organisation = diff.new.organisation ? ` · ${diff.new.organisation}` : '';
  blocks.push(
    [
      style.bold(`${diff.new.title}${organisation}`),
      comparedLine(report),
      `  − ${versionLine(diff.old, labels)}`,
      `  + ${versionLine(diff.new, labels)}`,
    ].join('\n'),
  );

  const summary = [style.bold(summaryLine(report))];
  const counts = kindCounts(diff);
  if (counts.length > 0)
    summary.push(`  ${counts.map(([kind, count]) => `${labels.kinds[kind]} ${count}`).join(' · ')}`);
  const hidden = hiddenLine(report);
  if (hidden) summary.push(`  (${hidden})`);
  blocks.push(summary.join('\n'));

  if (diff.meta.length > 0)
    blocks.push(
      [style.bold(phrases.metadata), ...diff.meta.map((change) => `  ${metaLine(change, labels)}`)].join('\n'),
    );

  const { listed, renumbered } = listedChanges(report);
  for (const change of listed) blocks.push(changeBlock(change, report, style));
  const compact = renumberedLine(report, renumbered);
  if (compact) blocks.push(style.dim(compact));
  return `${blocks.join('\n\n')}\n`;
}
