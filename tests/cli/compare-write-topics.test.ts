// `compare --write-topics FILE` (issue 24 item 1): for a kind of policy without a topic list, the topics induced from
// shared section headings are shown with a note saying so, and written out as a topic list to edit; the file is never
// written over, and saved as templates/topics/<kind>.yaml it is used as the list.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { bareProject } from '../support/project.js';

function policy(org: string, sections: [string, string][]): string {
  return [
    '---',
    'id: huisregels',
    'title: Klachtenregeling',
    `organisation: Stichting ${org}`,
    `org: ${org}`,
    'version: "1.0"',
    'status: draft',
    'lang: nl',
    '---',
    '',
    '# Klachtenregeling',
    '',
    ...sections.flatMap(([title, text]) => [`## ${title}`, '', `1. ${text}`, '']),
  ].join('\n');
}

function project(): string {
  // A project whose templates/topics compare reads.
  const dir = bareProject('clausemark-write-topics-');
  for (const [org, sections] of [
    [
      'linde',
      [
        ['Sancties', 'Bij een overtreding volgt een schriftelijke waarschuwing.'],
        ['Termijnen', 'Wij antwoorden binnen vier weken.'],
      ],
    ],
    [
      'wilg',
      [
        ['Sancties en maatregelen', 'Wie de regels niet naleeft, wordt aangesproken.'],
        ['Termijnen', 'Een klacht wordt binnen zes weken behandeld.'],
      ],
    ],
  ] as const) {
    mkdirSync(join(dir, 'policies', org), { recursive: true });
    writeFileSync(
      join(dir, 'policies', org, 'huisregels.md'),
      policy(
        org,
        sections.map(([a, b]) => [a, b]),
      ),
    );
  }
  return dir;
}

describe('compare --write-topics', () => {
  it('shows induced topics with a note, writes them as a topic list, and never writes over the file', async () => {
    const dir = project();
    const text = await runCli(['compare', 'policies', '--write-topics', 'topics.yaml'], { cwd: dir });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Onderwerpen (2)');
    expect(text.stdout).toContain('geen onderwerpenlijst');
    expect(text.stderr).toMatch(/wrote 2 topics to topics\.yaml/);
    const written = readFileSync(join(dir, 'topics.yaml'), 'utf8');
    expect(written).toContain('name: Sancties');
    expect(written).toContain('- sancties en maatregelen');

    writeFileSync(join(dir, 'topics.yaml'), `${written}# edited by hand\n`);
    const again = await runCli(['compare', 'policies', '--write-topics', 'topics.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('topics.yaml exists already');
    expect(readFileSync(join(dir, 'topics.yaml'), 'utf8')).toContain('# edited by hand');
  });

  it('saved as templates/topics/<kind>.yaml, the list is used and the topics are no longer called induced', async () => {
    const dir = project();
    await runCli(['compare', 'policies', '--write-topics', 'topics.yaml'], { cwd: dir });
    const induced = JSON.parse((await runCli(['compare', 'policies', '--format', 'json'], { cwd: dir })).stdout);
    expect(induced.topicsInduced).toHaveLength(2);
    mkdirSync(join(dir, 'templates', 'topics'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'topics', 'huisregels.yaml'), readFileSync(join(dir, 'topics.yaml')));
    const listed = JSON.parse((await runCli(['compare', 'policies', '--format', 'json'], { cwd: dir })).stdout);
    expect(listed.topicsInduced).toBeUndefined();
    expect(listed.topics).toEqual(induced.topics);
  });
});
