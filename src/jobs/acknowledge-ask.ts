// `acknowledge ask`: asks a group to acknowledge the version of a policy in the file. Asked again only when it matters
// (issue 72 item 4): a version after one asked before is diffed against it (src/diff); with substantive changes
// everyone is asked again and shown only the changed articles; with editorial changes only, nobody is asked: the
// acknowledgements of the version before are proposed for carrying over ("overgenomen: alleen redactionele
// wijzigingen"), which a named person confirms with --carry-over. Never silently.
import { appendRecords } from '../io/acknowledgements.js';
import { errorById } from '../io/messages.js';
import { diffPolicies } from '../diff/index.js';
import type { ClauseChange, PolicyDiff } from '../diff/types.js';
import type { AckRecord, Person } from '../model/acknowledgement.js';
import { type AcknowledgeContext, checkedRecorder } from './acknowledge-context.js';
import { type PreviousAsk, previousAsk } from './acknowledge-previous.js';

export interface AskOptions {
  /** The date asked (YYYY-MM-DD). */
  date: string;
  /** The date to acknowledge by. */
  by?: string;
  school?: string;
  team?: string;
  /** Who asks, or who confirms a carry-over (required for that). */
  recorder?: string;
  /** The version asked before, as a file, when git's history of the policy does not hold it. */
  previous?: string;
  /** Confirms carrying the acknowledgements of the version before over to an editorial-only version. */
  carryOver?: boolean;
}

export type AskOutcome =
  | {
      action: 'asked';
      asked: Person[];
      /** Asked before for this very text: not asked twice. */
      already: Person[];
      /** Substantive changes since the version asked before (none for a first ask). */
      changes: ClauseChange[];
      previous?: PreviousAsk;
    }
  | { action: 'carry-over-proposed'; diff: PolicyDiff; previous: PreviousAsk; carry: Person[] }
  | { action: 'carried-over'; diff: PolicyDiff; previous: PreviousAsk; carried: Person[]; asked: Person[] };

function refuse(messageId: string, params: Record<string, string>, argument: string): never {
  throw errorById(
    { messageId: `acknowledge-job.${messageId}`, fixId: `acknowledge-job.${messageId}-fix`, params },
    { place: { argument }, ruleId: 'bad-arguments' },
  );
}

/** The people of the group asked: the audience, narrowed to a school or a team. */
export function group(context: AcknowledgeContext, options: AskOptions): Person[] {
  return context.people.filter(
    (person) =>
      (options.school === undefined || person.school === options.school) &&
      (options.team === undefined || person.teams.includes(options.team)),
  );
}

const askedRow = (context: AcknowledgeContext, person: Person, options: AskOptions): AckRecord => ({
  type: 'asked',
  person: person.id,
  version: context.policy.meta.version,
  hash: context.hash,
  date: options.date,
  method: 'ask',
  recorder: options.recorder ?? '',
  ...(options.by ? { due: options.by } : {}),
});

function ask(
  context: AcknowledgeContext,
  people: Person[],
  options: AskOptions,
): { asked: Person[]; already: Person[] } {
  const result = appendRecords(
    context.recordFile,
    people.map((person) => askedRow(context, person, options)),
  );
  const added = new Set(result.added.map((record) => record.person));
  return {
    asked: people.filter((person) => added.has(person.id)),
    already: people.filter((person) => !added.has(person.id)),
  };
}

/** Carries the acknowledgements of the editorial-only version before over (confirmed), and asks the rest. */
function carryOver(
  context: AcknowledgeContext,
  people: Person[],
  previous: PreviousAsk,
  diff: PolicyDiff,
  options: AskOptions,
) {
  if (!options.recorder) refuse('recorder-needed', {}, '--recorder');
  const acknowledgedBefore = new Set(
    previous.records
      .filter((record) => record.type === 'acknowledged' && record.hash === previous.hash)
      .map((record) => record.person),
  );
  const carry = people.filter((person) => acknowledgedBefore.has(person.id));
  const rows: AckRecord[] = carry.flatMap((person) => [
    askedRow(context, person, options),
    {
      ...askedRow(context, person, options),
      type: 'acknowledged',
      method: 'carried-over',
      from: previous.hash,
      due: undefined,
    } as AckRecord,
  ]);
  for (const row of rows) if (row.due === undefined) delete row.due;
  appendRecords(context.recordFile, rows);
  const rest = ask(
    context,
    people.filter((person) => !acknowledgedBefore.has(person.id)),
    options,
  );
  return { action: 'carried-over' as const, diff, previous, carried: carry, asked: rest.asked };
}

export function askAcknowledgement(context: AcknowledgeContext, options: AskOptions, root: string): AskOutcome {
  // Whoever is named as recorder lands in every row: a name that hides or reorders text would spoil the file.
  if (options.recorder !== undefined) checkedRecorder(options.recorder);
  const people = group(context, options);
  const previous = previousAsk(context, options, root);
  if (!previous) {
    if (options.carryOver) refuse('nothing-to-carry', {}, '--carry-over');
    return { action: 'asked', ...ask(context, people, options), changes: [] };
  }
  const diff = diffPolicies(previous.policy, context.policy);
  const changes = diff.changes.filter((change) => change.significance === 'substantive');
  if (changes.length > 0) {
    if (options.carryOver) refuse('carry-substantive', { count: String(changes.length) }, '--carry-over');
    return { action: 'asked', ...ask(context, people, options), changes, previous };
  }
  if (options.carryOver) return carryOver(context, people, previous, diff, options);
  const before = new Set(
    previous.records
      .filter((record) => record.type === 'acknowledged' && record.hash === previous.hash)
      .map((record) => record.person),
  );
  return { action: 'carry-over-proposed', diff, previous, carry: people.filter((person) => before.has(person.id)) };
}
