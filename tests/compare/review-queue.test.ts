// The review queue (src/compare/review-queue.ts): the open questions of a comparison — possible matches, links of
// low confidence, topics not found with close candidates — each naming what `clausemark confirm` takes, and the
// list on the HTML comparison page with the markup serve's buttons attach to (confirm / reject, confirm absent).
import { describe, expect, it } from 'vitest';
import { reviewQuestions } from '../../src/compare/review-queue.js';
import type { Alignment, Member } from '../../src/compare/types.js';
import { compareContext } from '../../src/render/html/compare-page.js';
import { renderTemplate } from '../../src/wording/engine.js';
import { loadLabels } from '../../src/wording/labels.js';
import { loadSiteWords } from '../../src/wording/site-words.js';
import { PROJECT_ROOT } from '../support/paths.js';

const member = (id: string, status: Member['status'], similarity: number, extra: Partial<Member> = {}): Member => ({
  id,
  text: `tekst van ${id}`,
  status,
  similarity,
  line: 1,
  ...extra,
});

const document = (key: string) => ({ key, name: key, path: `${key}.md`, title: 't', organisation: key, version: '1' });

/** Three schools: a possible match at c, a "different" link at b, a confirmed one, and two topics not found. */
const alignment: Alignment = {
  documents: [document('a'), document('b'), document('c')],
  base: 'a',
  similarity: {},
  provisions: [
    {
      label: 'Foto’s van leerlingen',
      reference: 'a',
      members: { a: [member('foto', 'reference', 1)], b: [member('beeld', 'different', 0.21)] },
      absent: ['c'],
      suggestions: { c: { id: 'plaatjes', text: 'x', line: 3, score: 0.19, shared: ['foto', 'leerling'] } },
    },
    {
      label: 'Twijfel',
      reference: 'a',
      members: {
        a: [member('twijfel', 'reference', 1)],
        b: [member('twijfel', 'different', 0.3, { confirmed: true })],
        c: [member('twijfel', 'identical', 1)],
      },
      absent: [],
    },
    {
      label: 'Sancties',
      reference: 'a',
      members: { a: [member('sanctie', 'reference', 1)], c: [member('maatregel', 'reworded', 0.6)] },
      absent: ['b'],
      notFound: { b: { lead: { id: 'gedrag', text: 'x', line: 5, score: 0.07, shared: ['gedrag', 'school'] } } },
    },
    {
      label: 'Bevestigd afwezig',
      reference: 'a',
      members: { a: [member('afwezig', 'reference', 1)], c: [member('afwezig', 'identical', 1)] },
      absent: ['b'],
      // A person confirmed it absent at b on the texts as they are: no question, though a clause comes close.
      notFound: { b: { absent: 'confirmed', lead: { id: 'x', text: 'x', line: 6, score: 0.06, shared: ['a', 'b'] } } },
    },
  ],
  topics: [
    {
      id: 'fotos',
      name: 'Foto’s',
      description: 'd',
      // a covers it on one signal of one word alone (at the threshold); c on a long signal, on one of one word, and
      // by a clause a person confirmed.
      clauses: {
        a: [{ id: 'foto', line: 1, signals: ['foto*'], score: 0.5 }],
        c: [
          { id: 'sterk', line: 1, signals: ['foto van leerlingen'], score: 0.875 },
          { id: 'zwak', line: 2, signals: ['beeld*'], score: 0.5 },
          { id: 'bevestigd', line: 3, signals: [], score: 1, confirmed: true },
        ],
      },
      notFound: {
        b: { looked: 4, candidates: [{ id: 'beeld', line: 2, text: 'x', shared: ['beeld'], score: 0.25 }] },
      },
      provisions: [0],
    },
    {
      id: 'privacy',
      name: 'Privacy',
      description: 'd',
      clauses: {},
      notFound: {
        a: {
          looked: 4,
          candidates: [{ id: 'foto', line: 1, text: 'x', shared: ['privacy'], score: 0.25 }],
          absent: 'confirmed',
        },
        b: {
          looked: 4,
          candidates: [{ id: 'beeld', line: 2, text: 'x', shared: ['privacy', 'gegevens'], score: 0.375 }],
          absent: 'stale',
        },
        c: { looked: 4, candidates: [] },
      },
      provisions: [],
    },
  ],
};

describe('review queue', () => {
  it('asks about a possible match, a link in other words, a topic not found with candidates, a weak assignment', () => {
    expect(reviewQuestions(alignment)).toEqual([
      {
        kind: 'low-confidence',
        provision: 0,
        label: 'Foto’s van leerlingen',
        first: 'a:foto',
        second: 'b:beeld',
        score: 0.21,
      },
      {
        kind: 'possible',
        provision: 0,
        label: 'Foto’s van leerlingen',
        first: 'a:foto',
        second: 'c:plaatjes',
        score: 0.19,
        absent: { org: 'c', provision: 'a:foto' },
      },
      {
        kind: 'not-matched',
        provision: 2,
        label: 'Sancties',
        first: 'a:sanctie',
        second: 'b:gedrag',
        score: 0.07,
        absent: { org: 'b', provision: 'a:sanctie' },
      },
      // Above the threshold within the margin: a's only clause on it (the answer decides the cell) and c's weak one,
      // not c's strong or confirmed ones; below it, b's near miss.
      {
        kind: 'topic-weak',
        topic: 'fotos',
        name: 'Foto’s',
        org: 'a',
        clause: 'a:foto',
        score: 0.5,
        signals: ['foto*'],
        decides: true,
      },
      { kind: 'topic-not-found', topic: 'fotos', name: 'Foto’s', org: 'b', candidates: ['b:beeld'], score: 0.25 },
      {
        kind: 'topic-weak',
        topic: 'fotos',
        name: 'Foto’s',
        org: 'c',
        clause: 'c:zwak',
        score: 0.5,
        signals: ['beeld*'],
        decides: false,
      },
      // Not c (no clause came close: nothing to weigh), not a's confirmed absence; b's stale one is asked again.
      {
        kind: 'topic-not-found',
        topic: 'privacy',
        name: 'Privacy',
        org: 'b',
        candidates: ['b:beeld'],
        score: 0.375,
      },
    ]);
  });

  it('lists the questions on the comparison page with what the buttons send', () => {
    const labels = loadLabels('en', { root: PROJECT_ROOT });
    const html = renderTemplate(
      'html/compare',
      compareContext(alignment, loadSiteWords('en', { root: PROJECT_ROOT }), labels),
      {
        root: '',
      },
    );
    const queue = html.slice(
      html.indexOf('<ol class="review-queue"'),
      html.indexOf('</ol>', html.indexOf('review-queue')),
    );
    const codes = [...queue.matchAll(/<code class="confirm-command" ([^>]*)>([^<]*)<\/code>/g)];
    expect(codes.map((code) => code[2])).toEqual([
      'clausemark confirm a:foto b:beeld',
      'clausemark confirm a:foto c:plaatjes',
      'clausemark confirm --absent c a:foto',
      'clausemark confirm a:sanctie b:gedrag',
      'clausemark confirm --absent b a:sanctie',
      'clausemark confirm --topic a:foto fotos',
      'clausemark confirm --absent b fotos',
      'clausemark confirm --topic b:beeld fotos',
      'clausemark confirm --topic c:zwak fotos',
      'clausemark confirm --absent b privacy',
      'clausemark confirm --topic b:beeld privacy',
    ]);
    // A weak assignment: "covers the topic" or "does not"; a near miss's closest clause: "covers the topic" only.
    expect(codes[5]?.[1]).toBe(
      'data-first="a:foto" data-second="fotos" data-topic-yes-label="covers the topic" data-topic-no-label="does not"',
    );
    expect(codes[7]?.[1]).toBe('data-first="b:beeld" data-second="fotos" data-topic-yes-label="covers the topic"');
    expect(queue).toContain('a:foto was put on this topic by one signal word only (foto*; score 0.50)');
    expect(queue).toContain('No other clause of a covers it by more.');
    // A pair gets confirm and reject; an absence one button, confirm absent, with the organisation and the topic.
    expect(codes[0]?.[1]).toContain('data-reject-label="reject"');
    expect(codes[6]?.[1]).toBe('data-first="b" data-second="fotos" data-absent-label="confirm absent"');
    // An empty cell: the pair (confirm, reject) or the provision absent there (its reference clause names it).
    expect(codes[4]?.[1]).toBe('data-first="b" data-second="a:sanctie" data-absent-label="confirm absent"');
    expect(queue).toContain('nothing matched at b; its closest clause, b:gedrag, scores only 0.07');
    expect(queue).toContain('href="#provision-1"');
  });

  it('says so when nothing is open', () => {
    const settled: Alignment = { ...alignment, provisions: [alignment.provisions[1]!], topics: [] };
    expect(reviewQuestions({ ...settled, provisions: [] })).toEqual([]);
    const labels = loadLabels('en', { root: PROJECT_ROOT });
    const html = renderTemplate(
      'html/compare',
      compareContext({ ...settled, provisions: [] }, loadSiteWords('en', { root: PROJECT_ROOT }), labels),
      {
        root: '',
      },
    );
    expect(html).toContain(labels.compareQuestionsNone);
  });
});
