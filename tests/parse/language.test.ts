// A policy's language is stored once on the model (meta.lang) with where it came from (meta.langSource):
// frontmatter `lang`, else detected from the text, else the default for text too short to tell.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/index.js';

const meta = (source: string) => parsePolicy(source, { path: 'policies/school/beleid.md' }).policy.meta;

const DUTCH =
  '# Telefoonbeleid\n\nLeerlingen mogen hun telefoon niet gebruiken tijdens de les, tenzij de docent toestemming geeft.\n';
const ENGLISH =
  '# Phone policy\n\nPupils must not use their phones during lessons unless the teacher gives them permission.\n';
const GERMAN =
  '# Handyordnung\n\nSchülerinnen und Schüler dürfen ihr Handy im Unterricht nicht benutzen, außer die Lehrkraft erlaubt es.\n';

describe('policy language', () => {
  it('takes frontmatter lang as written', () => {
    expect(meta(`---\nlang: en-GB\n---\n${DUTCH}`)).toMatchObject({ lang: 'en-GB', langSource: 'frontmatter' });
  });

  it('detects the language of a policy without lang, and records it as inferred', () => {
    expect(meta(ENGLISH)).toMatchObject({ lang: 'en', langSource: 'detected' });
    expect(meta(GERMAN)).toMatchObject({ lang: 'de', langSource: 'detected' });
    const dutch = meta(`---\ntitle: Telefoonbeleid\n---\n${DUTCH}`);
    expect(dutch).toMatchObject({ lang: 'nl', langSource: 'detected' });
    expect(dutch.inferred).toContain('lang');
  });

  it('reads the language from the text, not from the frontmatter values', () => {
    const englishMeta =
      '---\ntitle: Pupils must not use their phones during lessons\norganisation: Example Academy\n---\n';
    expect(meta(`${englishMeta}${DUTCH}`).lang).toBe('nl');
  });

  it('falls back to Dutch, and says so, when the text is too short to tell', () => {
    expect(meta('# Regels\n\nKort.\n')).toMatchObject({ lang: 'nl', langSource: 'default' });
  });
});
