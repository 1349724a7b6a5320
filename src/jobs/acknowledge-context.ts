// What every kennisname action starts from (docs/acknowledge.md): the policy's version as the file holds it, adopted,
// its text hash (the approval fingerprint), its kind's audience, the organisation's people list and the version's
// record file.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { changedSinceAdoption } from '../procedure/adoption-git.js';
import { readPolicyFile } from '../build/read.js';
import { shortCommit } from '../io/git.js';
import { ACKNOWLEDGEMENTS_DIR, peopleFile, readPeople, readRecords, recordFile } from '../io/acknowledgements.js';
import { HIDDEN_CHARACTER } from '../io/csv.js';
import { errorById, told } from '../io/messages.js';
import { type AckRecord, AUDIENCES, type Audience, inAudience, type Person } from '../model/acknowledgement.js';
import { type Adoption, adoptionOf } from '../model/adoption.js';
import { todayIso } from '../procedure/evaluate.js';
import type { MessageParams, MessageRef } from '../model/diagnostics.js';
import { approvalHash } from '../model/fingerprint.js';
import type { Policy } from '../model/policy.js';
import { proceduresFor } from '../procedure/load.js';
import { namedKind } from '../model/kind.js';

export interface AcknowledgeBase {
  /** The command's Project.root: its templates/procedures give each kind's audience. */
  root: string;
  /** The folder of people lists and records (default: acknowledgements/ in the working folder). */
  dir?: string;
  /** Who is asked, when the kind's procedure names nobody or another group is meant. */
  audience?: string;
}

export interface AcknowledgeContext {
  file: string;
  policy: Policy;
  hash: string;
  kind: string;
  audience: Audience | undefined;
  /** The audience of the people list (every person when there is no audience). */
  people: Person[];
  recordFile: string;
  records: AckRecord[];
  dir: string;
}

function refuse(file: string, messageId: string, params: MessageParams, argument?: string): never {
  throw errorById(
    { messageId: `acknowledge-job.${messageId}`, fixId: `acknowledge-job.${messageId}-fix`, params },
    { place: argument ? { argument } : { file }, ruleId: 'bad-arguments' },
  );
}

/**
 * The policy as the file holds it, refused unless it reads and is adopted as it reads now: also where its adoption,
 * written by hand without a hash, stands in git beside other words (the dossier's "gewijzigd na vaststelling (volgens
 * git)"): staff would be asked to know a text nobody adopted.
 */
export function adoptedPolicy(file: string, root: string): Policy {
  const { parsed } = readPolicyFile(file, root);
  const fatal = parsed.findings.find((finding) => finding.fatal);
  if (fatal) refuse(file, 'unreadable', { problem: told(fatal) });
  const today = todayIso();
  const adoption = adoptionOf(parsed.policy, today);
  if (adoption.status !== 'approved') refuse(file, 'not-adopted', { status: statusPhrase(adoption) });
  const changed = changedSinceAdoption(file, parsed.policy, today);
  if (changed) {
    const params = { commit: shortCommit(changed.commit), date: changed.date };
    refuse(file, 'not-adopted', { status: { messageId: 'acknowledge-job.status-changed-per-git', params } });
  }
  return parsed.policy;
}

/** A status in the run's words ("concept", "gewijzigd na vaststelling"), and why a policy marked approved is a draft. */
function statusPhrase(adoption: Adoption): MessageRef {
  if ((adoption.missingSteps ?? []).length > 0) return { messageId: 'acknowledge-job.status-missing-step' };
  return { messageId: `policy-status.${adoption.status}` };
}

function audienceOf(policy: Policy, file: string, options: AcknowledgeBase): Audience | undefined {
  if (options.audience !== undefined) {
    if (!Object.hasOwn(AUDIENCES, options.audience))
      refuse(
        file,
        'bad-audience',
        { value: options.audience, allowed: Object.keys(AUDIENCES).join(', ') },
        '--audience',
      );
    return options.audience as Audience;
  }
  const kind = namedKind(policy);
  return kind !== undefined ? proceduresFor(file, options.root).kinds[kind]?.audience : undefined;
}

/** Everything an action needs of the policy in `file`. */
export function acknowledgeContext(file: string, options: AcknowledgeBase): AcknowledgeContext {
  const policy = adoptedPolicy(file, options.root);
  const dir = options.dir ?? ACKNOWLEDGEMENTS_DIR;
  const audience = audienceOf(policy, file, options);
  const records = recordFile(policy.meta.org, policy.meta.id, policy.meta.version, dir);
  return {
    file,
    policy,
    hash: approvalHash(policy),
    kind: namedKind(policy) ?? '',
    audience,
    people: inAudience(readPeople(peopleFile(policy.meta.org, dir)), audience),
    recordFile: records,
    records: readRecords(records),
    dir,
  };
}

/** The record files of the policy's other versions, beside this version's. */
export function otherVersionFiles(context: AcknowledgeContext): string[] {
  const folder = dirname(context.recordFile);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.csv'))
    .map((name) => join(folder, name))
    .filter((path) => path !== context.recordFile);
}

/** The longest recorder's name taken: a name, not a text. */
const RECORDER_CHARS = 200;

/** The recorder's name as it is recorded: required, one line, without a character that hides or reorders text. */
export function checkedRecorder(recorder: string | undefined): string {
  const name = (recorder ?? '').trim();
  if (!name) {
    throw errorById(
      { messageId: 'acknowledge-job.recorder-needed', fixId: 'acknowledge-job.recorder-needed-fix' },
      { place: { argument: '--recorder' }, ruleId: 'bad-arguments' },
    );
  }
  if (name.length > RECORDER_CHARS || /[\t\n\r]/.test(name) || HIDDEN_CHARACTER.test(name)) {
    throw errorById(
      {
        messageId: 'acknowledge-job.recorder-bad',
        fixId: 'acknowledge-job.recorder-bad-fix',
        params: { max: String(RECORDER_CHARS) },
      },
      { place: { argument: '--recorder' }, ruleId: 'bad-arguments' },
    );
  }
  return name;
}
