// The kennisname meeting in `clausemark serve`'s workplace (/werkplek/kennisname?bestand=…; issue 72 item 3a): the page
// of a team meeting on the laptop, and its buttons' posts. The page and the recording are the ones of `acknowledge
// meeting` (src/jobs/acknowledge-meeting.ts); the recorder is named by the officer on the page and travels in its
// address. A post passes the workplace's door (src/io/workplace-guard.ts: own Host and Origin, the session's token,
// a small body in bounded time) and is answered with a redirect to the page, so a reload never posts again. The
// people list's names are shown on this loopback page only; nothing of them is written but the person's id.
import { join, relative, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACKNOWLEDGEMENTS_DIR } from '../io/acknowledgements.js';
import { parseForm } from '../io/form-data.js';
import { wordMessage } from '../io/messages.js';
import type { Project } from '../io/project.js';
import { originRefusal, readBody, sameToken, sendPage as send } from '../io/workplace-guard.js';
import { isClausemarkError } from '../model/errors.js';
import type { Person } from '../model/acknowledgement.js';
import { todayIso } from '../procedure/evaluate.js';
import { meetingLinkSection, meetingPageBody } from '../render/workplace/acknowledge.js';
import type { Notice, Say } from '../render/workplace/page.js';
import { type AcknowledgeContext, acknowledgeContext } from './acknowledge-context.js';
import { meetingGroup, meetingPeople, meetingSay, meetingWords, recordAtMeeting } from './acknowledge-meeting.js';
import { policyFileIn } from './serve-policies.js';
import { pageFinding } from '../wording/messages.js';

export const KENNISNAME_PATH = '/werkplek/kennisname';

/** The workplace this page is part of: its folder, project, officer, and how long a post may take to arrive. */
export interface MeetingRoom {
  folder: string;
  project: Project;
  officer?: string;
  postMilliseconds: number;
}

/** What the workplace lends the page: the session's token and its frame. */
export interface MeetingFrame {
  token: string;
  frame(title: string, body: string, notice?: Notice): string;
}

/** A button's post carries a few short fields. */
const FORM_BYTES = 8 * 1024;

const say: Say = (id, params = {}) => wordMessage({ messageId: `workplace-kennisname.${id}`, params });

/** The page's state, as its address and each button's form carry it. */
interface Meeting {
  file: string;
  recorder: string;
  school: string;
  team: string;
}

function contextOf(file: string, room: MeetingRoom): AcknowledgeContext {
  return acknowledgeContext(file, { root: room.project.root, dir: join(room.folder, ACKNOWLEDGEMENTS_DIR) });
}

/** The meeting's policy read for kennisname, or undefined once `refuse` said why it cannot be (400). */
function contextOrRefused(
  file: string,
  room: MeetingRoom,
  refuse: (status: number, lines: string[]) => void,
): AcknowledgeContext | undefined {
  try {
    return contextOf(file, room);
  } catch (error) {
    refuse(400, refusalLines(error, room.folder));
    return undefined;
  }
}

function pageAddress(meeting: Meeting, room: MeetingRoom, recorded?: string): string {
  const query = new URLSearchParams({ bestand: relative(room.folder, meeting.file).split(sep).join('/') });
  for (const name of ['recorder', 'school', 'team'] as const) if (meeting[name]) query.set(name, meeting[name]);
  if (recorded) query.set('vastgelegd', recorded);
  return `${KENNISNAME_PATH}?${query.toString()}`;
}

/**
 * The policy page's link to its meeting page: only for an adopted version that was asked; '' otherwise. Its group is
 * the kind's audience, or, for a kind that names none, everyone in the people list, whom `ask` asked.
 */
export function meetingSection(file: string, room: MeetingRoom): string {
  let context: AcknowledgeContext;
  try {
    context = contextOf(file, room);
  } catch {
    return ''; // Not adopted, unreadable, or a people list to fix: the policy page's other parts say what is wrong.
  }
  const asked = context.records.some((record) => record.type === 'asked' && record.hash === context.hash);
  if (!asked) return '';
  return meetingLinkSection(pageAddress({ file, recorder: '', school: '', team: '' }, room), say);
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].filter(Boolean).sort();

function meetingPage(
  meeting: Meeting,
  parts: { room: MeetingRoom; frame: MeetingFrame; context: AcknowledgeContext; people: Person[] },
  notice?: Notice,
): string {
  const { room, frame, context, people } = parts;
  const { words, changes } = meetingWords(context, { ...meeting, date: todayIso() }, room.project.root);
  const list = meeting.recorder
    ? {
        words,
        data: {
          action: KENNISNAME_PATH,
          token: frame.token,
          fields: [
            ['bestand', relative(room.folder, meeting.file).split(sep).join('/')],
            ['recorder', meeting.recorder],
            ['school', meeting.school],
            ['team', meeting.team],
          ] as [string, string][],
          changes,
          people: meetingPeople(context, people),
        },
      }
    : undefined;
  const body = meetingPageBody(
    {
      action: KENNISNAME_PATH,
      file: relative(room.folder, meeting.file).split(sep).join('/'),
      ...{ recorder: meeting.recorder, school: meeting.school, team: meeting.team },
      schools: sorted(context.people.map((person) => person.school)),
      teams: sorted(context.people.flatMap((person) => person.teams)),
      ...(list ? { list } : {}),
    },
    say,
  );
  return frame.frame(words.title, body, notice);
}

/** What the officer is told of a refusal: the message and a fix that is no terminal command, no path outside. */
function refusalLines(error: unknown, folder: string): string[] {
  if (!isClausemarkError(error)) return [error instanceof Error ? error.message : String(error)];
  const { message, fix } = pageFinding(error.finding);
  return [message, ...(fix ? [fix] : [])].map((line) => line.replaceAll(`${folder}${sep}`, ''));
}

const refused = (lines: string[]): Notice => ({ kind: 'refused', lines });

/** The meeting a request names: its policy file inside policies/, or undefined. */
function meetingOf(value: (name: string) => string, room: MeetingRoom, officer: string): Meeting | undefined {
  const file = policyFileIn(room.folder, value('bestand') || undefined);
  if (!file) return undefined;
  const recorder = value('recorder').trim() || officer;
  return { file, recorder, school: value('school'), team: value('team') };
}

/** The page, or the post of a button on it (each refused with the reason in the workplace's frame). */
export async function answerKennisname(
  request: IncomingMessage,
  response: ServerResponse,
  place: { url: URL; port: number },
  room: MeetingRoom,
  frame: MeetingFrame,
): Promise<void> {
  const refuse = (status: number, lines: string[], close = false): void =>
    send(
      response,
      status,
      frame.frame(wordMessage({ messageId: 'workplace.refused-title' }), '', refused(lines)),
      close,
    );
  if (request.method === 'POST') {
    const door = originRefusal(request.headers, place.port);
    if (door) return refuse(403, [wordMessage({ messageId: `workplace.refused-${door}` })], true);
    const body = await readBody(request, { bytes: FORM_BYTES, milliseconds: room.postMilliseconds });
    if (!Buffer.isBuffer(body)) return refuse(body === 'too-large' ? 413 : 408, [say(`refused-${body}`)], true);
    const form = parseForm(body, request.headers['content-type'] ?? '');
    if (!sameToken(form.fields.get('token'), frame.token))
      return refuse(403, [wordMessage({ messageId: 'workplace.refused-wrong-token' })]);
    const value = (name: string): string => form.fields.get(name) ?? '';
    return recordPosted(response, meetingOf(value, room, ''), value('person'), { room, frame, refuse });
  }
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return void response.writeHead(405, { allow: 'GET, HEAD, POST' }).end();
  const value = (name: string): string => place.url.searchParams.get(name) ?? '';
  const meeting = meetingOf(value, room, room.officer ?? '');
  if (!meeting) return refuse(404, [wordMessage({ messageId: 'workplace.no-such-policy' })]);
  const context = contextOrRefused(meeting.file, room, refuse);
  if (!context) return;
  const people = meetingGroup(context, { date: todayIso(), ...definedGroup(meeting) });
  const recorded = people.find((person) => person.id === value('vastgelegd'));
  const done = recorded && meetingPeople(context, [recorded])[0]?.acknowledged;
  const notice: Notice | undefined =
    recorded && done ? { kind: 'done', lines: [meetingSay(context)('recorded', { name: recorded.name })] } : undefined;
  send(response, 200, meetingPage(meeting, { room, frame, context, people }, notice));
}

/** The meeting's school and team, when named. */
function definedGroup(meeting: Meeting): { school?: string; team?: string } {
  return { ...(meeting.school ? { school: meeting.school } : {}), ...(meeting.team ? { team: meeting.team } : {}) };
}

function recordPosted(
  response: ServerResponse,
  meeting: Meeting | undefined,
  person: string,
  parts: { room: MeetingRoom; frame: MeetingFrame; refuse: (status: number, lines: string[]) => void },
): void {
  const { room, frame, refuse } = parts;
  if (!meeting) return refuse(404, [wordMessage({ messageId: 'workplace.no-such-policy' })]);
  const context = contextOrRefused(meeting.file, room, refuse);
  if (!context) return;
  const date = todayIso();
  const people = meetingGroup(context, { date, ...definedGroup(meeting) });
  try {
    recordAtMeeting(context, people, person, { date, recorder: meeting.recorder, say: meetingSay(context) });
  } catch (error) {
    const lines = refusalLines(error, room.folder);
    return send(response, 400, meetingPage(meeting, { room, frame, context, people }, refused(lines)));
  }
  response.writeHead(303, { location: pageAddress(meeting, room, person), 'cache-control': 'no-store' }).end();
}
