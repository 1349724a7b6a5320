// Whether a clause says the opposite of a requirement's phrase (src/compare/topics/negation.ts), with the words of
// templates/negation/<lang>.yaml: a negation before the phrase in its clause negates it, one after it only where it denies
// the thing ("wordt niet ingesteld") and the phrase is its clause's subject, not in the subject's complement ("het
// verslag van de klachtencommissie"); one in a relative clause it is not in (which ends at its verb cluster), in a
// condition ("indien", "als de klager") unless it denies the thing is there, in a limit ("niet later dan"), cancelled
// ("geen … zonder") or inside the phrase itself does not. A word of time beside a negation ("nog", "yet") is read past,
// a main clause's own denying verb ("stelt … niet in") denies its object, and "waar" after the thing it stands for is
// a relative word. "has yet to" negates; an English relative part after the subject ends at the main clause's
// auxiliary; a clause commas cut around a relative part is read as one; "bij de klachtencommissie niet aangesloten"
// denies the committee; "Is … niet ingesteld, dan …" is a condition. The English sentences are quoted from the English codes of conduct and privacy pages of
// ../shared/dev-corpus.
import { describe, expect, it } from 'vitest';
import { phraseReading } from '../../../src/compare/topics/negation.js';
import { negationRules } from '../../../src/compare/topics/negation-rules.js';
import { signalPattern } from '../../../src/compare/topics/topic-signals.js';

const read = (text: string, meets: readonly string[], lang = 'nl') =>
  phraseReading(text, meets.map(signalPattern), lang);

describe('a clause that says the opposite of a phrase', () => {
  it('reads the negation of the phrase in its own clause, before it or governing it', () => {
    const committee = ['klachtencommissie*'];
    expect(
      read('De school is niet aangesloten bij een klachtencommissie; er is geen klachtencommissie.', committee),
    ).toBe('negates');
    expect(read('De school is aangesloten bij de Landelijke Klachtencommissie.', committee)).toBe('states');
    expect(read('Leden van de commissie zijn niet tot geheimhouding verplicht.', ['geheimhouding'])).toBe('negates');
    expect(read('Leden van de commissie zijn tot geheimhouding verplicht.', ['geheimhouding'])).toBe('states');
    const measures = ['maatregelen', 'binnen vier weken'];
    expect(read('Het bevoegd gezag deelt niet mee of het het oordeel deelt en neemt geen maatregelen.', measures)).toBe(
      'negates',
    );
    expect(read('Het bestuur richt geen commissie in. Er is wel een klachtencommissie.', committee)).toBe('states');
    expect(read('Een klacht gaat naar de directeur.', committee)).toBe('absent');
  });

  it('reads a negation after the phrase only where it denies that the thing is there', () => {
    const committee = ['klachtencommissie*'];
    expect(read('Een klachtencommissie wordt niet ingesteld.', committee)).toBe('negates');
    expect(read('Een klachtencommissie wordt door het bevoegd gezag niet ingesteld.', committee)).toBe('negates');
    expect(read('Een klachtencommissie wordt door het bevoegd gezag ingesteld.', committee)).toBe('states');
    expect(read('Een vertrouwenspersoon hoeft niet te worden aangesteld.', ['vertrouwenspersoon'])).toBe('negates');
    expect(read('Een vertrouwenspersoon is er niet.', ['vertrouwenspersoon'])).toBe('negates');
    expect(read('Een klachtencommissie bestaat niet.', committee)).toBe('negates');
    // A property, an obligation or what the clause is about is said of the thing, not denied of it.
    expect(read('Een hoorzitting is niet openbaar, tenzij de commissie anders beslist.', ['hoorzitting'])).toBe(
      'states',
    );
    expect(read('Een hoorzitting is niet openbaar.', ['hoorzitting'])).toBe('states');
    expect(read('Een hoorzitting is niet verplicht.', ['hoorzitting'])).toBe('states');
    // Where the law asks the act, its phrase names it and the negation stands before it.
    expect(read('De klager hoeft niet te worden gehoord.', ['worden gehoord'])).toBe('negates');
    expect(read('Een klacht over gedragingen wordt niet in behandeling genomen.', ['klacht .. over gedragingen'])).toBe(
      'states',
    );
    expect(read('De klachtencommissie bestaat niet uit personeelsleden.', committee)).toBe('states');
    // szw-ongewenste-omgangsvormen: the participle does not end the clause, so it denies nothing of the adviser.
    expect(
      read('Een vertrouwenspersoon kan niet tevens worden aangewezen als lid van de klachtencommissie.', [
        'vertrouwenspersoon',
      ]),
    ).toBe('states');
    // Active: the negation denies the report, not the committee that writes it.
    expect(read('De klachtencommissie heeft het verslag niet opgesteld.', committee)).toBe('states');
    expect(read('De klachtencommissie heeft het verslag niet opgesteld.', ['verslag'])).toBe('negates');
    // After the main clause's verb the phrase is what is denied, active or passive; in a complement there it is not.
    expect(read('Het bestuur heeft de klachtencommissie niet ingesteld.', committee)).toBe('negates');
    expect(read('Door het bestuur wordt de klachtencommissie niet ingesteld.', committee)).toBe('negates');
    expect(read('Het bestuur heeft de klachtencommissie ingesteld.', committee)).toBe('states');
    expect(read('Het bestuur heeft bij de klachtencommissie het verslag niet aangeboden.', committee)).toBe('states');
    // bw2 art. 2:28: a part opening with its verb and followed by "dan" is a condition, read as "Indien een vereniging
    // niet … is opgericht" is: the association is not stated there; the main clause after "dan" is read on its own.
    const bw2 =
      'Is een vereniging niet overeenkomstig het eerste lid van het vorige artikel opgericht, dan kan de algemene vergadering besluiten de statuten te doen opnemen in een notariële akte.';
    expect(read(bw2, ['vereniging'])).toBe('negates');
    expect(read(bw2.replace(/^Is (.*) opgericht,/u, 'Indien $1 is opgericht,'), ['vereniging'])).toBe('negates');
    expect(read(bw2, ['algemene vergadering'])).toBe('states');
    // igz: the phrase is no subject; the appeal is denied, not the complaint.
    const appeal =
      'Tegen een beslissing van de inspectie inzake de behandeling van een klacht over een gedraging als bedoeld in artikel 1 kan geen beroep worden ingesteld.';
    expect(read(appeal, ['klacht'])).toBe('states');
    expect(read(appeal, ['beroep'])).toBe('negates');
    // A relative part after the subject ends before the main clause's verb, whose negation is then read.
    const handling = ['commissie .. klachten .. behandel*'];
    expect(read('Een commissie die klachten behandelt wordt niet ingesteld.', handling)).toBe('negates');
    expect(read('Een commissie die klachten behandelt wordt door het bestuur ingesteld.', handling)).toBe('states');
    // A condition ends so too: the main clause's negation is read, the condition's is not.
    expect(read('Indien de klager niet tevreden is wordt geen klachtencommissie ingesteld.', committee)).toBe(
      'negates',
    );
    // bewindvoerders-wsnp: "is of" goes on with the condition, whose second negation is still the condition's.
    expect(
      read(
        'Wanneer de klacht niet volledig is of anderszins niet voldoet aan de voorwaarden van artikel 2, stelt de secretaris de klager in de gelegenheid om het verzuim te herstellen.',
        ['voorwaarden'],
      ),
    ).toBe('states');
  });

  it("ends a relative part or a condition at its verb cluster, where the main clause's verb follows it", () => {
    // ez-integriteitsbeleid: "dat niet kan worden teruggegeven" ends with its verbs; "wordt" is the main clause's.
    const gift =
      'Een geschenk dat niet kan worden teruggegeven wordt door het betrokken hoofd voor algemeen gebruik beschikbaar gesteld.';
    expect(read(gift, ['beschikbaar'])).toBe('states');
    expect(read('Een geschenk dat niet teruggegeven kan worden wordt beschikbaar gesteld.', ['beschikbaar'])).toBe(
      'states',
    );
    expect(read('Een geschenk dat niet is aangenomen wordt beschikbaar gesteld.', ['beschikbaar'])).toBe('states');
    // A condition ends so too: its negation denies nothing of the main clause's committee.
    expect(
      read(
        'Indien de vertrouwenspersoon niet kan worden bereikt wordt door het bestuur een klachtencommissie ingesteld.',
        ['klachtencommissie*'],
      ),
    ).toBe('states');
    // The main clause's own negation is still read.
    expect(read('Een geschenk dat kan worden teruggegeven wordt niet beschikbaar gesteld.', ['beschikbaar'])).toBe(
      'negates',
    );
    expect(
      read(
        'Indien de vertrouwenspersoon niet kan worden bereikt wordt door het bestuur geen klachtencommissie ingesteld.',
        ['klachtencommissie*'],
      ),
    ).toBe('negates');
    // An infinitive in the cluster, or a verb after "of", is still the subordinate part's: its negation holds on.
    expect(
      read('Een klacht die niet kan worden voorgelegd aan de klachtencommissie wordt door de directeur behandeld.', [
        'klachtencommissie*',
      ]),
    ).toBe('negates');
    expect(
      read('Een lid dat niet is of wordt benoemd door de klachtencommissie neemt deel aan de zitting.', [
        'klachtencommissie*',
      ]),
    ).toBe('negates');
  });

  it('ends a relative part after a bare plural subject at its verb cluster, where a plural main verb follows it', () => {
    // The plural of ez-integriteitsbeleid's gift: "worden" after the cluster's participle is the main clause's verb.
    const gifts = 'Geschenken die niet kunnen worden teruggegeven worden beschikbaar gesteld aan een goed doel.';
    expect(read(gifts, ['beschikbaar'])).toBe('states');
    expect(read('De geschenken die niet worden teruggegeven worden beschikbaar gesteld.', ['beschikbaar'])).toBe(
      'states',
    );
    expect(read('Leden die het verslag niet hebben opgesteld kunnen worden gehoord.', ['worden gehoord'])).toBe(
      'states',
    );
    // The main clause's own negation is still read.
    expect(read('Geschenken die kunnen worden teruggegeven worden niet beschikbaar gesteld.', ['beschikbaar'])).toBe(
      'negates',
    );
    // After a modal the participle may be followed by the cluster's own infinitive ("kunnen teruggegeven worden"):
    // not known to be the main clause's, so the negation runs on.
    expect(read('Geschenken die niet kunnen teruggegeven worden worden beschikbaar gesteld.', ['beschikbaar'])).toBe(
      'negates',
    );
  });

  it("ends a condition at the main clause's finite verb that is no auxiliary, where a subject or negation follows it", () => {
    const committee = ['klachtencommissie*'];
    // The main clause's negation is read: it was the condition's, which negates nothing.
    expect(read('Als de klacht niet is ingediend stelt het bestuur geen klachtencommissie in.', committee)).toBe(
      'negates',
    );
    expect(
      read('Als de klacht niet is ingediend behandelt de commissie haar niet en neemt zij geen maatregelen.', [
        'maatregelen',
      ]),
    ).toBe('negates');
    expect(read('Als de klager niet tevreden is wendt hij zich tot de klachtencommissie.', committee)).toBe('states');
    // A condition that denies the thing ends at its participle, the main clause after it.
    expect(
      read('Indien geen vertrouwenspersoon is aangesteld wendt de klager zich tot de directeur.', [
        'vertrouwenspersoon',
      ]),
    ).toBe('negates');
    // BW2 art. 2:86c: "noch" joins the condition's two clauses, it opens no main clause.
    expect(
      read(
        'De vennootschap kan, zolang haar geen erkenning is verzocht noch betekening van de akte aan haar is geschied, die rechtshandeling erkennen.',
        ['akte'],
      ),
    ).toBe('states');
    // A preposition after the cluster is still the condition's ("ingediend bij de klachtencommissie").
    expect(
      read('Als de klacht niet is ingediend bij de klachtencommissie behandelt de directeur haar.', committee),
    ).toBe('states');
    expect(
      read('Als de klacht niet is ingediend buiten de klachtencommissie om, behandelt de directeur haar.', committee),
    ).toBe('states');
  });

  it('reads the object a condition denies as denied: "als het bestuur de klachtencommissie niet heeft ingesteld"', () => {
    const committee = ['klachtencommissie*'];
    expect(
      read('Als het bestuur de klachtencommissie niet heeft ingesteld, behandelt de directeur de klacht.', committee),
    ).toBe('negates');
    expect(
      read('Indien hij geen klachtencommissie heeft ingesteld, behandelt de directeur de klacht.', committee),
    ).toBe('negates');
    expect(
      read(
        'Indien door het bestuur de klachtencommissie niet is ingesteld, behandelt de directeur de klacht.',
        committee,
      ),
    ).toBe('negates');
    // Without a comma too: the condition ends at its cluster, the main clause's verb after it.
    expect(
      read(
        'Als het bestuur de klachtencommissie niet heeft ingesteld wordt de klacht door de directeur behandeld.',
        committee,
      ),
    ).toBe('negates');
    // The main clause after the condition is what counts.
    expect(
      read(
        'Als het bestuur de klachtencommissie niet heeft ingesteld, stelt de directeur een klachtencommissie in.',
        committee,
      ),
    ).toBe('states');
    // The condition's active subject is not denied, nor a phrase in a complement.
    expect(read('Als de klachtencommissie het verslag niet heeft opgesteld, beslist het bestuur.', committee)).toBe(
      'states',
    );
    expect(read('Als de klachtencommissie het verslag niet heeft opgesteld, beslist het bestuur.', ['verslag'])).toBe(
      'negates',
    );
    expect(
      read(
        'Als het bestuur bij de klachtencommissie het verslag niet heeft aangeboden, beslist de directeur.',
        committee,
      ),
    ).toBe('states');
    // A condition that says when, not whether the thing is there, still negates nothing.
    expect(read('Als het bestuur de klachtencommissie niet heeft gehoord, beslist de directeur.', committee)).toBe(
      'states',
    );
  });

  it('reads an English condition that denies a thing is there as its Dutch equivalent: no ✓ for the thing', () => {
    const en = (text: string, meets: readonly string[]) => read(text, meets, 'en');
    const committee = ['complaints committee'];
    // "Als er geen klachtencommissie is, …", "Als het bestuur de klachtencommissie niet heeft ingesteld, …".
    expect(en('If there is no complaints committee, the board handles the complaint.', committee)).toBe('negates');
    expect(en("If there isn't a complaints committee, the board handles the complaint.", committee)).toBe('negates');
    expect(
      en('If the board has not established a complaints committee, the director handles the complaint.', committee),
    ).toBe('negates');
    expect(
      en('If the school does not appoint a confidential adviser, the director acts.', ['confidential adviser']),
    ).toBe('negates');
    // "Als de klachtencommissie er niet is, …".
    expect(en('If the complaints committee is not there, the director handles the complaint.', committee)).toBe(
      'negates',
    );
    // A condition that says when, or denies another thing, leaves the phrase stated; so does the main clause after it.
    expect(en('If the complainant is not satisfied, he can turn to the complaints committee.', committee)).toBe(
      'states',
    );
    expect(en('If the board has not heard the complaints committee, the director decides.', committee)).toBe('states');
    expect(
      en('If there is no response within six weeks, the complainant turns to the complaints committee.', committee),
    ).toBe('states');
    expect(
      en('If the board has not established a complaints committee, a complaints committee is established.', committee),
    ).toBe('states');
  });

  it('reads a condition that says a thing is not had or not instituted, in its present tense too, as its absence', () => {
    const committee = ['klachtencommissie*'];
    expect(read('Als de school geen klachtencommissie heeft, behandelt de directeur de klacht.', committee)).toBe(
      'negates',
    );
    expect(read('Als het bestuur geen klachtencommissie instelt, behandelt de directeur de klacht.', committee)).toBe(
      'negates',
    );
    expect(
      read('Als het bestuur de klachtencommissie niet instelt, behandelt de directeur de klacht.', committee),
    ).toBe('negates');
    expect(read('Als er voor de school geen klachtencommissie is, behandelt de directeur de klacht.', committee)).toBe(
      'negates',
    );
    const en = (text: string) => read(text, ['complaints committee'], 'en');
    expect(en('If the school has no complaints committee, the director handles the complaint.')).toBe('negates');
    expect(en("If the school doesn't have a complaints committee, the director handles the complaint.")).toBe(
      'negates',
    );
    // "heeft" as a participle's auxiliary, a thing another has not, or what the condition is not about: stated.
    expect(read('Als het bestuur de klachtencommissie niet gehoord heeft, beslist de directeur.', committee)).toBe(
      'states',
    );
    expect(read('Als de klachtencommissie geen tijd heeft, beslist de directeur.', committee)).toBe('states');
    // nerds-privacy: "niet … nodig hebben" says when; bw2: "zodra … ophoudt te bestaan of … niet langer" says when.
    expect(read('Als we je gegevens niet meer nodig hebben, verwijderen we ze.', ['nodig'])).toBe('states');
    expect(
      read(
        'De regeling verliest haar gelding zodra de ondernemingsraad ophoudt te bestaan of op de ondernemingsraad niet langer de bepalingen van toepassing zijn.',
        ['bepalingen'],
      ),
    ).toBe('states');
    expect(en('If the complainant does not have a lawyer, the complaints committee appoints one.')).toBe('states');
  });

  it('reads the object a relative part denies as denied: "Scholen die de klachtencommissie niet hebben ingesteld"', () => {
    const committee = ['klachtencommissie*'];
    expect(read('Scholen die de klachtencommissie niet hebben ingesteld, melden dit aan het bestuur.', committee)).toBe(
      'negates',
    );
    expect(read('Scholen die de klachtencommissie niet hebben ingesteld melden dit aan het bestuur.', committee)).toBe(
      'negates',
    );
    expect(
      read('Besturen waarbij de klachtencommissie niet is ingesteld, melden dit aan het bestuur.', committee),
    ).toBe('negates');
    // Stated: the part denies nothing, says when, or denies another phrase (the part's object, or one in a complement).
    expect(read('Scholen die de klachtencommissie hebben ingesteld, melden dit aan het bestuur.', committee)).toBe(
      'states',
    );
    expect(read('Scholen die de klachtencommissie niet hebben gehoord, melden dit aan het bestuur.', committee)).toBe(
      'states',
    );
    expect(
      read(
        'Scholen die de klachtencommissie het verslag niet hebben aangeboden, melden dit aan het bestuur.',
        committee,
      ),
    ).toBe('states');
    expect(
      read(
        'Scholen die het verslag van de klachtencommissie niet hebben opgesteld, melden dit aan het bestuur.',
        committee,
      ),
    ).toBe('states');
    // The main clause's phrase is not the relative part's.
    expect(
      read('Scholen die de vertrouwenspersoon niet hebben aangesteld, melden dit aan de klachtencommissie.', committee),
    ).toBe('states');
  });

  it('reads a negation past a word beside it ("yet", "still", "nog", "meer") as it reads it without that word', () => {
    const committee = ['klachtencommissie*'];
    const en = (text: string, meets: readonly string[] = ['complaints committee']) => read(text, meets, 'en');
    expect(en('If the board has not yet established a complaints committee, the director handles the complaint.')).toBe(
      'negates',
    );
    expect(en('If the board has not ever established a complaints committee, the director acts.')).toBe('negates');
    expect(en('If the school does not yet have a complaints committee, the director acts.')).toBe('negates');
    expect(en('If there is still no complaints committee, the director acts.')).toBe('negates');
    expect(en('The board has not yet appointed a confidential counsellor.', ['confidential counsellor'])).toBe(
      'negates',
    );
    expect(en('The board has still not appointed a confidential counsellor.', ['confidential counsellor'])).toBe(
      'negates',
    );
    expect(
      read('Als het bestuur nog geen klachtencommissie heeft ingesteld, behandelt de directeur de klacht.', committee),
    ).toBe('negates');
    expect(read('De school heeft nog geen vertrouwenspersoon aangesteld.', ['vertrouwenspersoon'])).toBe('negates');
    expect(read('Een vertrouwenspersoon is er nog niet.', ['vertrouwenspersoon'])).toBe('negates');
    expect(read('Een klachtencommissie bestaat nog niet.', committee)).toBe('negates');
    expect(read('Een klachtencommissie bestaat niet meer.', committee)).toBe('negates');
    expect(read('Als de klachtencommissie er nog niet is, beslist de directeur.', committee)).toBe('negates');
    expect(read('De vertrouwenspersoon is er nog altijd niet.', ['vertrouwenspersoon'])).toBe('negates');
    expect(en('If the board has not as yet established a complaints committee, the director acts.')).toBe('negates');
    // Stated: the thing is there, and the negation concerns what is done with it; or the main clause states it.
    expect(en('The board has established a complaints committee.')).toBe('states');
    expect(en('The complaints committee has not yet been consulted.')).toBe('states');
    expect(en('If the board has not yet heard the complaints committee, the director decides.')).toBe('states');
    expect(en('If the complaints committee has not yet decided, the board waits.')).toBe('states');
    expect(
      en('If the board has not yet established a complaints committee, it establishes a complaints committee.'),
    ).toBe('states');
    expect(read('De klachtencommissie is nog niet eerder benaderd.', committee)).toBe('states');
    expect(read('Als de klachtencommissie nog niet heeft beslist, wacht het bestuur.', committee)).toBe('states');
    expect(read('De klachtencommissie bestaat nog niet zo lang.', committee)).toBe('states');
  });

  it('reads a main clause that denies a thing with its present or past finite verb, separable or not, as denying it', () => {
    const committee = ['klachtencommissie*'];
    const adviser = ['vertrouwenspersoon'];
    expect(read('Het bestuur stelt de klachtencommissie niet in.', committee)).toBe('negates');
    expect(read('Het bestuur stelt de klachtencommissie nog niet in.', committee)).toBe('negates');
    expect(read('Het bestuur stelde de klachtencommissie niet in.', committee)).toBe('negates');
    expect(read('De besturen stellen de klachtencommissie niet in.', committee)).toBe('negates');
    expect(read('Het bestuur benoemt de vertrouwenspersoon niet.', adviser)).toBe('negates');
    expect(read('Het bestuur wijst de vertrouwenspersoon niet aan.', adviser)).toBe('negates');
    expect(read('De school stelt geen vertrouwenspersoon aan.', adviser)).toBe('negates');
    expect(read('Het bestuur wijst geen vertrouwenspersoon aan.', adviser)).toBe('negates');
    // A clause that opens with its verb is a condition: one that denies the thing speaks of its absence ("als het
    // bestuur de klachtencommissie niet instelt"), and the main clause after it is read as any other.
    expect(
      read('Stelt het bestuur de klachtencommissie niet in, dan behandelt de directeur de klacht.', committee),
    ).toBe('negates');
    // Stated: no negation; the subject before the verb; a particle that is no part of a denying verb.
    expect(read('Het bestuur stelt een klachtencommissie in.', committee)).toBe('states');
    expect(read('Het bestuur stelt de klachtencommissie niet.', committee)).toBe('states');
    expect(read('De klachtencommissie stelt het verslag niet op.', committee)).toBe('states');
    expect(read('De klachtencommissie benoemt de voorzitter niet.', committee)).toBe('states');
    expect(read('Het bestuur stelt de klachtencommissie niet op de hoogte.', committee)).toBe('states');
    expect(read('Het bestuur legt de klachtencommissie niet uit.', committee)).toBe('states');
    // A verb's form after an article is a noun or an adjective (bw2), not the main clause's verb.
    expect(read('Het instellen van een rechtsmiddel schorst de werking niet.', ['werking'])).toBe('states');
    expect(read('De benoemde vertrouwenspersoon functioneert niet.', adviser)).toBe('states');
    expect(
      read(
        'Stelt het bestuur de klachtencommissie niet in, dan stelt de inspectie de klachtencommissie in.',
        committee,
      ),
    ).toBe('states');
  });

  it('reads a phrase after a part with a preposition as the object a negation denies, not as in a complement', () => {
    const committee = ['klachtencommissie*'];
    expect(read('Het bestuur heeft voor de school de klachtencommissie niet ingesteld.', committee)).toBe('negates');
    expect(read('Het bestuur stelt voor de school de klachtencommissie niet in.', committee)).toBe('negates');
    expect(
      read(
        'Als het bestuur voor de school de klachtencommissie niet heeft ingesteld, beslist de directeur.',
        committee,
      ),
    ).toBe('negates');
    expect(
      read('Scholen die voor hun leerlingen de klachtencommissie niet hebben ingesteld, melden dit.', committee),
    ).toBe('negates');
    // In the complement itself, or joined to it, the phrase is not what the negation denies.
    expect(read('Het bestuur heeft voor de klachtencommissie de leden niet benoemd.', committee)).toBe('states');
    expect(read('Het bestuur heeft het verslag van de school en de klachtencommissie niet opgesteld.', committee)).toBe(
      'states',
    );
    expect(read('Het bestuur heeft de leden van de landelijke klachtencommissie niet benoemd.', committee)).toBe(
      'states',
    );
  });

  it('reads "waar" after the thing it stands for as a relative word, elsewhere as a word of the main clause', () => {
    const committee = ['klachtencommissie*'];
    const adviser = ['vertrouwenspersoon'];
    expect(read('Scholen waar de klachtencommissie niet is ingesteld, melden dit aan de inspectie.', committee)).toBe(
      'negates',
    );
    expect(read('Scholen waar de klachtencommissie niet is ingesteld melden dit aan de inspectie.', committee)).toBe(
      'negates',
    );
    expect(read('De school waar geen klachtencommissie is ingesteld, meldt dit.', committee)).toBe('negates');
    expect(read('Scholen waar geen vertrouwenspersoon is, melden dit.', adviser)).toBe('negates');
    expect(read('Waar geen klachtencommissie is, behandelt de directeur de klacht.', committee)).toBe('negates');
    // Opening its part it is read as the main clause's relative word before its subject.
    expect(read('Waar de klachtencommissie niet is ingesteld, behandelt de directeur de klacht.', committee)).toBe(
      'negates',
    );
    expect(read('Waar de vertrouwenspersoon niet is, behandelt de directeur de klacht.', adviser)).toBe('negates');
    expect(read('Waar de klager niet tevreden is, kan hij zich wenden tot de klachtencommissie.', committee)).toBe(
      'states',
    );
    // "waar" stands for "er": "de vertrouwenspersoon is er niet".
    expect(read('Scholen waar de vertrouwenspersoon niet is, melden dit.', adviser)).toBe('negates');
    expect(read('Scholen waar de vertrouwenspersoon niet meer is, melden dit.', adviser)).toBe('negates');
    expect(read('Scholen waar de vertrouwenspersoon niet tevreden is, melden dit.', adviser)).toBe('states');
    expect(read('De klachtencommissie waar de klager niet is, beslist.', committee)).toBe('states');
    // The main clause after the relative part is read as any other.
    expect(
      read('Scholen waar geen vertrouwenspersoon is aangesteld melden dit aan de klachtencommissie.', committee),
    ).toBe('states');
    expect(read('De school waar de klachtencommissie zitting houdt, is bereikbaar.', committee)).toBe('states');
    // Within a subordinate part "waar" opens none: that part's negation reaches it (nl-ambitieladder/maatwerk).
    expect(
      read(
        'Er zijn organisaties die als uitgangspunt hebben dat ze niet ontwikkelen aan projecten waar een CLA wordt gevraagd.',
        ['cla'],
      ),
    ).toBe('negates');
    // "waar nodig", "waar mogelijk" is no relative part: the main clause's negation is still read.
    expect(read('Waar nodig wordt de klachtencommissie niet ingesteld.', committee)).toBe('negates');
    expect(read('De klachtencommissie wordt waar nodig niet ingesteld.', committee)).toBe('negates');
    expect(read('De klachtencommissie wordt waar nodig ingesteld.', committee)).toBe('states');
  });

  it('reads "zijn" as the verb where it stands as one, as the possessive before a noun', () => {
    const committee = ['klachtencommissie*'];
    // After a negation, before a participle, after one: the condition's verb, so it ends there and the main clause's
    // negation is read.
    expect(read('Als de klachten niet zijn ingediend stelt het bestuur geen klachtencommissie in.', committee)).toBe(
      'negates',
    );
    expect(read('Als de klachten zijn ingediend stelt het bestuur geen klachtencommissie in.', committee)).toBe(
      'negates',
    );
    expect(read('Als de klachten gegrond zijn stelt het bestuur geen klachtencommissie in.', committee)).toBe(
      'negates',
    );
    expect(read('Als de klachten niet zijn ingediend stelt het bestuur een klachtencommissie in.', committee)).toBe(
      'states',
    );
    // The plural of ez-integriteitsbeleid's gift: the relative part's negation stays in it.
    expect(read('Geschenken die niet zijn aangenomen worden beschikbaar gesteld.', ['beschikbaar'])).toBe('states');
    expect(read('Geschenken die zijn aangenomen worden niet beschikbaar gesteld.', ['beschikbaar'])).toBe('negates');
    // The possessive opens no main clause: the condition's negation stays the condition's.
    expect(read('Als hij zijn besluit niet neemt, wendt de klager zich tot de klachtencommissie.', committee)).toBe(
      'states',
    );
  });

  it("reads an irregular past form right after a condition's verb cluster as the main clause's verb", () => {
    expect(read('Als de klacht niet is ingediend nam het bestuur geen maatregelen.', ['maatregelen'])).toBe('negates');
    expect(
      read('Als de klacht niet is ingediend gaf het bestuur geen klachtencommissie op.', ['klachtencommissie*']),
    ).toBe('negates');
    expect(read('Als de klacht niet is ingediend nam het bestuur maatregelen.', ['maatregelen'])).toBe('states');
  });

  it("reads a negation after its clause's subject, not after a phrase in the subject's complement", () => {
    const committee = ['klachtencommissie*'];
    const report = 'Het verslag van de klachtencommissie wordt niet opgesteld.';
    expect(read(report, committee)).toBe('states');
    expect(read(report, ['verslag'])).toBe('negates');
    expect(read('De voorzitter van de klachtencommissie wordt niet benoemd.', committee)).toBe('states');
    // A plural noun without an article after "van" opens a complement as one with an article does.
    expect(read('Het verslag van klachtencommissies wordt niet opgesteld.', committee)).toBe('states');
    expect(read('Het verslag van klachtencommissies wordt niet opgesteld.', ['verslag'])).toBe('negates');
    expect(read('De voorzitter van klachtencommissies wordt niet benoemd.', committee)).toBe('states');
    expect(read('Klachtencommissies van scholen worden niet ingesteld.', committee)).toBe('negates');
    // The phrase is the subject: its own complement after it, or a preposition in its own words, keeps the denial.
    expect(read('Een klachtencommissie voor het primair onderwijs wordt niet ingesteld.', committee)).toBe('negates');
    expect(read('Een door het bestuur benoemde vertrouwenspersoon is er niet.', ['vertrouwenspersoon'])).toBe(
      'negates',
    );
    expect(
      read('Een door het bestuur aan te stellen vertrouwenspersoon wordt niet aangesteld.', ['vertrouwenspersoon']),
    ).toBe('negates');
    expect(read('The chair of the complaints committee is not appointed.', ['complaints committee'], 'en')).toBe(
      'states',
    );
    expect(read('The complaints committee of the school is not established.', ['complaints committee'], 'en')).toBe(
      'negates',
    );
    // The Dutch cases that apply to English: the denied noun, a bare plural, a condition's subject in a complement.
    const en = (text: string, meets: readonly string[]) => read(text, meets, 'en');
    expect(en('The chair of the complaints committee is not appointed.', ['chair'])).toBe('negates');
    expect(en('A complaints committee for primary education is not established.', ['complaints committee'])).toBe(
      'negates',
    );
    expect(en('The chair of complaints committees is not appointed.', ['complaints committee*'])).toBe('states');
    expect(en('The chair of complaints committees is not appointed.', ['chair'])).toBe('negates');
    expect(
      en('If the chair of the complaints committee is not appointed, the director handles the complaint.', [
        'complaints committee',
      ]),
    ).toBe('states');
    expect(
      en('If the complaints committee is not established, the director handles the complaint.', [
        'complaints committee',
      ]),
    ).toBe('negates');
  });

  it('reads a condition that denies its subject is there as speaking of its absence', () => {
    const committee = ['klachtencommissie*'];
    expect(read('Als de klachtencommissie er niet is, behandelt de directeur de klacht.', committee)).toBe('negates');
    expect(read('Als de klachtencommissie niet bestaat, behandelt de directeur de klacht.', committee)).toBe('negates');
    expect(
      read('Indien de vertrouwenspersoon niet is aangesteld, wendt de klager zich tot de directeur.', [
        'vertrouwenspersoon',
      ]),
    ).toBe('negates');
    // A condition that says when, or denies another subject, leaves the phrase stated.
    expect(
      read(
        'Als de klachtencommissie niet binnen zes weken beslist, kan de klager zich wenden tot het bestuur.',
        committee,
      ),
    ).toBe('states');
    expect(read('Als de klager er niet is, beslist de klachtencommissie zonder hem.', committee)).toBe('states');
    expect(
      read('Als de voorzitter van de klachtencommissie er niet is, beslist de klachtencommissie.', committee),
    ).toBe('states');
    expect(
      read('Indien de vertrouwenspersoon niet is gehoord, wendt de klager zich tot de directeur.', [
        'vertrouwenspersoon',
      ]),
    ).toBe('states');
  });

  it('reads "als" as a condition before a subject, not before a role or a reference', () => {
    const committee = ['klachtencommissie*'];
    expect(read('Als de klager niet tevreden is kan hij zich wenden tot de klachtencommissie.', committee)).toBe(
      'states',
    );
    expect(read('De klager kan zich wenden tot de klachtencommissie als hij niet tevreden is.', committee)).toBe(
      'states',
    );
    expect(read('Als voorzitter wordt geen lid van de klachtencommissie benoemd.', committee)).toBe('negates');
    expect(read('De school heeft geen klachtencommissie als bedoeld in artikel 14.', committee)).toBe('negates');
    // A condition that denies the thing is there speaks of its absence: no ✓ for the thing.
    expect(read('Als er geen klachtencommissie is, behandelt de directeur de klacht.', committee)).toBe('negates');
    expect(read('Indien er geen klachtencommissie is, behandelt de directeur de klacht.', committee)).toBe('negates');
    expect(
      read('Indien geen vertrouwenspersoon is aangesteld, wendt de klager zich tot de directeur.', [
        'vertrouwenspersoon',
      ]),
    ).toBe('negates');
    // A condition that says when, not whether the thing is there, negates nothing.
    expect(
      read(
        'Als de klager niet tevreden is over het oordeel van de klachtencommissie, kan hij beroep instellen.',
        committee,
      ),
    ).toBe('states');
    // cbs: a condition after "als een", its negation says when.
    expect(
      read(
        'Als een klacht niet voldoet aan de in lid 1 en 2 genoemde eisen, stelt het CBS de klager in de gelegenheid de klacht binnen twee weken aan te vullen.',
        ['genoemde eisen'],
      ),
    ).toBe('states');
  });

  it('reads no negation in a limit, a choice, a condition, a double negation or a relative clause it is not in', () => {
    const committee = ['klachtencommissie*'];
    expect(read('De klachtencommissie bestaat uit leden die niet bij de klacht betrokken zijn.', committee)).toBe(
      'states',
    );
    expect(read('Indien de klager niet tevreden is kan hij zich wenden tot de klachtencommissie.', committee)).toBe(
      'states',
    );
    expect(read('De klager wordt al dan niet gehoord door de klachtencommissie.', committee)).toBe('states');
    expect(
      read('Het bevoegd gezag neemt niet later dan vier weken een besluit over maatregelen.', ['maatregelen']),
    ).toBe('states');
    expect(read('Het bestuur neemt niet meer dan twee maatregelen.', ['maatregelen'])).toBe('states');
    expect(
      read('Leden zijn niet alleen tot geheimhouding verplicht, maar ook tot zorgvuldigheid.', ['geheimhouding']),
    ).toBe('states');
    expect(read('Er wordt geen informatie gedeeld zonder geheimhouding.', ['geheimhouding'])).toBe('states');
    expect(read('De klacht wordt behandeld door de klachtencommissie, tenzij zij niet bevoegd is.', committee)).toBe(
      'states',
    );
    // The phrase's own negation is the phrase.
    expect(read('De voorzitter is niet werkzaam bij de school.', ['voorzitter .. niet werkzaam'])).toBe('states');
    // "niet-ontvankelijk" is a word of its own, no negation.
    expect(read('De klachtencommissie verklaart de klacht niet-ontvankelijk.', committee)).toBe('states');
  });

  it('reads English with its own words, and negates nothing in a language without rules', () => {
    expect(read('Members of the committee are not bound to secrecy.', ['secrecy'], 'en')).toBe('negates');
    expect(read("The school isn't affiliated with a complaints committee.", ['complaints committee'], 'en-GB')).toBe(
      'negates',
    );
    expect(read('Members are bound to secrecy, whether or not the complaint is upheld.', ['secrecy'], 'en')).toBe(
      'states',
    );
    expect(read('Die Mitglieder sind nicht zur Verschwiegenheit verpflichtet.', ['verschwiegenheit'], 'de')).toBe(
      'states',
    );
    expect(read('A complaints committee is not established.', ['complaints committee'], 'en')).toBe('negates');
    expect(read("A confidential adviser doesn't exist.", ['confidential adviser'], 'en')).toBe('negates');
    expect(negationRules('nl')?.words.has('geen')).toBe(true);
    expect(negationRules('de')).toBeUndefined();
  });

  it('reads the English codes of conduct and privacy pages as they say it', () => {
    const en = (text: string, meets: readonly string[]) => read(text, meets, 'en');
    // conference-coc/pycon-us-2013-03-21.md
    expect(en('We do not tolerate harassment of conference participants in any form.', ['harassment'])).toBe('negates');
    const booth =
      'Booth staff (including volunteers) should not use sexualized clothing/uniforms/costumes, or otherwise create a sexualized environment.';
    expect(en(booth, ['sexualized clothing'])).toBe('negates');
    expect(en(booth, ['booth staff'])).toBe('states');
    // A property after the phrase: the language is named, not denied.
    expect(
      en('Sexual language and imagery is not appropriate for any conference venue, including talks.', [
        'sexual language',
      ]),
    ).toBe('states');
    // conference-coc/fronteers-slack-en-2024-01-20.md
    expect(en('The moderator’s decisions are final and can not be appealed.', ['appealed'])).toBe('negates');
    expect(en('The moderator’s decisions are final and can not be appealed.', ['decisions'])).toBe('states');
    // asf-privacy/mahout-2017-12-02.md: a negation in a condition says when.
    const cookie =
      'See your browser documentation for instructions on how to disable the cookie if you prefer not to share this data with Google.';
    expect(en(cookie, ['share this data'])).toBe('states');
    // asf-privacy/olingo-2021-06-04.md
    expect(
      en('We do not track or collect personally identifiable information.', ['personally identifiable information']),
    ).toBe('negates');
    // asf-privacy/zookeeper-2018-12-07.md: an exception cancels the negation.
    expect(en('You may not use this file except in compliance with the License.', ['this file'])).toBe('states');
  });
});

describe('readings of a denial with no negation word, around a relative part, in a complement, in an inverted condition', () => {
  const committee = ['klachtencommissie*'];
  const en = (text: string, meets: readonly string[] = ['complaints committee']) => read(text, meets, 'en');

  it('reads "has yet to", "is yet to be" as a negation at "to"', () => {
    expect(en('The board has yet to establish a complaints committee.')).toBe('negates');
    expect(en('The schools have yet to establish a complaints committee.')).toBe('negates');
    expect(en('A complaints committee is yet to be established.')).toBe('negates');
    expect(en('There is yet to be a complaints committee.')).toBe('negates');
    expect(en('If the board has yet to establish a complaints committee, the director handles the complaint.')).toBe(
      'negates',
    );
    // The thing named before "yet to" with a verb that denies nothing, a condition that says when, "yet" as "but".
    expect(en('The board has established a complaints committee; the committee has yet to meet.')).toBe('states');
    expect(en('The complaints committee has yet to decide on the complaint.')).toBe('states');
    expect(en('If the complainant has yet to receive a reply, he can turn to the complaints committee.')).toBe(
      'states',
    );
    expect(en('The complaint was late, yet the complaints committee handled it.')).toBe('states');
    expect(en('The board has established a complaints committee.')).toBe('states');
  });

  it("ends an English relative part after the subject at the main clause's auxiliary, whose negation is read", () => {
    // "Een klachtencommissie die klachten behandelt wordt niet ingesteld".
    expect(en('A complaints committee that handles complaints is not established.')).toBe('negates');
    expect(en('A complaints committee that handles complaints is established by the board.')).toBe('states');
    // The relative part's negation denies nothing of the main clause after it.
    expect(en('A complaint that is not resolved is referred to the complaints committee.')).toBe('states');
    expect(en('Parents who are not members can be invited by the complaints committee.')).toBe('states');
    expect(en('A committee that the board has not heard is the complaints committee.')).toBe('states');
    // The relative part's own phrase stays denied; the main clause's own negation is read.
    expect(en('A school that has not established a complaints committee is affiliated with the board.')).toBe(
      'negates',
    );
    expect(en('A school that does not and will not establish a complaints committee is reported.')).toBe('negates');
    expect(en('Schools that have heard the director have not established a complaints committee.')).toBe('negates');
    // nl-overheid-sites/coronamelder-privacy-en: a negation opening the part is its subject; the part runs on.
    expect(en('This means that no one is allowed to force you to use CoronaMelder.', ['allowed'])).toBe('negates');
    // nl-fronteers/statutes-en: "to have" is no main verb, nor does a part inside another end so.
    expect(
      en(
        'They unanimously declared that they had taken note of the contents of this deed in good time and that they did not wish to have it read out in full.',
        ['read out'],
      ),
    ).toBe('negates');
    expect(en('A school that does not wish to have a complaints committee is reported.')).toBe('negates');
    // A main verb that is no auxiliary is not known: the part runs on, and its negation denies on (no ✓ at worst).
    expect(
      en('Schools that have not set up a complaints committee refer complaints to the national complaints committee.'),
    ).toBe('negates');
  });

  it('reads a clause that commas cut around a relative part as one, the relative part on its own', () => {
    expect(en('The complaints committee, which handles complaints, is not established.')).toBe('negates');
    expect(en('The complaints committee, which handles complaints, is established by the board.')).toBe('states');
    expect(read('De klachtencommissie, die klachten behandelt, wordt niet ingesteld.', committee)).toBe('negates');
    expect(read('De klachtencommissie, die klachten behandelt, wordt door het bestuur ingesteld.', committee)).toBe(
      'states',
    );
    // The main clause affirmative: the relative part's denial is its own.
    const board = 'The board, which has not established a complaints committee, has appointed a confidential adviser.';
    expect(en(board, ['confidential adviser'])).toBe('states');
    expect(en(board)).toBe('negates');
    expect(
      read('Het bestuur, dat geen klachtencommissie heeft ingesteld, heeft een vertrouwenspersoon aangesteld.', [
        'vertrouwenspersoon',
      ]),
    ).toBe('states');
    // The main clause denied.
    expect(
      en('The board, which has established a complaints committee, has not appointed a confidential adviser.', [
        'confidential adviser',
      ]),
    ).toBe('negates');
    expect(
      en('The board, which has established a complaints committee, has not appointed a confidential adviser.'),
    ).toBe('states');
    // A piece that opens with a coordinator is no rest of the clause.
    expect(
      en('The board has a complaints committee, which meets monthly, and no confidential adviser is appointed.'),
    ).toBe('states');
  });

  it('reads a complement a negation follows at once as denied where its preposition and verb say so: "bij … aangesloten"', () => {
    expect(read('Het bestuur heeft zich bij de klachtencommissie niet aangesloten.', committee)).toBe('negates');
    expect(read('Het bestuur heeft zich bij de Landelijke Klachtencommissie nog niet aangesloten.', committee)).toBe(
      'negates',
    );
    expect(
      read(
        'Als de school zich bij de landelijke klachtencommissie niet heeft aangesloten, behandelt de directeur de klacht.',
        committee,
      ),
    ).toBe('negates');
    expect(
      read('Als de school zich bij de klachtencommissie niet aansluit, behandelt de directeur de klacht.', committee),
    ).toBe('negates');
    expect(read('De school sluit zich bij de klachtencommissie niet aan.', committee)).toBe('negates');
    expect(
      read('Scholen die zich bij de klachtencommissie niet hebben aangesloten, melden dit aan het bestuur.', committee),
    ).toBe('negates');
    // Affirmative, another phrase denied, or a complement the clause does something with: stated.
    expect(read('Het bestuur heeft zich bij de klachtencommissie aangesloten.', committee)).toBe('states');
    expect(read('De school sluit zich bij de klachtencommissie aan.', committee)).toBe('states');
    expect(read('Het bestuur heeft bij de klachtencommissie het verslag niet aangeboden.', committee)).toBe('states');
    expect(
      read(
        'Het bestuur heeft zich bij de klachtencommissie aangesloten en heeft de vertrouwenspersoon niet aangesteld.',
        committee,
      ),
    ).toBe('states');
  });

  it('reads a condition that opens with its finite verb before "dan" as a condition, the main clause after it on its own', () => {
    expect(read('Is een klachtencommissie niet ingesteld, dan behandelt de directeur de klacht.', committee)).toBe(
      'negates',
    );
    expect(read('Is een klachtencommissie niet ingesteld dan behandelt de directeur de klacht.', committee)).toBe(
      'negates',
    );
    expect(
      read('Heeft het bestuur de klachtencommissie niet ingesteld, dan behandelt de directeur de klacht.', committee),
    ).toBe('negates');
    expect(
      read('Is een klachtencommissie niet ingesteld, dan wordt de klachtencommissie niet ingesteld.', committee),
    ).toBe('negates');
    // The main clause after "dan" states it; a condition that says when, or affirms, denies nothing.
    expect(
      read('Is een klachtencommissie niet ingesteld, dan stelt het bestuur een klachtencommissie in.', committee),
    ).toBe('states');
    expect(read('Is de klager niet tevreden, dan wendt hij zich tot de klachtencommissie.', committee)).toBe('states');
    expect(read('Is een klachtencommissie ingesteld, dan behandelt zij de klacht.', committee)).toBe('states');
    // After a condition the main clause opens with its verb, its subject after it: denied where it is passive.
    expect(read('Indien de klager dat wenst, wordt de klachtencommissie niet ingesteld.', committee)).toBe('negates');
    expect(read('Indien de klager dat wenst, wordt de klachtencommissie ingesteld.', committee)).toBe('states');
    expect(read('Indien de klager dat wenst, heeft de klachtencommissie het verslag niet opgesteld.', committee)).toBe(
      'states',
    );
    // bw2 art. 2:117: a comparison's "dan" after a main clause that opens with its verb opens no main clause.
    expect(
      read(
        'Indien de oproeping plaatsvindt onder toepassing van een bepaling, worden de stemmen niet eerder uitgebracht dan op een in de statuten te bepalen dag van registratie.',
        ['stemmen'],
      ),
    ).toBe('states');
    // Without "dan" a part that opens with its verb is read as a main clause: "…, is niet verplicht …".
    expect(
      read(
        'Het bestuur, dat de directeur heeft gehoord, is niet verplicht een klachtencommissie in te stellen.',
        committee,
      ),
    ).toBe('negates');
  });
});
