// templates/messages/nl.yaml says what en.yaml says, in Dutch: the same ids, none more, each with the same
// placeholders (a Dutch sentence may order them otherwise, or say one twice). Both files are read now, not a list
// frozen here, so an id another change adds to en.yaml fails this until it has its Dutch.
import { afterEach, describe, expect, it } from 'vitest';
import { messageTexts, setMessageLanguage, wordMessage } from '../../src/io/messages.js';
import { placeholdersIn } from '../../src/text/placeholders.js';

/** Every way `translation` departs from `source`: an id missing or extra, or another set of placeholders. */
function departures(source: ReadonlyMap<string, string>, translation: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const id of source.keys()) if (!translation.has(id)) found.push(`missing ${id}`);
  for (const id of translation.keys()) if (!source.has(id)) found.push(`extra ${id}`);
  for (const [id, text] of source) {
    const translated = translation.get(id);
    if (translated === undefined) continue;
    const want = [...new Set(placeholdersIn(text))].sort().join(', ');
    const got = [...new Set(placeholdersIn(translated))].sort().join(', ');
    if (want !== got) found.push(`placeholders of ${id}: {${want}} in English, {${got}} in the translation`);
  }
  return found;
}

describe('templates/messages/nl.yaml', () => {
  afterEach(() => setMessageLanguage('en'));

  it('has every id of en.yaml, no other, each with the placeholders of its English', () => {
    const english = messageTexts('en');
    expect(english.size).toBeGreaterThan(600);
    expect(departures(english, messageTexts('nl'))).toEqual([]);
  });

  it('is told apart from en.yaml when an id is missing, extra, or has other placeholders', () => {
    const english = new Map([
      ['a.one', 'clause {{id}} of {{org}}'],
      ['a.two', 'two'],
    ]);
    expect(departures(english, new Map([['a.one', 'artikel {{id}} van {{org}}']]))).toEqual(['missing a.two']);
    expect(
      departures(
        english,
        new Map([
          ['a.one', 'artikel {{id}} van {{org}}'],
          ['a.two', 'twee'],
          ['a.three', 'drie'],
        ]),
      ),
    ).toEqual(['extra a.three']);
    expect(
      departures(
        english,
        new Map([
          ['a.one', 'artikel {{id}} van {{organisatie}}'],
          ['a.two', 'twee'],
        ]),
      ),
    ).toEqual(['placeholders of a.one: {id, org} in English, {id, organisatie} in the translation']);
    // Said in another order, or twice, is the same set.
    expect(
      departures(
        english,
        new Map([
          ['a.one', '{{org}}: artikel {{id}} ({{id}})'],
          ['a.two', 'twee'],
        ]),
      ),
    ).toEqual([]);
  });

  it('is what clausemark words its messages from once Dutch is chosen, nested values too', () => {
    const ref = {
      messageId: 'empty-clause.empty-clause',
      params: { id: 'privacy.doel' },
    };
    expect(wordMessage(ref)).toBe('clause "privacy.doel" is empty');
    setMessageLanguage('nl');
    expect(wordMessage(ref)).toBe('artikel "privacy.doel" is leeg');
    expect(
      wordMessage({
        messageId: 'field-type.not-text',
        params: { field: 'title', actual: { messageId: 'value.list', params: {} } },
      }),
    ).toBe('frontmatterveld "title" moet tekst zijn, niet een lijst');
  });
});
