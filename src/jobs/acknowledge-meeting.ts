// The kennisname meeting (issue 72 item 3a): a page for a team meeting on a laptop with the version, its substantive
// changes since the version asked before, and the group's names, each with a button the person presses for themself;
// each press is appended to the version's records with the method `meeting` and the named person who runs the meeting
// as recorder. Two doors to the same page and the same recording: `serve`'s workplace (/werkplek/kennisname,
// src/jobs/serve-acknowledge.ts) and `acknowledge meeting`, which serves it alone on the loopback address
// (src/io/acknowledge-server.ts).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendRecords, readRecords } from '../io/acknowledgements.js';
import { serveAcknowledgePage, ACKNOWLEDGE_PATH } from '../io/acknowledge-server.js';
import { messageTexts } from '../io/messages.js';
import { type Person, statusOf } from '../model/acknowledgement.js';
import { diffPolicies } from '../diff/index.js';
import { formatDate } from '../text/format-date.js';
import { outputLanguage } from '../text/output-language.js';
import { fillLabel } from '../wording/labels.js';
import { type AcknowledgePageWords, renderAcknowledgePage } from '../render/html/acknowledge-page.js';
import { group } from './acknowledge-ask.js';
import { previousAsk } from './acknowledge-previous.js';
import { type AcknowledgeContext, checkedRecorder } from './acknowledge-context.js';

export interface MeetingOptions {
  root: string;
  date: string;
  port: number;
  recorder?: string;
  school?: string;
  team?: string;
  previous?: string;
}

/** What the page and the recording need: the day, the group and the version asked before. */
export type MeetingGroup = Pick<MeetingOptions, 'date' | 'school' | 'team' | 'previous'>;

export interface MeetingWords {
  say: (id: string, params?: Record<string, string>) => string;
  words: AcknowledgePageWords;
  changes: { number: string; text: string }[];
}

/** The page's words (acknowledge-page.*) in the policy's language. */
export function meetingSay(context: AcknowledgeContext): MeetingWords['say'] {
  const language = outputLanguage(context.policy.meta.lang);
  return (id, params = {}) => fillLabel(messageTexts(language).get(`acknowledge-page.${id}`) ?? '', params, language);
}

/** The page's words in the policy's language, and its changes since the version asked before. */
export function meetingWords(context: AcknowledgeContext, options: MeetingGroup, root: string): MeetingWords {
  const { meta } = context.policy;
  const language = outputLanguage(meta.lang);
  const say = meetingSay(context);
  const previous = previousAsk(context, options, root);
  const changes = previous
    ? diffPolicies(previous.policy, context.policy).changes.filter((change) => change.significance === 'substantive')
    : [];
  const words: AcknowledgePageWords = {
    lang: language,
    title: say('title', { title: meta.title, version: meta.version }),
    intro: say('intro', { date: formatDate(options.date, language) ?? options.date }),
    changesHeading: previous ? say('changes', { version: previous.version }) : say('changes-first'),
    noChanges: previous ? say('no-changes') : say('whole-text'),
    listHeading: say('list'),
    confirm: say('confirm'),
    done: say('done'),
  };
  const shown = changes.map((change) => {
    const ref = change.new ?? change.old;
    const text = change.new ? change.new.text : `[${say('removed')}] ${change.old?.text ?? ''}`;
    return { number: ref?.number || ref?.id || '', text: text.replace(/\s+/g, ' ').trim() };
  });
  return { say, words, changes: shown };
}

/** The meeting's group (the audience, narrowed to a school and team). */
export function meetingGroup(context: AcknowledgeContext, options: MeetingGroup): Person[] {
  return group(context, options);
}

/** The group's names as the page lists them, each with whether the version's file holds their acknowledgement now. */
export function meetingPeople(context: AcknowledgeContext, people: readonly Person[]) {
  return statusOf(people, readRecords(context.recordFile), context.hash).map(({ person, acknowledged }) => ({
    id: person.id,
    name: person.name,
    where: [person.school, person.teams.join(', ')].filter(Boolean).join(' · '),
    acknowledged: acknowledged !== undefined,
  }));
}

/**
 * Records that the person `id` of the group acknowledged the version at the meeting; returns what to tell them, or
 * throws with the words of why not. A second press for the same text adds nothing (appendRecords keeps one fact once).
 */
export function recordAtMeeting(
  context: AcknowledgeContext,
  people: readonly Person[],
  id: string,
  meeting: { date: string; recorder: string; say: MeetingWords['say'] },
): string {
  const person = people.find((candidate) => candidate.id === id);
  if (!person) throw new Error(meeting.say('not-in-group'));
  appendRecords(context.recordFile, [
    {
      type: 'acknowledged',
      person: id,
      version: context.policy.meta.version,
      hash: context.hash,
      date: meeting.date,
      method: 'meeting',
      recorder: checkedRecorder(meeting.recorder),
    },
  ]);
  return meeting.say('recorded', { name: person.name });
}

export async function holdMeeting(
  context: AcknowledgeContext,
  options: MeetingOptions,
): Promise<{ server: Server; url: string }> {
  const recorder = checkedRecorder(options.recorder);
  const people = meetingGroup(context, options);
  const { say, words, changes } = meetingWords(context, options, options.root);
  const server = await serveAcknowledgePage(options.port, {
    page: (token, notice) =>
      renderAcknowledgePage(words, {
        action: ACKNOWLEDGE_PATH,
        token,
        changes,
        people: meetingPeople(context, people),
        ...(notice ? { notice } : {}),
      }),
    record: (id) => recordAtMeeting(context, people, id, { date: options.date, recorder, say }),
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}
