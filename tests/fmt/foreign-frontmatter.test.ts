// fmt on a file that starts with another tool's metadata (TOML, unfenced YAML, header lines, a licence comment):
// the block is kept byte for byte and stays metadata, or fmt refuses with a finding; it is never dropped.
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/fmt/index.js';
import { ClausemarkError } from '../../src/model/errors.js';
import { allClauses } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const BODY = '# Privacy policy\n\n## Data\n\nWe keep\nlogs.\n\n* The IP address;\n* The browser.\n';

const BLOCKS: Record<string, string> = {
  'TOML +++': '+++\ntitle = "Privacy"   # the site title\ndate = 2021-06-04\n+++',
  'YAML without its opening ---': 'title: Privacy\nlayout: page\n---',
  'header lines': 'Title: Privacy\nDate: 2020-01-02',
  'a licence comment': '<!--\nLicensed under the Apache License.\n\nSee the License.\n//-->',
};

describe('fmt keeps foreign front matter', () => {
  for (const [name, block] of Object.entries(BLOCKS)) {
    it(`keeps ${name} as written and formats only the body`, () => {
      const { output } = formatSource(`${block}\n\n${BODY}`, { path: 'privacy.md' });
      expect(output.startsWith(`${block}\n\n# Privacy policy\n`)).toBe(true);
      const again = parsePolicy(output, { path: 'privacy.md' });
      expect(again.findings).toEqual([]);
      expect([...allClauses(again.policy)].map(({ clause }) => clause.text)).toEqual([
        'We keep logs.',
        'The IP address;',
        'The browser.',
      ]);
      expect(formatSource(output, { path: 'privacy.md' }).changed).toBe(false);
    });
  }

  it('refuses a file whose TOML cannot be read, naming the line', () => {
    let error: unknown;
    try {
      formatSource(`+++\ntitle = "Privacy\n+++\n\n${BODY}`, { path: 'privacy.md' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ClausemarkError);
    expect((error as ClausemarkError).message).toContain('invalid TOML');
  });
});
