// `diff` of a policy adopted by hand (no hash) whose words git shows changed since the commit that wrote the adoption
// down: a version with those words is not shown as plainly "Vastgesteld": beside its status each format says what the
// PDF's cover says (src/procedure/adoption-git.ts, src/wording/adoption-note.ts), and `diff FILE` does not call the
// last version marked approved the adopted one. The version git shows adopted is shown adopted. A real git
// repository in a temp dir; the Word revision's cover read from its document.xml.
import { beforeAll, describe, expect, it } from 'vitest';
import { diffJob } from '../../src/jobs/diff.js';
import { ankerPolicy } from '../support/hand-adopted.js';
import { tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { zipText } from '../support/word.js';

const policy = (text: string) => ankerPolicy({ id: 'klachtenregeling', text, adopted: true });

let file = '';
let adoptedIn = '';

beforeAll(() => {
  const repo = tempRepo('clausemark-diff-unrecorded-');
  repo.write(
    'policies/anker/klachtenregeling.md',
    ankerPolicy({ id: 'klachtenregeling', text: 'Voor alle scholen.', adopted: false }),
  );
  repo.commit('concept', '2025-03-01');
  file = repo.write('policies/anker/klachtenregeling.md', policy('Voor alle scholen.'));
  adoptedIn = repo.commit('vastgesteld', '2025-03-26').slice(0, 7);
  repo.write('policies/anker/klachtenregeling.md', policy('Alleen voor De Boei.'));
  repo.commit('klachtenregeling gewijzigd', '2025-05-01');
});

const CHANGED = () =>
  `Vastgesteld · gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit ${adoptedIn} van 26 maart 2025, die de vaststelling vastlegde`;

const diff = (format: string, from?: string) =>
  diffJob([file], { root: PROJECT_ROOT, format, ...(from ? { from } : {}) });

/** The report's line of each version (− old, + new), its markup and Markdown escapes gone. */
async function versionLines(format: string, from?: string): Promise<string[]> {
  const content = String((await diff(format, from)).content)
    .replace(/<\/li>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\\([()[\]])/g, '$1');
  return content.split('\n').filter((line) => line.includes(' @ '));
}

describe('diff of a policy adopted by hand whose words git shows changed since', () => {
  it.each(['text', 'md', 'html'] as const)(
    '%s: says of each version with other words what git shows',
    async (format) => {
      const [old, now] = await versionLines(format, adoptedIn);
      // The version the adoption was written down with: adopted, nothing beside it.
      expect(old).toMatch(/· Vastgesteld$/);
      expect(now).toContain(CHANGED());
    },
  );

  it('json: the version with other words carries the commit git shows; the adopted one none', async () => {
    const json = JSON.parse(String((await diff('json', adoptedIn)).content));
    expect(json.old.changedPerGit).toBeUndefined();
    expect(json.new).toMatchObject({ status: 'approved', changedPerGit: { commit: adoptedIn, date: '2025-03-26' } });
  });

  it('diff FILE: the last version marked approved is not said to be the adopted one', async () => {
    const outcome = await diff('text');
    const [old] = await versionLines('text');
    expect(old).toContain(CHANGED());
    expect(outcome.notes).toHaveLength(1);
    expect(outcome.notes[0]).toMatch(
      new RegExp(
        `^no changes since the last version marked approved \\(1\\.0, commit [0-9a-f]{7} of 1 May 2025\\); according to git that is not the text adopted: it differs from the one in commit ${adoptedIn} of 26 March 2025, which recorded the adoption$`,
      ),
    );
  });

  it('docx: the revision’s cover says it beside the status, as the PDF’s does', async () => {
    const { content } = await diff('docx', adoptedIn);
    const xml = zipText(content as Uint8Array, 'word/document.xml')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(xml).toContain(
      `gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit ${adoptedIn} van 26 maart 2025`,
    );
    expect(xml).not.toContain('tekst niet vastgelegd bij de vaststelling');
  }, 30_000);
});
