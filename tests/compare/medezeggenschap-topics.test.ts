// The topic list of a medezeggenschapsreglement (templates/topics/medezeggenschapsreglement.yaml, issue 42 item 3):
// what the Wet medezeggenschap op scholen asks of the reglement of an MR or GMR, article 24 lid 1 onder a to k, each
// with its legal basis, and, read by compare, an MR-reglement's clauses put on those topics, with the topic it does
// not regulate "not found" beside its legal basis, never "absent".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignPolicies, topicsFor } from '../../src/compare/index.js';
import { readTopicList, topicListPath } from '../../src/compare/read/topic-list.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT } from '../support/paths.js';

/** An MR-reglement in the words reglementen use, which regulates every topic of article 24 lid 1 but the terms (onder g). */
const REGLEMENT = `---
id: medezeggenschapsreglement
title: Medezeggenschapsreglement
org: wilg
organisation: Basisschool De Wilg
lang: nl
---

## Algemeen

1. {#alg.begrippen} In dit reglement wordt verstaan onder wet: de Wet medezeggenschap op scholen; raad: de medezeggenschapsraad van de school.

## De medezeggenschapsraad

1. {#mr.samenstelling} De medezeggenschapsraad bestaat uit zes leden, van wie drie leden uit en door het personeel en drie leden uit en door de ouders worden gekozen.
2. {#mr.zittingsduur} Een lid heeft zitting voor een periode van drie jaar en is daarna terstond herkiesbaar. De raad stelt een rooster van aftreden op.

## Verkiezingen

1. {#verk.organisatie} De raad draagt zorg voor de organisatie van de verkiezingen. De verkiezing geschiedt bij geheime schriftelijke stemming.

## Werkwijze

1. {#werk.voorzitter} De raad kiest uit zijn midden een voorzitter en een secretaris.
2. {#werk.overleg} De directeur voert namens het bevoegd gezag de besprekingen met de medezeggenschapsraad. Op verzoek van de raad voert het bevoegd gezag in bijzondere gevallen zelf het overleg.
3. {#werk.inlichtingen} Het bevoegd gezag verstrekt de raad, gevraagd en ongevraagd, tijdig alle inlichtingen die deze voor de vervulling van zijn taak redelijkerwijs nodig heeft.
4. {#werk.openbaar} De vergaderingen van de raad zijn openbaar. De raad informeert de achterban over zijn werk.
5. {#werk.geheim} Over zaken die de raad vertrouwelijk heeft verklaard, betrachten de leden geheimhouding.

## Bevoegdheden

1. {#bev.instemming} Het bevoegd gezag behoeft de voorafgaande instemming van de raad voor de vaststelling of wijziging van het schoolplan.

## Geschillen

1. {#gesch.commissie} De school is aangesloten bij de landelijke commissie voor geschillen. Een geschil tussen het bevoegd gezag en de raad wordt aan die commissie voorgelegd.
`;

const policy = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'clausemark-wms-')), 'medezeggenschapsreglement.md');
  writeFileSync(path, REGLEMENT);
  return loadPolicy(path).policy;
};

describe('the topic list of a medezeggenschapsreglement', () => {
  const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'medezeggenschapsreglement.yaml'));

  it('names the WMS article 24 lid 1 onder a to k, each once, with the law\u2019s words, where they were read and whom it binds', () => {
    const bases = list.topics.flatMap((topic) => (topic.law ?? []).map((basis) => ({ topic: topic.id, ...basis })));
    expect(
      bases.every(
        (basis) =>
          basis.law === 'WMS' && basis.checked === 'https://wetten.overheid.nl/BWBR0020685/2025-08-01#Artikel24',
      ),
    ).toBe(true);
    // The WMS binds a school's board in the po, vo and (v)so, not an mbo institution or any other body.
    expect(bases.every((basis) => basis.binds?.sectors?.join() === 'po,vo,so-vso')).toBe(true);
    const onder = bases
      .map((basis) => /^art\. 24 lid 1 onder ([a-k])$/.exec(basis.article)?.[1])
      .filter((letter) => letter !== undefined);
    expect([...onder].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
    // The law asks b only of speciaal onderwijs, e only where someone speaks for the board, h only where a themaraad
    // or deelraad exists, and lid 2 only where a right is turned or handed over: each on a condition an organisation
    // answers once; the rest always.
    const conditional = bases.filter((basis) => basis.conditions).map((basis) => basis.article);
    expect(conditional.sort()).toEqual([
      'art. 24 lid 1 onder b',
      'art. 24 lid 1 onder e',
      'art. 24 lid 1 onder h',
      'art. 24 lid 2',
    ]);
    expect(bases.find((basis) => basis.article === 'art. 24 lid 1 onder j')?.words).toBe(
      'in welke gevallen geheimhouding wordt betracht',
    );
    // It is the list compare takes for a policy of this kind.
    expect(topicListPath('medezeggenschapsreglement', PROJECT_ROOT)).toBe(list.path);
  });

  it('puts an MR-reglement\u2019s clauses on the required topics, and a topic it does not regulate is not found', () => {
    const reglement = policy();
    const topics = topicsFor([reglement], PROJECT_ROOT);
    expect(topics?.map((topic) => topic.id)).toEqual(list.topics.map((topic) => topic.id));
    const alignment = alignPolicies([reglement], { topics });
    const covering = (id: string): string[] =>
      alignment.topics?.find((topic) => topic.id === id)?.clauses.wilg?.map((clause) => clause.id) ?? [];
    expect(covering('samenstelling')).toEqual(['mr.samenstelling']);
    expect(covering('zittingsduur')).toEqual(['mr.zittingsduur']);
    expect(covering('verkiezingen')).toEqual(['verk.organisatie']);
    // Under the heading "De medezeggenschapsraad" only the clause that says who speaks for the board.
    expect(covering('overleg-bevoegd-gezag')).toEqual(['werk.overleg']);
    expect(covering('informatie')).toEqual(['werk.inlichtingen']);
    expect(covering('achterban')).toEqual(['werk.openbaar']);
    expect(covering('geheimhouding')).toEqual(['werk.geheim']);
    expect(covering('geschillen')).toEqual(['gesch.commissie']);
    // The terms for advice and consent (onder g) are stated nowhere: not found, with its basis, never absent.
    const terms = alignment.topics?.find((topic) => topic.id === 'termijnen');
    expect(terms?.law?.[0]?.article).toBe('art. 24 lid 1 onder g');
    expect(terms?.clauses.wilg).toBeUndefined();
    expect(terms?.notFound.wilg?.looked).toBeGreaterThan(0);
    expect(terms?.notFound.wilg?.absent).toBeUndefined();
  });
});
