// The shipped topic lists (templates/topics/*.yaml) against the law they cite: a regulation or statement that copies
// the law's own sentence holds a signal of the topic that sentence requires (issue 42). Read from the texts the
// lists' headers name: WPO art. 14, Awb 9:7, AVG art. 13 and the titles of art. 15 to 21. Before, the Awb's own
// 9:7 lid 1 and the WPO's art. 14 lid 1 held none (the `..` gap lets four words stand between, the law has more).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicList } from '../../src/compare/read/topic-list.js';
import { signalText, TopicSignalSet } from '../../src/compare/topics/topic-signals.js';
import { PROJECT_ROOT } from '../support/paths.js';

/** The topics of a shipped list whose signals the sentence holds. */
function topicsOf(kind: string, sentence: string): string[] {
  const topics = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', `${kind}.yaml`)).topics;
  const found = new TopicSignalSet(topics.map((topic) => topic.signals)).in(signalText(sentence));
  return topics.filter((_, t) => (found[t]?.length ?? 0) > 0).map((topic) => topic.id);
}

describe("the law's own sentences signal their topics", () => {
  it('klachtenregeling: WPO art. 14 lid 1 and lid 2 onder d, Awb 9:7 lid 1', () => {
    expect(
      topicsOf(
        'klachtenregeling',
        'Ouders dan wel verzorgers, en personeelsleden kunnen bij de klachtencommissie, bedoeld in het tweede lid, ' +
          'onderdeel a, een klacht indienen over gedragingen en beslissingen van het bevoegd gezag of het personeel, ' +
          'waaronder discriminatie, dan wel het nalaten van gedragingen en het niet nemen van beslissingen.',
      ),
    ).toContain('klachtrecht');
    expect(
      topicsOf(
        'klachtenregeling',
        'De behandeling van de klacht geschiedt door een persoon die niet bij de gedraging waarop de klacht ' +
          'betrekking heeft, betrokken is geweest.',
      ),
    ).toContain('onpartijdig');
    expect(
      topicsOf(
        'klachtenregeling',
        'de termijn waarbinnen mededeling plaatsvindt van het oordeel, bedoeld in het zesde lid, en hoe bij ' +
          'noodzakelijke afwijking van deze termijn wordt gehandeld',
      ),
    ).toContain('termijn-afhandeling');
  });

  it('privacyverklaring: AVG art. 13 lid 1 onder c and e, the rights of art. 15 to 21 by their titles', () => {
    const purposes = topicsOf(
      'privacyverklaring',
      'de verwerkingsdoeleinden waarvoor de persoonsgegevens zijn bestemd, alsook de rechtsgrond voor de verwerking',
    );
    expect(purposes).toEqual(expect.arrayContaining(['doel', 'grondslag']));
    expect(
      topicsOf('privacyverklaring', 'de ontvangers of categorieën van ontvangers van de persoonsgegevens'),
    ).toContain('verstrekking');
    for (const title of [
      'Recht van inzage van de betrokkene',
      'Recht op rectificatie',
      'Recht op gegevenswissing („recht op vergetelheid”)',
      'Recht op beperking van de verwerking',
      'Recht op overdraagbaarheid van gegevens',
      'Recht van bezwaar',
    ])
      expect(topicsOf('privacyverklaring', title), title).toContain('rechten');
  });
});
