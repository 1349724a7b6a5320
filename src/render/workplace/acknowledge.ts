// The workplace's kennisname views (`clausemark serve`, /werkplek/kennisname; issue 72 item 3a): on a policy's page the
// link to its team-meeting page, and that page: the meeting's recorder, school and team chosen by the officer (a
// plain GET form, so the address says the meeting), then the version, its changes and each name with the button the
// person presses for themself: the same body as `acknowledge meeting`'s page (render/shared/acknowledge-list.ts), in
// the policy's language. Pure: data and words are given (src/jobs/serve-acknowledge.ts).
import {
  type AcknowledgeListData,
  type AcknowledgePageWords,
  acknowledgeListBody,
} from '../shared/acknowledge-list.js';
import { choice, esc, field, hidden, type Say } from './page.js';

/** The policy page's section: the meeting page's address. */
export function meetingLinkSection(href: string, say: Say): string {
  return [
    `<h2>${esc(say('heading'))}</h2>`,
    `<p class="hint">${esc(say('link-hint'))}</p>`,
    `<p><a href="${esc(href)}">${esc(say('link'))}</a></p>`,
  ].join('\n');
}

export interface MeetingPageData {
  action: string;
  file: string;
  recorder: string;
  school: string;
  team: string;
  /** The schools and teams of the audience, to narrow the meeting's group to one. */
  schools: string[];
  teams: string[];
  /** The version, its changes and the names; absent until the recorder is named. */
  list?: { words: AcknowledgePageWords; data: AcknowledgeListData };
}

export function meetingPageBody(page: MeetingPageData, say: Say): string {
  const all: [string, string] = ['', say('everyone')];
  const settings = [
    `<form method="get" action="${esc(page.action)}">`,
    hidden('bestand', page.file),
    field('kennisname', 'recorder', say('recorder'), page.recorder, 'text', true),
    choice(
      'kennisname',
      'school',
      say('school'),
      [all, ...page.schools.map((name): [string, string] => [name, name])],
      page.school,
    ),
    choice(
      'kennisname',
      'team',
      say('team'),
      [all, ...page.teams.map((name): [string, string] => [name, name])],
      page.team,
    ),
    `<button type="submit">${esc(say('show'))}</button>`,
    '</form>',
  ].join('');
  const list = page.list
    ? `<div lang="${esc(page.list.words.lang)}">\n${acknowledgeListBody(page.list.words, page.list.data)}\n</div>`
    : `<p class="hint">${esc(say('recorder-first'))}</p>`;
  return [settings, list].join('\n');
}
