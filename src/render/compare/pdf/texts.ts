// Per provision, the texts side by side: the reference first, then each other document that has it, with the
// word redline against the reference (deletions struck through in red, insertions underlined); a line above says
// which documents state it how and which lack it. Provisions of one organisation only follow, per organisation.
import type { Member, Provision } from '../../../compare/read/types.js';
import { PART_SEPARATOR } from '../../../diff/split.js';
import { redlineRuns, textRuns } from '../../shared/redline.js';
import { drawHeading, drawParagraph, fragment, layoutRuns, plain, type TextStyle } from '../../engine/report-text.js';
import type { PlacedHeading } from '../../engine/outline.js';
import type { Run } from '../../shared/inline.js';
import { paintLine } from '../../engine/paint.js';
import type { StructElement } from '../../engine/tagging.js';
import { BODY, COLUMN_GAP, drawColumns, HEAD, NOTE, type Column } from './columns.js';
import { cellKind, cellLook, documentName, provisionDestination, type CompareContext } from './context.js';
import type { CellKind } from './input.js';
import { drawRedlineKey } from './legend.js';

const TEXTS_DESTINATION = 'compare:texts';
const OWN_DESTINATION = 'compare:own';

/** At most this many documents side by side; more continue in a second band that repeats the reference. */
const MAX_COLUMNS = 4;
/** A single text is set no wider than this (long lines across a landscape page are hard to follow). */
const MAX_SINGLE_WIDTH = 520;
const STATUS: TextStyle = { size: 8.5, leading: 12 };
const GAP = 14;
const NUMBER_GUTTER = 30;

function bodyRuns(context: CompareContext, members: readonly Member[], redline: boolean): Run[] {
  const words = members[0]?.words;
  if (redline && words && words.some((word) => word.op !== 'equal'))
    return redlineRuns(words, context.redline, context.inline.covers);
  return textRuns(members.map((member) => member.text).join(PART_SEPARATOR), {}, context.inline.covers);
}

/**
 * The members' clauses as a reader cites them ("Artikel 2, onder a + Artikel 2, onder b" for a split), each with its
 * part when it is one: "Artikel 4, zin 3".
 */
function clauseNames(context: CompareContext, key: string, members: readonly Member[]): string {
  const { texts } = context.input;
  return members
    .filter((member) => member.id !== '')
    .map((member) => {
      const name = texts.clause(key, member.id);
      return member.part ? `${name}, ${texts.part(member.part)}` : name;
    })
    .join(' + ');
}

function columnFor(context: CompareContext, provision: Provision, key: string): Column {
  const { input, painter } = context;
  const kind = cellKind(provision, key);
  const look = cellLook(kind, painter.theme, context.inline.covers);
  const members = provision.members[key] ?? [];
  const clauseIds = clauseNames(context, key, members);
  const rows = members[0]?.rows;
  const adds = members.find((member) => member.adds)?.adds;
  const word = adds ? input.texts.adds(adds) : input.texts.cells[kind];
  return {
    head: plain(context, documentName(input, key)),
    note: plain(
      context,
      `${look.symbol} ${word}${clauseIds ? ` · ${clauseIds}` : ''}${rows ? ` · ${input.texts.rows(rows)}` : ''}`,
    ),
    fill: look.fill,
    body: bodyRuns(context, members, kind === 'reworded'),
  };
}

/** "• referentie: Aeres MBO · ≈ anders verwoord: Casparus College, FLEX-College · Ontbreekt bij: Stichting Allure". */
function statusRuns(context: CompareContext, provision: Provision): Run[] {
  const { input, painter } = context;
  const keys = input.alignment.documents.map((document) => document.key);
  const groups: CellKind[] = ['reference', 'identical', 'reworded', 'different'];
  const parts: Run[][] = [];
  for (const kind of groups) {
    const names = keys.filter((key) => cellKind(provision, key) === kind).map((key) => documentName(input, key));
    if (names.length === 0) continue;
    const look = cellLook(kind, painter.theme, context.inline.covers);
    parts.push([
      ...fragment(context, `${look.symbol} ${input.texts.cells[kind]}: `, { bold: true }),
      ...fragment(context, names.join(', ')),
    ]);
  }
  // The empty cells: a possible match, not matched, absent as a person confirmed, each with what it points at.
  for (const kind of ['possible', 'unmatched', 'confirmed-absent'] as const) {
    const named = keys
      .filter((key) => cellKind(provision, key) === kind)
      .map((key) => {
        const evidence = input.texts.evidence(provision, key);
        return evidence ? `${documentName(input, key)} (${evidence})` : documentName(input, key);
      });
    if (named.length === 0) continue;
    const look = cellLook(kind, painter.theme, context.inline.covers);
    parts.push([
      ...fragment(context, `${look.symbol} ${input.texts.cells[kind]}: `, { bold: true }),
      ...fragment(context, named.join(', ')),
    ]);
  }
  const absent = keys
    .filter((key) => cellKind(provision, key) === 'absent')
    .map((key) => {
      const evidence = input.texts.evidence(provision, key);
      return evidence ? `${documentName(input, key)} (${evidence})` : documentName(input, key);
    });
  if (absent.length > 0)
    parts.push([
      ...fragment(context, `${input.texts.absentIn}: `, { bold: true }),
      ...fragment(context, absent.join(', ')),
    ]);
  return parts.flatMap((part, index) =>
    index === 0 ? part : [...fragment(context, '  ·  ', { colour: painter.theme.colours.muted }), ...part],
  );
}

/** The reference, then the others in document order, in bands of at most MAX_COLUMNS (later bands repeat the reference). */
function bands(context: CompareContext, provision: Provision): string[][] {
  const others = context.input.alignment.documents
    .map((document) => document.key)
    .filter((key) => key in provision.members && key !== provision.reference);
  if (others.length === 0) return [[provision.reference]];
  const result: string[][] = [];
  for (let start = 0; start < others.length; start += MAX_COLUMNS - 1)
    result.push([provision.reference, ...others.slice(start, start + MAX_COLUMNS - 1)]);
  return result;
}

function drawSharedProvision(
  context: CompareContext,
  provision: Provision,
  index: number,
  parent: StructElement,
): PlacedHeading {
  const { frame, painter } = context;
  const section = painter.tagger.element('Sect', parent);
  frame.space(GAP);
  const heading = drawHeading(
    context,
    provisionDestination(index),
    `${index + 1}. ${provision.label}`,
    2,
    section,
    STATUS.leading * 2 + HEAD.leading * 2 + BODY.leading * 2,
  );
  drawParagraph(
    context,
    statusRuns(context, provision),
    { ...STATUS, colour: painter.theme.colours.text },
    frame.left,
    frame.width,
    section,
  );
  const all = bands(context, provision);
  // One column width for all bands, so a second band lines up under the first.
  const count = Math.max(2, ...all.map((band) => band.length));
  const width = (frame.width - COLUMN_GAP * (count - 1)) / count;
  all.forEach((band, index) => {
    frame.y += index === 0 ? 6 : 12;
    drawColumns(
      context,
      band.map((key) => columnFor(context, provision, key)),
      width,
      section,
    );
  });
  return heading;
}

/** Every provision two or more documents share, in the alignment's order. */
export function drawSharedTexts(context: CompareContext, parent: StructElement): PlacedHeading | undefined {
  const { alignment, texts } = context.input;
  const shared = alignment.provisions
    .map((provision, index) => ({ provision, index }))
    .filter(({ provision }) => Object.keys(provision.members).length > 1);
  if (shared.length === 0) return undefined;
  const { frame, painter } = context;
  frame.newPage();
  const section = painter.tagger.element('Sect', parent);
  const heading = drawHeading(context, TEXTS_DESTINATION, texts.sideBySide, 1, section, 40);
  drawRedlineKey(context, section);
  heading.children = shared.map(({ provision, index }) => drawSharedProvision(context, provision, index, section));
  return heading;
}

/** One organisation's own provisions: the matrix number hanging in the margin, the clause's number, the text. */
function drawOwnOf(
  context: CompareContext,
  key: string,
  own: readonly { provision: Provision; index: number }[],
  parent: StructElement,
): PlacedHeading {
  const { frame, painter, input } = context;
  const { theme, tagger } = painter;
  const section = tagger.element('Sect', parent);
  const id = `${OWN_DESTINATION}:${key}`;
  frame.space(GAP);
  const heading = drawHeading(context, id, `${documentName(input, key)} (${own.length})`, 2, section, BODY.leading * 3);
  const width = Math.min(frame.width - NUMBER_GUTTER, MAX_SINGLE_WIDTH);
  const x = frame.left + NUMBER_GUTTER;
  for (const { provision, index } of own) {
    const members = provision.members[key] ?? [];
    const note = layoutRuns(context, plain(context, clauseNames(context, key, members)), NOTE, width);
    const body = layoutRuns(context, bodyRuns(context, members, false), BODY, width);
    const number = layoutRuns(context, plain(context, `${index + 1}`), { ...NOTE, bold: true }, NUMBER_GUTTER - 6)[0];
    frame.space(6);
    frame.ensure(note.length * NOTE.leading + Math.min(body.length, theme.keepLines * 2) * BODY.leading);
    const item = tagger.element('Div', section);
    drawParagraph(context, [], { ...NOTE, colour: theme.colours.muted }, x, width, item, {
      lines: note,
      lead: (top) => {
        frame.destination(provisionDestination(index), top);
        if (number)
          tagger.artifact(() =>
            paintLine(painter, number, frame.left, top, NOTE.leading, {
              text: theme.colours.primary,
              link: theme.colours.primary,
            }),
          );
      },
    });
    drawParagraph(context, [], { ...BODY, colour: theme.colours.text }, x, width, item, { lines: body });
  }
  return heading;
}

export function drawOwnTexts(context: CompareContext, parent: StructElement): PlacedHeading | undefined {
  const { alignment, texts } = context.input;
  const owners = alignment.documents
    .map((document) => ({
      key: document.key,
      own: alignment.provisions
        .map((provision, index) => ({ provision, index }))
        .filter(({ provision }) => Object.keys(provision.members).length === 1 && document.key in provision.members),
    }))
    .filter((owner) => owner.own.length > 0);
  if (owners.length === 0) return undefined;
  const { frame, painter } = context;
  frame.newPage();
  const section = painter.tagger.element('Sect', parent);
  const heading = drawHeading(context, OWN_DESTINATION, texts.own, 1, section, 60);
  heading.children = owners.map((owner) => drawOwnOf(context, owner.key, owner.own, section));
  return heading;
}
