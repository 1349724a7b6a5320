// `acknowledge meeting`: a page for a team meeting on a laptop (issue 72 item 3a): the version, its substantive changes
// since the version asked before, and the group's names, each with a button the person presses for themself. Served on
// the loopback address only (src/io/acknowledge-server.ts); each press is appended to the version's records with the
// method `meeting` and the named person who runs the meeting as recorder.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendRecords, readRecords } from '../io/acknowledgements.js';
import { serveAcknowledgePage, ACKNOWLEDGE_PATH } from '../io/acknowledge-server.js';
import { errorById, messageTexts } from '../io/messages.js';
import { statusOf } from '../model/acknowledgement.js';
import { diffPolicies } from '../diff/index.js';
import { formatDate } from '../text/format-date.js';
import { outputLanguage } from '../text/output-language.js';
import { fillLabel } from '../wording/labels.js';
import { type AcknowledgePageWords, renderAcknowledgePage } from '../render/html/acknowledge-page.js';
import { group, previousAsk } from './acknowledge-ask.js';
import type { AcknowledgeContext } from './acknowledge-context.js';

export interface MeetingOptions {
  root: string;
  date: string;
  port: number;
  recorder?: string;
  school?: string;
  team?: string;
  previous?: string;
}

/** The page's words in the policy's language, and its changes since the version asked before. */
function meetingPage(context: AcknowledgeContext, options: MeetingOptions) {
  const { meta } = context.policy;
  const language = outputLanguage(meta.lang);
  const say = (id: string, params: Record<string, string> = {}): string =>
    fillLabel(messageTexts(language).get(`acknowledge-page.${id}`) ?? '', params, language);
  const previous = previousAsk(context, options, options.root);
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

export async function holdMeeting(
  context: AcknowledgeContext,
  options: MeetingOptions,
): Promise<{ server: Server; url: string }> {
  if (!options.recorder) {
    throw errorById(
      { messageId: 'acknowledge-job.recorder-needed', fixId: 'acknowledge-job.recorder-needed-fix' },
      { place: { argument: '--recorder' }, ruleId: 'bad-arguments' },
    );
  }
  const recorder = options.recorder;
  const { meta } = context.policy;
  const people = group(context, options);
  const { say, words, changes } = meetingPage(context, options);
  const server = await serveAcknowledgePage(options.port, {
    page: (token, notice) => {
      const statuses = statusOf(people, readRecords(context.recordFile), context.hash);
      return renderAcknowledgePage(words, {
        action: ACKNOWLEDGE_PATH,
        token,
        changes,
        people: statuses.map(({ person, acknowledged }) => ({
          id: person.id,
          name: person.name,
          where: [person.school, person.teams.join(', ')].filter(Boolean).join(' · '),
          acknowledged: acknowledged !== undefined,
        })),
        ...(notice ? { notice } : {}),
      });
    },
    record: (id) => {
      const person = people.find((candidate) => candidate.id === id);
      if (!person) throw new Error(say('not-in-group'));
      const { version } = meta;
      appendRecords(context.recordFile, [
        {
          type: 'acknowledged',
          person: id,
          version,
          hash: context.hash,
          date: options.date,
          method: 'meeting',
          recorder,
        },
      ]);
      return say('recorded', { name: person.name });
    },
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}
