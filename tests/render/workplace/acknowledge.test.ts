// The workplace's kennisname page body (src/render/workplace/acknowledge.ts): without a recorder no name has a button;
// with one, each name not yet acknowledged has a form carrying the token and the meeting's fields; every value escaped.
import { describe, expect, it } from 'vitest';
import { type MeetingPageData, meetingPageBody } from '../../../src/render/workplace/acknowledge.js';

const say = (id: string): string => `[${id}]`;

const words = {
  lang: 'nl',
  title: 'Kennisname: Meldcode, versie 1.0',
  intro: 'Druk op de knop.',
  changesHeading: 'Wat te lezen',
  noChanges: 'Het hele beleid.',
  listHeading: 'Wie neemt kennis',
  confirm: 'Ik ken deze versie',
  done: 'kennisgenomen',
};

const page = (recorder: string): MeetingPageData => ({
  action: '/werkplek/kennisname',
  file: 'policies/linde/meldcode.md',
  recorder,
  school: 'De Wilg',
  team: '',
  schools: ['De Es', 'De Wilg'],
  teams: ['zorg'],
  ...(recorder
    ? {
        list: {
          words,
          data: {
            action: '/werkplek/kennisname',
            token: 'tok"en',
            fields: [
              ['bestand', 'policies/linde/meldcode.md'],
              ['recorder', recorder],
            ] as [string, string][],
            changes: [],
            people: [
              { id: 'p003', name: '<b>Chantal</b>', where: 'De Wilg · zorg', acknowledged: false },
              { id: 'p004', name: 'Daan', where: 'De Wilg', acknowledged: true },
            ],
          },
        },
      }
    : {}),
});

describe('the workplace’s kennisname page', () => {
  it('asks for the recorder first and shows no button without one', () => {
    const html = meetingPageBody(page(''), say);
    expect(html).toContain('[recorder-first]');
    expect(html).not.toContain('<button type="submit" name="person"');
    expect(html).toContain('<option value="De Wilg" selected>');
  });

  it('gives each name not yet acknowledged a form with the token and the meeting’s fields, all escaped', () => {
    const html = meetingPageBody(page('R. "Hendriks" <x>'), say);
    const forms = html.match(/<form method="post"[\s\S]*?<\/form>/g) ?? [];
    expect(forms).toHaveLength(1);
    expect(forms[0]).toContain('<input type="hidden" name="token" value="tok&quot;en">');
    expect(forms[0]).toContain('<input type="hidden" name="recorder" value="R. &quot;Hendriks&quot; &lt;x&gt;">');
    expect(forms[0]).toContain('<button type="submit" name="person" value="p003">Ik ken deze versie</button>');
    expect(html).toContain('<strong>&lt;b&gt;Chantal&lt;/b&gt;</strong>');
    expect(html).toMatch(
      /<li data-person="p004"><strong>Daan<\/strong>[^<]*<span class="where">De Wilg<\/span> <span class="done">✓ kennisgenomen<\/span><\/li>/,
    );
    expect(html).toContain('<div lang="nl">');
  });
});
