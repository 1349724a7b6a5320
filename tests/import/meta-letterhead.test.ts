// A letterhead over the title (src/import/meta.ts pastLetterhead): a document whose first line only names its
// organisation ("Stichting De Linde", or the --org key as a logo sets it) has its title on the line under it; the
// name is the organisation, not the title. A title that ends in the name, or a name over a sentence, stays as it was.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { parsePolicy } from '../../src/parse/index.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-letterhead-'));
let made = 0;

/** A plain-text document of `lines` (a blank line between each), imported for `org`: its front matter. */
async function imported(lines: readonly string[], org: string) {
  made += 1;
  const file = join(folder, `letterhead-${made}.txt`);
  writeFileSync(file, `${lines.join('\n\n')}\n`);
  const result = await importDocument(file, { org, dryRun: true });
  return parsePolicy(result.output).policy.meta;
}

const BODY = [
  'Artikel 1 Begrippen',
  'In deze regeling wordt verstaan onder klager: een ouder, leerling of personeelslid van de school.',
];

describe('a letterhead over the title', () => {
  it('is the organisation, and the line under it the title', async () => {
    const meta = await imported(['Stichting De Linde', 'Klachtenregeling', 'Versie 1.2', ...BODY], 'de-linde');
    expect(meta.title).toBe('Klachtenregeling');
    expect(meta.organisation).toBe('Stichting De Linde');
    expect(meta.version).toBe('1.2');
  });

  it('is the --org key as a logo spells it, without a legal form', async () => {
    const meta = await imported(['allure', 'Protocol social media', ...BODY], 'allure');
    expect(meta.title).toBe('Protocol social media');
  });

  it('is not a title that ends in the name, nor a name with a sentence under it', async () => {
    expect((await imported(['Klachtenregeling Stichting De Linde', ...BODY], 'de-linde')).title).toBe(
      'Klachtenregeling Stichting De Linde',
    );
    const overSentence = await imported(
      ['Stichting De Linde', 'Deze regeling beschrijft hoe een klacht wordt behandeld op al onze scholen.', ...BODY],
      'de-linde',
    );
    expect(overSentence.title).toBe('Stichting De Linde');
  });
});
