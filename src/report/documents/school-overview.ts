// The overview of what each school and board must have (src/procedure/overview.ts, made from the project by
// src/procedure/project-overview.ts), worded for `dossier` and the HTML report of `start`. What to do about a board's
// file is said once, at the board: a board's file that cannot be read, one without `kind:` that may be a school's
// kind, or one of that kind not at `level: bestuur` leaves that kind not known at the board and at each school, and
// its line stands at the board, naming the schools; their cells point there. A missing policy is said by its kind's
// name and its organisation's, never their IDs, and a cell that misses one names a part of it that is held (a
// pestprotocol, part of the veiligheidsbeleid). Under a version in force, its kennisname in counts, never a name.
import type { OrganisationOverview, Overview, OverviewCell, OverviewRow } from '../../procedure/overview.js';
import { titleInSentence } from '../../procedure/kind-phrase.js';
import { type Say, sayIn } from '../../wording/messages.js';
import type { WordedCell, WordedOverview } from '../../render/shared/school-overview.js';

// Made in src/procedure/project-overview.ts, where check and agenda read it too.
export { schoolOverview } from '../../procedure/project-overview.js';

/** A legal cycle as the message files word it: "4y" → "4 jaar" / "4 years", "1y" → "jaar" / "year". */
function cycleWords(cycle: string, say: Say): string {
  const match = /^(\d+)([ymwd])$/.exec(cycle);
  if (!match) return cycle;
  const unit = ({ y: 'year', m: 'month', w: 'week', d: 'day' } as const)[match[2] as 'y' | 'm' | 'w' | 'd'];
  return match[1] === '1'
    ? say(`school-overview.cycle-${unit}`)
    : say(`school-overview.cycle-${unit}s`, { count: match[1]! });
}

/**
 * A board's files that leave a kind not known (unreadable, without `kind:`, not at `level: bestuur`), said at the
 * board: its line's id, and the schools they concern.
 */
interface BoardUnsure {
  id: string;
  files: ReadonlySet<string>;
  schools: string[];
}

interface Wording {
  say: Say;
  lang: string;
  titles: ReadonlyMap<string, string>;
  file: string;
  hrefOf?: (file: string) => string | undefined;
  toDo: WordedOverview['toDo'];
  /** Per kind, the board's files that leave it not known, which its line names (boardUnsure). */
  boardUnsure: ReadonlyMap<string, BoardUnsure>;
  /** The board's own row, when the organisation is a board: its lines on a policy for all its schools. */
  boardOrg?: string;
}

/** The files a cell says leave it not known: those that cannot be read and those that may be it. */
const unsureFiles = (cell: OverviewCell): string[] => [
  ...(cell.unreadable ?? []),
  ...(cell.unsure ?? []).map(({ file }) => file),
];

/**
 * Per kind, the files that leave the board's own cell not known (src/procedure/overview.ts boardWideCell), and the
 * schools whose cells name one of them too: said once, at the board.
 */
function boardUnsure(organisation: OrganisationOverview): Map<string, BoardUnsure> {
  const found = new Map<string, BoardUnsure>();
  const board = organisation.rows.find((row) => row.level === 'bestuur');
  if (!board) return found;
  for (const cell of board.cells) {
    const files = new Set(unsureFiles(cell));
    if (files.size === 0) continue;
    const schools = organisation.rows
      .filter((row) => row.level === 'school')
      .filter((row) =>
        row.cells.some((other) => other.kind === cell.kind && unsureFiles(other).some((file) => files.has(file))),
      )
      .map((row) => row.name);
    found.set(cell.kind, { id: toDoId(board, cell), files, schools });
  }
  return found;
}

const toDoId = (row: OverviewRow, cell: OverviewCell): string => `todo-${row.org}-${cell.kind}`;

/** A school cell's files that may be it, less the board's said at the board; all of them at the board's own row. */
function unsureHere(cell: OverviewCell, row: OverviewRow, wording: Wording): NonNullable<OverviewCell['unsure']> {
  const atBoard = row.level === 'school' ? wording.boardUnsure.get(cell.kind) : undefined;
  return (cell.unsure ?? []).filter((unsure) => !atBoard?.files.has(unsure.file));
}

/** A school cell's files that cannot be read, less the board's said at the board; all of them at the board's row. */
function unreadableHere(cell: OverviewCell, row: OverviewRow, wording: Wording): string[] {
  const atBoard = row.level === 'school' ? wording.boardUnsure.get(cell.kind) : undefined;
  return (cell.unreadable ?? []).filter((file) => !atBoard?.files.has(file));
}

/** At the board's row, the schools its files leave not known too, as the end of its line; else nothing. */
function alsoAtSchools(cell: OverviewCell, row: OverviewRow, wording: Wording): string[] {
  const schools = row.level === 'bestuur' ? wording.boardUnsure.get(cell.kind)?.schools : undefined;
  return schools?.length ? [wording.say('school-overview.unsure-schools', { schools: schools.join(', ') })] : [];
}

/** Why a cell is due or overdue, as its line under "What to do". */
function dueWhy(cell: OverviewCell, title: string, wording: Wording): string {
  const { say } = wording;
  const due = cell.due ?? '';
  if (cell.reason === 'school-year')
    return say(cell.state === 'due' ? 'school-overview.school-year-due' : 'school-overview.school-year', {
      title,
      year: cell.schoolYear ?? '',
      date: due,
    });
  if (cell.reason === 'cycle')
    return say('school-overview.reason-cycle', {
      title,
      cycle: cycleWords(cell.cycle ?? '', wording.say),
      adopted: cell.policy?.adopted ?? '',
    });
  return say('school-overview.reason-review', { date: due });
}

/** What to do about a file that may be a duty's policy but is not counted as it. */
function unsureFact(
  unsure: NonNullable<OverviewCell['unsure']>[number],
  title: string,
  kind: string,
  say: Say,
): string {
  return say(`school-overview.unsure-${unsure.why}`, { title, file: unsure.file, kind });
}

/**
 * The line of a cell that a date or a file not counted makes: due or overdue (a schoolgids not adopted in its school
 * year too, whatever step waits), not known for a file that may be it, a review planned (a board's, once).
 */
function datedLine(cell: OverviewCell, row: OverviewRow, title: string, wording: Wording): string | undefined {
  const { say } = wording;
  // A schoolgids not adopted while its school year is under way is late, whatever step waits.
  if (cell.state === 'overdue' || cell.state === 'due' || cell.reason === 'school-year')
    return `${row.name}: ${dueWhy(cell, title, wording)}`;
  if (cell.unsure) {
    const facts = unsureHere(cell, row, wording).map((unsure) => unsureFact(unsure, title, cell.kind, say));
    return `${row.name}: ${[...facts, ...alsoAtSchools(cell, row, wording)].join('; ')}`;
  }
  if (cell.plannedReview && !(cell.policy?.boardWide && row.level === 'school'))
    return `${row.name}: ${say(`school-overview.planned-review-${cell.plannedReview.from}`, { title, date: cell.plannedReview.date })}`;
  return undefined;
}

/** What to do about a cell (due, overdue, missing, a size not declared), as its line; undefined when nothing. */
function toDoLine(
  cell: OverviewCell,
  row: OverviewRow,
  title: string,
  wording: Wording,
): WordedOverview['toDo'][number] | undefined {
  const { say } = wording;
  const id = toDoId(row, cell);
  const dated = datedLine(cell, row, title, wording);
  if (dated) return { id, org: row.org, text: dated };
  if (cell.state === 'missing')
    return {
      id,
      org: row.org,
      // The kind and the organisation by their names, as the reader knows them, not by their IDs; each said once.
      text: `${row.name}: ${say('school-overview.missing-fact', { title: titleInSentence({ title }), where: cell.searched ?? '' })}`,
      ...(cell.command ? { command: say('school-overview.start-one', { command: cell.command }) } : {}),
    };
  // A board's policy withdrawn is said once, at the board.
  if (cell.state === 'retired' && !(cell.policy?.boardWide && row.level === 'school'))
    return {
      id,
      org: row.org,
      text: `${row.name}: ${say('school-overview.retired-fact', {
        title: titleInSentence({ title }),
        file: cell.policy?.file ?? '',
      })}`,
    };
  if (cell.policy?.pending === 'changed' || cell.policy?.pending === 'missing-step')
    return {
      id,
      org: row.org,
      text: `${row.name}: ${say(`school-overview.${cell.policy.pending}-fact`, { file: cell.policy.file })}`,
    };
  if (cell.state === 'unknown' && cell.unreadable) {
    const fact = say('school-overview.unreadable-fact', {
      title,
      files: unreadableHere(cell, row, wording).join(', '),
    });
    return { id, org: row.org, text: `${row.name}: ${[fact, ...alsoAtSchools(cell, row, wording)].join('; ')}` };
  }
  if (cell.state === 'unknown')
    return {
      id,
      org: row.org,
      text: say('school-overview.unknown-fact', {
        title,
        count: String(cell.workers ?? ''),
        file: wording.file,
        organisation: row.name,
      }),
    };
  return undefined;
}

/**
 * Under "missing", each policy held that is a part of the missing one: "er is wel een pestprotocol, dat deel is van
 * het veiligheidsbeleid", so "missing" is as sure as it sounds.
 */
function partLines(cell: OverviewCell, say: Say): string[] {
  return (cell.parts ?? []).map((part) =>
    say(`school-overview.part-held-${part.article ?? 'unknown'}`, {
      part: titleInSentence(part),
      whole: say(`school-overview.whole-${part.whole.article ?? 'unknown'}`, { name: titleInSentence(part.whole) }),
    }),
  );
}

/** The lines under a cell's state: via the board, from when, by when, the step that waits, where it is not sent. */
function cellDetails(cell: OverviewCell, row: OverviewRow, say: Say): string[] {
  const details: string[] = [...partLines(cell, say)];
  if (cell.policy?.boardWide && row.level === 'school') details.push(say('school-overview.board-wide'));
  if (cell.state === 'adopted' && cell.policy?.inForceFrom)
    details.push(say('school-overview.adopted-from', { date: cell.policy.inForceFrom }));
  if (cell.state === 'overdue' || cell.state === 'due')
    details.push(
      say(cell.state === 'overdue' ? 'school-overview.overdue-since' : 'school-overview.due-by', {
        date: cell.due ?? '',
      }),
    );
  if (cell.waiting) {
    const { step, body, asked, due, expired } = cell.waiting;
    details.push(
      asked && due
        ? `${say('school-overview.waiting', { step, body, asked, due })}${expired ? ` ${say('school-overview.term-expired')}` : ''}`
        : say('school-overview.waiting-unasked', { step, body }),
    );
  }
  // A schoolgids waiting on a step for a school year under way is late; said under the step it waits on (a draft's
  // cell says it by its line under "Wat te doen" alone, so a board of many schools still fits one page).
  if (cell.reason === 'school-year' && !cell.policy?.adopted && cell.waiting)
    details.push(say('school-overview.school-year-late', { year: cell.schoolYear ?? '', date: cell.due ?? '' }));
  if (cell.unpublished) details.push(say('school-overview.unpublished', { where: cell.unpublished.join(', ') }));
  if (cell.plannedReview)
    details.push(
      say(cell.plannedReview.passed ? 'school-overview.planned-review-passed' : 'school-overview.planned-review', {
        date: cell.plannedReview.date,
      }),
    );
  for (const unsure of cell.unsure ?? [])
    details.push(say(`school-overview.unsure-${unsure.why}-short`, { file: unsure.file }));
  details.push(...standingDetails(cell, say));
  details.push(...acknowledgedDetail(cell, row, say));
  return details;
}

/**
 * Kennisname of the version in force, counts only: "kennisname 41 van 44", or "kennisname niet gevraagd", or why it
 * cannot be counted (an adoption recorded by the old hash of a text edited since, git not verifying it). The board's
 * policy for all its schools is counted over the board's people list: said once, at the board.
 */
function acknowledgedDetail(cell: OverviewCell, row: OverviewRow, say: Say): string[] {
  const counts = cell.policy?.acknowledged;
  if (cell.policy?.boardWide && row.level === 'school') return [];
  if (cell.policy?.acknowledgeUncounted)
    return [say(`school-overview.acknowledge-uncounted-${cell.policy.acknowledgeUncounted}`)];
  if (!counts) return [];
  if (counts.asked === 0) return [say('school-overview.acknowledge-not-asked')];
  return [
    say('school-overview.acknowledged', { acknowledged: String(counts.acknowledged), asked: String(counts.asked) }),
  ];
}

/** What the file holds beside the version that stands, not adopted; an edit git shows (no hash) said to be per git. */
function pendingDetail(policy: NonNullable<OverviewCell['policy']>, say: Say): string {
  const adopted = policy.adopted ?? '';
  if (policy.pending === 'changed' && policy.changedPerGit)
    return say('school-overview.pending-changed-per-git', { adopted, commit: policy.changedPerGit.commit });
  return say(`school-overview.pending-${policy.pending}`, { adopted });
}

/** Of a version adopted by hand that git shows nothing of: the adopted text is not recorded, and why git cannot tell. */
function unrecordedDetail(
  unrecorded: NonNullable<NonNullable<OverviewCell['policy']>['unrecorded']>,
  say: Say,
): string {
  if (unrecorded.notFollowed)
    return say('school-overview.text-unrecorded-not-followed', { commit: unrecorded.notFollowed.commit });
  return say(unrecorded.shallow ? 'school-overview.text-unrecorded-shallow' : 'school-overview.text-unrecorded');
}

/**
 * What stands and what the file holds beside it: the version in force when it is not the file's own, an edit or an
 * adoption not valid, a new version in draft, the steps an adoption lacks, an adoption dated after the overview's
 * date, the day it was withdrawn, a later version adopted and not yet in force, the school's own in preparation beside
 * the board's.
 */
function standingDetails(cell: OverviewCell, say: Say): string[] {
  const policy = cell.policy;
  if (!policy) return [];
  const details: string[] = [];
  if (policy.inForceVersion && policy.pending)
    details.push(say('school-overview.version-stands', { version: policy.inForceVersion }));
  if (policy.pending) details.push(pendingDetail(policy, say));
  else if (policy.unrecorded) details.push(unrecordedDetail(policy.unrecorded, say));
  else if (policy.missingSteps)
    details.push(say('school-overview.steps-missing', { steps: policy.missingSteps.join('; ') }));
  else if (policy.notYet) details.push(say('school-overview.dated-after', { date: policy.notYet }));
  if (cell.state === 'retired' && policy.retired)
    details.push(say('school-overview.retired-on', { date: policy.retired }));
  if (policy.next)
    details.push(say('school-overview.next-version', { version: policy.next.version, date: policy.next.inForceFrom }));
  if (policy.ownPending) details.push(say('school-overview.own-pending', { file: policy.ownPending }));
  return details;
}

/** A school's cell of the board's policy for all its schools that holds a change not adopted. */
const boardWideChange = (cell: OverviewCell, row: OverviewRow): boolean =>
  row.level === 'school' &&
  cell.policy?.boardWide === true &&
  (cell.policy.pending === 'changed' || cell.policy.pending === 'missing-step');

function wordCell(cell: OverviewCell, row: OverviewRow, wording: Wording): WordedCell {
  const worded: WordedCell = {
    state: cell.state,
    label: wording.say(`school-overview.${cell.state}`),
    details: cellDetails(cell, row, wording.say),
  };
  const href = cell.policy ? wording.hrefOf?.(cell.policy.file) : undefined;
  if (href) worded.href = href;
  // Only the board's files may be it: the board's line says so, and this cell points there.
  const atBoard = row.level === 'school' ? wording.boardUnsure.get(cell.kind) : undefined;
  const onlyBoards =
    unsureFiles(cell).length > 0 &&
    unsureHere(cell, row, wording).length === 0 &&
    unreadableHere(cell, row, wording).length === 0;
  if (atBoard && onlyBoards) {
    worded.todo = atBoard.id;
    return worded;
  }
  // A change to the board's policy for all its schools is the board's to adopt: said once, at the board.
  const boardLine = wording.boardOrg && `todo-${wording.boardOrg}-${cell.kind}`;
  if (boardLine && boardWideChange(cell, row) && wording.toDo.some((line) => line.id === boardLine)) {
    worded.todo = boardLine;
    return worded;
  }
  const line = toDoLine(cell, row, wording.titles.get(cell.kind) ?? cell.kind, wording);
  if (line) {
    wording.toDo.push(line);
    worded.todo = line.id;
  }
  return worded;
}

const boardOrgOf = (organisation: OrganisationOverview): { boardOrg?: string } => {
  const board = organisation.rows.find((row) => row.level === 'bestuur');
  return board ? { boardOrg: board.org } : {};
};

/** One organisation's overview worded for a page or a PDF; `hrefOf` gives a policy's link (its page, its file). */
export function wordOverview(
  organisation: OrganisationOverview,
  overview: Overview,
  options: { lang: string; hrefOf?: (file: string) => string | undefined; served?: boolean },
): WordedOverview {
  const say = sayIn(options.lang, options.served);
  const wording: Wording = {
    say,
    lang: options.lang,
    titles: new Map(organisation.kinds.map((kind) => [kind.kind, kind.title])),
    file: organisation.file,
    toDo: [],
    boardUnsure: boardUnsure(organisation),
    ...boardOrgOf(organisation),
    ...(options.hrefOf ? { hrefOf: options.hrefOf } : {}),
  };
  const rows = organisation.rows.map((row) => ({
    org: row.org,
    name: row.name,
    board: row.level === 'bestuur',
    boardWord: say('school-overview.board'),
    cells: row.cells.map((cell) => wordCell(cell, row, wording)),
  }));
  return {
    org: organisation.org,
    title: say('school-overview.title', { organisation: organisation.name }),
    intro: overview.notInGit
      ? `${say('school-overview.intro', { date: overview.date })} ${say('school-overview.not-in-git')}`
      : say('school-overview.intro', { date: overview.date }),
    legend: say('school-overview.legend'),
    columnOrganisation: say('school-overview.column-organisation'),
    toDoHeading: say('school-overview.to-do'),
    columns: organisation.kinds.map((kind) => ({ kind: kind.kind, title: kind.title })),
    rows,
    toDo: wording.toDo,
  };
}
