// renderDossier: an organisation's inspection dossier (`clausemark dossier ORG`, issue 27 item 5) as a PDF: per
// policy in force its version and adoption, where it is published, its next review and its approval trail (right,
// body, part, legal basis, dates, outcome, hash), overdue items marked in words (not by colour alone); the same as
// data in the embedded dossier-<org>.json. Built from the report frame every report PDF shares
// (src/render/engine/report.ts) and the shared text helpers and tables; a pure function of its input.
import type { Dossier, DossierPolicy } from '../../procedure/dossier.js';
import type { PlacedHeading } from '../engine/outline.js';
import { plainRuns } from '../shared/inline.js';
import { reportPdfOptions } from '../engine/input.js';
import { openReport, reportTexts } from '../engine/report.js';
import { drawHeading, drawParagraph, plain } from '../engine/report-text.js';
import { drawTable, tableLeadHeight, type TableSpec } from '../engine/table.js';
import type { StructElement } from '../engine/tagging.js';
import { createTheme } from '../shared/theme.js';
import type { FlowContext } from '../engine/context.js';
import type { DossierInput, DossierTexts } from './input.js';
import type { WordedCell } from '../shared/school-overview.js';

export type { DossierInput, DossierTexts } from './input.js';

/**
 * The hash as printed: its scheme and the first hex digits (the JSON attachment has it whole); a step recorded
 * without one says so, where a blank cell would leave the reader guessing.
 */
function shortHash(hash: string | undefined, texts: DossierTexts): string {
  if (!hash) return texts.say('dossier-report.hash-unrecorded');
  const at = hash.lastIndexOf(':');
  return `${hash.slice(at + 1, at + 13)}…`;
}

function trailTable(context: FlowContext, policy: DossierPolicy, texts: DossierTexts): TableSpec {
  const covers = context.inline.covers;
  const say = texts.say;
  const header = [
    'dossier-report.column-step',
    'dossier-report.column-basis',
    'dossier-report.column-asked',
    'dossier-report.column-decided',
    'dossier-report.column-outcome',
    'dossier-report.column-hash',
  ].map((id) => plainRuns(say(id), covers));
  const rows = policy.trail.map((row) => {
    const who = [row.body ?? '', row.part && row.part !== 'whole' ? `(${row.part})` : ''].filter(Boolean).join(' ');
    const step = `${row.step.charAt(0).toUpperCase()}${row.step.slice(1)} ${who}`.trim();
    const decided = row.decided
      ? say('dossier-report.decided-by', { date: row.decided, name: row.name, role: row.role })
      : '';
    const askedOn = row.asked ? texts.day(row.asked) : '';
    const asked = row.termExpired
      ? `${askedOn} ${say('dossier-report.term-expired', { due: row.termExpired })}`.trim()
      : askedOn;
    const outcome = [row.outcome ?? '', row.minutes ?? ''].filter(Boolean).join('; ');
    // The step names a body, the decision a person and a role: names, never hyphenated ("A. Bak-ker").
    return [
      plainRuns(step, covers, { name: true }),
      plainRuns(row.basis ?? '', covers),
      plainRuns(asked, covers, { name: true }),
      plainRuns(decided, covers, { name: true }),
      plainRuns(outcome, covers),
      plainRuns(shortHash(row.hash, texts), covers, { name: true }),
    ];
  });
  return {
    key: policy,
    header,
    rows,
    align: ['left', 'left', 'left', 'left', 'left', 'left'],
  };
}

/**
 * "Volgende evaluatie: …": the next review, overdue or not; a date the policy does not give is said to be the law's
 * cycle (by its article) or its procedure's default interval. A version that an adopted one replaces by then has no
 * review of its own left (the agenda plans none): said, with the version that replaces it.
 */
function reviewLine(policy: DossierPolicy, say: DossierTexts['say']): string {
  if (!policy.nextReview) return say('dossier-report.no-review');
  const replacing = policy.adoptedLater?.find((later) => later.inForceFrom <= policy.nextReview!);
  if (replacing)
    return say('dossier-report.review-replaced', { version: replacing.version, from: replacing.inForceFrom });
  const overdue = policy.overdue.some((item) => item.type === 'review');
  const date = say(overdue ? 'dossier-report.review-overdue' : 'dossier-report.next-review', {
    date: policy.nextReview,
  });
  if (policy.reviewFrom === 'law' && policy.reviewBasis)
    return `${date} ${say('dossier-report.review-by-law', { basis: policy.reviewBasis })}`;
  return policy.reviewFrom === 'procedure' ? `${date} ${say('dossier-report.review-by-procedure')}` : date;
}

/** A policy's facts under its heading: adoption, entry into force, publication, next review, overdue terms, hash. */
function drawFacts(
  context: FlowContext,
  policy: DossierPolicy,
  texts: DossierTexts,
  section: StructElement,
  org: string,
): void {
  const { painter, frame } = context;
  const { theme } = painter;
  const say = texts.say;
  const body = { size: 10, leading: 14, colour: theme.colours.text };
  const line = (text: string): void => {
    drawParagraph(context, plain(context, text), body, frame.left, frame.width, section);
  };
  // Who adopted it and in what role: names, never hyphenated.
  const adopted = say('dossier-report.adopted', { ...policy.adopted });
  drawParagraph(context, plain(context, adopted, { name: true }), body, frame.left, frame.width, section);
  line(say('dossier-report.in-force-from', { date: policy.inForceFrom }));
  // A version adopted for a later day replaces this one then: named, with the --at that shows it.
  for (const later of policy.adoptedLater ?? [])
    line(say('dossier-report.adopted-later', { ...later, from: later.inForceFrom, org }));
  // Only what the policy records is said to be so; what its procedure prescribes is named as that (issue 43 item 3).
  line(
    policy.published.length > 0
      ? say('dossier-report.published', { where: policy.published.join(', ') })
      : policy.publishedByProcedure.length > 0
        ? say('dossier-report.published-by-procedure', { where: policy.publishedByProcedure.join(', ') })
        : say('dossier-report.published-unknown'),
  );
  line(reviewLine(policy, say));
  for (const item of policy.overdue)
    if (item.type === 'term') line(say('dossier-report.term-overdue', { step: item.step, date: item.due }));
  // Kennisname (issue 72): counts only, never a name.
  if (policy.acknowledged)
    line(
      say('dossier-report.acknowledged', {
        title: policy.title,
        version: policy.version,
        acknowledged: String(policy.acknowledged.acknowledged),
        asked: String(policy.acknowledged.asked),
      }),
    );
  line(hashLine(policy, say));
  // An adoption without a hash holds no text: where git shows the words changed since it was written down, said.
  const changed = policy.changedSinceCommit;
  if (changed)
    line(
      say('dossier-report.changed-since-commit', { commit: changed.commit.slice(0, 7), date: changed.date }) +
        rowCorrected(changed.corrected, say),
    );
}

/**
 * "; rij later verbeterd in commit …" where git shows the adoption's row reads otherwise since the commit that wrote
 * it down (a name corrected), as the cover and the HTML page say it; else "".
 */
function rowCorrected(corrected: string | undefined, say: DossierTexts['say']): string {
  return corrected === undefined ? '' : `; ${say('dossier-report.row-corrected', { commit: corrected.slice(0, 7) })}`;
}

/**
 * The text's hash: the one adopted; where the adoption recorded none, the text now, said to be only that, or, where
 * git shows it is the text the adoption was written down with, said to be the adopted text according to git (and
 * where its row was corrected since); in a shallow clone, or before a commit git does not follow the file past, why
 * git cannot tell.
 */
function hashLine(policy: DossierPolicy, say: DossierTexts['say']): string {
  const hash = policy.textHash.slice(policy.textHash.lastIndexOf(':') + 1);
  if (!policy.textUnrecorded) return say('dossier-report.text-hash', { hash });
  const adopted = policy.adoptedInCommit;
  if (adopted)
    return (
      say('dossier-report.text-hash-adopted-per-git', {
        hash,
        commit: adopted.commit.slice(0, 7),
        date: adopted.date,
      }) + rowCorrected(adopted.corrected, say)
    );
  const cut = policy.historyNotFollowed;
  if (cut !== undefined) return say('dossier-report.text-hash-unrecorded-not-followed', { hash, commit: cut });
  return say(
    policy.historyShallow ? 'dossier-report.text-hash-unrecorded-shallow' : 'dossier-report.text-hash-unrecorded',
    { hash },
  );
}

function drawPolicy(
  { organisation, org }: { organisation: string; org: string },
  context: FlowContext,
  policy: DossierPolicy,
  texts: DossierTexts,
  parent: StructElement,
): PlacedHeading {
  const { painter, frame } = context;
  const say = texts.say;
  const section = painter.tagger.element('Sect', parent);
  const spec = trailTable(context, policy, texts);
  const placed = drawHeading(
    context,
    `dossier:${policy.id}`,
    [
      policy.title,
      say('dossier-report.version', { version: policy.version }),
      ...(policy.organisation !== organisation ? [policy.organisation] : []),
    ].join(' · '),
    2,
    section,
    80,
    'H2',
  );
  drawFacts(context, policy, texts, section, org);
  frame.space(6);
  frame.ensure(tableLeadHeight(context, spec, frame.width));
  drawTable(context, spec, frame.left, frame.width, section);
  frame.space(12);
  return placed;
}

/** The report frame of the dossier (cover data, running header, page numbers), with the dossier as JSON attached. */
function openDossier(input: DossierInput): ReturnType<typeof openReport> {
  const { dossier, texts, brand } = input;
  const report = openReport(
    {
      policy: {
        meta: {
          title: texts.title,
          organisation: dossier.organisation,
          id: `dossier-${dossier.org}`,
          org: dossier.org,
          version: dossier.date,
          status: 'approved',
        },
      },
      brand,
      texts: reportTexts({ lang: texts.lang, page: texts.page, header: texts.title }),
      options: reportPdfOptions(input.options),
    },
    createTheme(brand),
    {
      Title: texts.title,
      Subject: texts.say('dossier-report.subject', { date: dossier.date }),
      Keywords: `${dossier.org}, ${dossier.date}`,
    },
  );
  // The dossier as data, for the Inspectie's and the board's own tools.
  report.flow.painter.doc.file(Buffer.from(input.json, 'utf8'), {
    name: `dossier-${dossier.org}.json`,
    type: 'application/json',
    relationship: 'Data',
    description: texts.title,
    creationDate: input.options.creationDate,
    modifiedDate: input.options.creationDate,
  });
  return report;
}

/**
 * Why a policy has no version in force: withdrawn, a schoolgids of a past school year, a date before its history
 * (what was in force then is not known), adopted for a later date (and the --at that shows it), edited since its
 * adoption, or not adopted.
 */
function notInForceWhy(
  policy: Dossier['notInForce'][number],
  title: string,
  dossier: Dossier,
  texts: DossierTexts,
): string {
  if (policy.retired) return texts.say('dossier-report.retired', { title, date: policy.retired });
  if (policy.expired)
    return texts.say('dossier-report.expired', {
      title,
      year: policy.expired.schoolYear,
      current: policy.expired.current,
    });
  const later =
    policy.adopted && policy.inForceFrom ? { adopted: policy.adopted, from: policy.inForceFrom } : undefined;
  // Marked adopted by a decision dated after the dossier's day: not taken yet on that day, whatever the history holds.
  if (policy.notYet)
    return texts.say('dossier-report.dated-after', { title, day: dossier.date, decided: policy.notYet });
  if (policy.historyFrom) {
    const params = { title, begins: policy.historyFrom, date: dossier.date, org: dossier.org, ...later };
    return texts.say(later ? 'dossier-report.before-history-later' : 'dossier-report.before-history', params);
  }
  if (later) return texts.say('dossier-report.in-force-later', { title, ...later, org: dossier.org });
  return texts.say(policy.changed ? 'dossier-report.changed' : 'dossier-report.not-adopted', { title });
}

/** The policies with no version in force on the dossier's date, under a heading of their own (returned). */
function drawNotInForce(
  context: FlowContext,
  dossier: Dossier,
  texts: DossierTexts,
  document: StructElement,
  style: { size: number; leading: number; colour: string },
): PlacedHeading {
  const { frame } = context;
  const heading = drawHeading(
    context,
    'dossier:none',
    texts.say('dossier-report.not-in-force', { date: dossier.date }),
    2,
    document,
    40,
    'H2',
  );
  for (const policy of dossier.notInForce) {
    const title =
      policy.organisation === dossier.organisation ? policy.title : `${policy.title} · ${policy.organisation}`;
    drawParagraph(
      context,
      plain(context, notInForceWhy(policy, title, dossier, texts)),
      style,
      frame.left,
      frame.width,
      document,
    );
  }
  return heading;
}

/** What the board and each school must have: per organisation a table of each required kind and its state. */
function drawRequired(
  context: FlowContext,
  input: DossierInput,
  document: StructElement,
  style: { size: number; leading: number; colour: string },
): PlacedHeading {
  const { frame } = context;
  const { texts, dossier } = input;
  const required = input.required!;
  const covers = context.inline.covers;
  const heading = drawHeading(context, 'dossier:required', texts.say('dossier-report.required'), 2, document, 40, 'H2');
  drawParagraph(
    context,
    plain(context, texts.say('dossier-report.required-intro', { date: dossier.date })),
    style,
    frame.left,
    frame.width,
    document,
  );
  frame.space(6);
  const header = ['dossier-report.column-kind', 'dossier-report.column-state', 'dossier-report.column-detail'].map(
    (id) => plainRuns(texts.say(id), covers),
  );
  const notes = new Map(required.toDo.map((item) => [item.id, item]));
  for (const row of required.rows) {
    const cells = row.cells
      .map((cell, index) => ({ cell, column: required.columns[index]! }))
      .filter(({ cell }) => cell.state !== 'not-applicable' && cell.state !== 'not-required');
    if (cells.length === 0) continue;
    const section = context.painter.tagger.element('Sect', document);
    drawHeading(
      context,
      `dossier:required:${row.org}`,
      row.board ? `${row.name} (${row.boardWord})` : row.name,
      2,
      section,
      60,
      'H3',
    );
    const spec: TableSpec = {
      key: row,
      header,
      rows: cells.map(({ cell, column }) => {
        const note = rowNote(cell, row, notes);
        return [
          plainRuns(column.title, covers),
          plainRuns(cell.label, covers),
          plainRuns([...cell.details, ...(note ? [note] : [])].join('; '), covers),
        ];
      }),
      align: ['left', 'left', 'left'],
    };
    frame.ensure(tableLeadHeight(context, spec, frame.width));
    drawTable(context, spec, frame.left, frame.width, section);
    frame.space(8);
  }
  return heading;
}

/**
 * What to do about a cell, said without the row's name, which heads the table; a line said at another row (the
 * board's, about its file) stands in that row's table only.
 */
function rowNote(
  cell: WordedCell,
  row: { org: string; name: string },
  lines: ReadonlyMap<string, { org: string; text: string }>,
): string | undefined {
  const line = cell.todo ? lines.get(cell.todo) : undefined;
  return line?.org === row.org ? line.text.replace(`${row.name}: `, '') : undefined;
}

export async function renderDossier(input: DossierInput): Promise<Uint8Array> {
  const { dossier, texts } = input;
  const report = openDossier(input);
  const context = report.flow;
  const { painter, frame } = context;
  frame.newPage();
  const document = painter.tagger.element('Sect');
  const headings: PlacedHeading[] = [drawHeading(context, 'dossier:title', texts.title, 1, document, 40, 'H1')];
  const intro = { size: 10.5, leading: 15, colour: painter.theme.colours.muted };
  drawParagraph(
    context,
    plain(context, texts.say('dossier-report.intro', { date: dossier.date, count: String(dossier.policies.length) })),
    intro,
    frame.left,
    frame.width,
    document,
  );
  if (dossier.policies.length === 0)
    drawParagraph(
      context,
      plain(context, texts.say('dossier-report.none-in-force', { date: dossier.date })),
      intro,
      frame.left,
      frame.width,
      document,
    );
  frame.space(10);
  if (input.required) headings.push(drawRequired(context, input, document, intro));
  for (const policy of dossier.policies) headings.push(drawPolicy(dossier, context, policy, texts, document));
  if (dossier.notInForce.length > 0) headings.push(drawNotInForce(context, dossier, texts, document, intro));
  return report.finish(headings);
}
