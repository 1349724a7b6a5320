// The review queue (src/compare/provisions/review-queue.ts): the open questions of a comparison — possible matches, links of
// low confidence, topics the tool is unsure of, required topics not found at all — each naming what `clausemark
// confirm` takes, and the list on the HTML comparison page with the markup serve's buttons attach to (confirm /
// reject, covers / does not, confirm absent). "Confirm absent" is offered only where no clause comes near (issue 42).
// At most REVIEW_LIMIT questions, those that change most of what a board reads first (issue 73).
import { describe, expect, it } from 'vitest';
import { openQuestionCount, REVIEW_LIMIT, reviewQuestions } from '../../../src/compare/provisions/review-queue.js';
import type { Alignment } from '../../../src/compare/read/types.js';
import { compareContext } from '../../../src/render/html/compare-page.js';
import { renderTemplate } from '../../../src/wording/engine.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { loadSiteWords } from '../../../src/wording/site-words.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { alignment } from '../review-fixture.js';

describe('review queue', () => {
  it('asks first what changes the page most: a cell the law asks for, a topic cell, a possible match, a weak lead, a link in other words', () => {
    expect(reviewQuestions(alignment)).toEqual([
      // Required by law, nothing near at b, a candidate below the floor at c: absent? A cell of "Wat de wet vraagt".
      { kind: 'topic-not-found', topic: 'klacht', name: 'Klachten', org: 'b', required: true },
      { kind: 'topic-not-found', topic: 'klacht', name: 'Klachten', org: 'c', required: true },
      // Topic cells the answer decides, the surest first: a's only clause on fotos (above the threshold within the
      // margin); b's candidates in the unsure band. Not c's weak one: c covers fotos by more, so the cell says
      // covered whatever the answer. Not a on privacy (confirmed absent), not c (nothing near, and no organisation
      // covers it, no law asks it); b's stale answer is asked again, as the clause that comes near.
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
      { kind: 'topic-possible', topic: 'privacy', name: 'Privacy', org: 'b', candidates: ['b:beeld'], score: 0.375 },
      { kind: 'topic-possible', topic: 'fotos', name: 'Foto’s', org: 'b', candidates: ['b:beeld'], score: 0.25 },
      // An empty cell with a clause near: the question is about that clause, never "absent".
      {
        kind: 'possible',
        provision: 0,
        label: 'Foto’s van leerlingen',
        first: 'a:foto',
        second: 'c:plaatjes',
        score: 0.19,
        org: 'c',
      },
      // A weak lead beside an empty cell, then a link in other words.
      {
        kind: 'not-matched',
        provision: 2,
        label: 'Sancties',
        first: 'a:sanctie',
        second: 'b:gedrag',
        score: 0.07,
        org: 'b',
      },
      {
        kind: 'low-confidence',
        provision: 0,
        label: 'Foto’s van leerlingen',
        first: 'a:foto',
        second: 'b:beeld',
        score: 0.21,
        org: 'b',
      },
    ]);
    expect(openQuestionCount(alignment)).toBe(8);
  });

  it('holds at most REVIEW_LIMIT questions, a "+ alleen hier" a clause may join before a possible match', () => {
    const only = (id: string) => ({ id, text: 'x', status: 'only' as const, similarity: 1, line: 1 });
    const lead = (id: string, score: number) => ({ id, text: 'x', line: 2, score, shared: ['regel', 'school'] });
    // 70 provisions of a alone, each with a weak lead at c; and one shared provision with a possible match at c.
    const alone = Array.from({ length: 70 }, (_, at) => ({
      label: `Eigen ${at}`,
      reference: 'a',
      members: { a: [only(`eigen-${at}`)] },
      absent: ['b', 'c'],
      notFound: { c: { candidates: [lead(`c-${at}`, 0.06 + at / 1000)] } },
    }));
    const many: Alignment = {
      ...alignment,
      topics: [],
      provisions: [
        {
          label: 'Gedeeld',
          reference: 'a',
          members: {
            a: [{ ...only('gedeeld'), status: 'reference' }],
            b: [{ ...only('gedeeld'), status: 'identical' }],
          },
          absent: ['c'],
          suggestions: { c: { id: 'c-gedeeld', text: 'x', line: 1, score: 0.3, shared: ['a', 'b'] } },
        },
        ...alone,
      ],
    };
    const questions = reviewQuestions(many);
    expect(questions).toHaveLength(REVIEW_LIMIT);
    expect(openQuestionCount(many)).toBe(71);
    // The strongest lead beside a "+ alleen hier" first; the possible match beside a shared provision after them all.
    expect(questions[0]).toMatchObject({ kind: 'not-matched', second: 'c:c-69' });
    expect(questions.some((question) => 'second' in question && question.second === 'c:c-gedeeld')).toBe(false);
    // The comparison page says how many are left for later.
    const labels = loadLabels('en', { root: PROJECT_ROOT });
    const html = renderTemplate(
      'html/compare',
      compareContext(many, loadSiteWords('en', { root: PROJECT_ROOT }), labels),
      {
        root: '',
      },
    );
    expect(html).toContain('11 more open questions, each changing less on this page, come once these are answered.');
  });

  it("asks whether a topic is absent, not about a candidate, where the candidate is under its list's floor", () => {
    // b's candidate for fotos scores 0.25: under a list's candidateFloor the cell says "not found" (no `possible`), so
    // the queue asks what it asks of any cell no clause comes near and another organisation covers: absent?
    const [fotos, ...rest] = alignment.topics ?? [];
    const cell = fotos?.notFound.b;
    if (!fotos || !cell) throw new Error('the fixture has b not found on fotos');
    const { possible: _, ...below } = cell;
    const questions = reviewQuestions({ ...alignment, topics: [{ ...fotos, notFound: { b: below } }, ...rest] });
    expect(questions.filter((question) => question.kind.startsWith('topic') && question.org === 'b')).toContainEqual({
      kind: 'topic-not-found',
      topic: 'fotos',
      name: 'Foto’s',
      org: 'b',
      required: false,
    });
    expect(questions.some((question) => question.kind === 'topic-possible' && question.topic === 'fotos')).toBe(false);
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
      'clausemark confirm --absent b klacht',
      'clausemark confirm --absent c klacht',
      'clausemark confirm --topic a:foto fotos',
      'clausemark confirm --topic b:beeld privacy',
      'clausemark confirm --topic b:beeld fotos',
      'clausemark confirm a:foto c:plaatjes',
      'clausemark confirm a:sanctie b:gedrag',
      'clausemark confirm a:foto b:beeld',
    ]);
    // A weak assignment or a clause near a topic: "covers the topic" or "does not" — no "confirm absent" there.
    expect(codes[2]?.[1]).toBe(
      'data-first="a:foto" data-second="fotos" data-topic-yes-label="covers the topic" data-topic-no-label="does not"',
    );
    expect(codes[4]?.[1]).toBe(
      'data-first="b:beeld" data-second="fotos" data-topic-yes-label="covers the topic" data-topic-no-label="does not"',
    );
    // The page is the board's: the evidence in words, no similarity score (issue 69 item 5).
    expect(queue).toContain('a:foto was put on this topic on little evidence (foto*).');
    expect(queue).toContain('No other clause of a covers it by more.');
    // A pair gets confirm and reject, and never "absent" beside it; an absence one button, with organisation and topic.
    expect(codes[5]?.[1]).toContain('data-reject-label="reject"');
    expect(codes.filter((code) => code[1]?.includes('data-absent-label')).map((code) => code[2])).toEqual([
      'clausemark confirm --absent b klacht',
      'clausemark confirm --absent c klacht',
    ]);
    expect(codes[0]?.[1]).toBe('data-first="b" data-second="klacht" data-absent-label="confirm absent"');
    // Every open question is in the queue here: no line says some are left for later.
    expect(html).not.toContain('more open questions');
    expect(queue).toContain('nothing matched at b; its closest clause, b:gedrag, is not close.');
    expect(queue).not.toMatch(/score|similarity|\d\.\d\d/);
    expect(queue).toContain('href="#provision-1"');
  });

  it("asks about an empty cell's first candidate, a pair the aligner may have missed, and about two provisions once", () => {
    const candidate = (id: string, score: number) => ({ id, text: 'x', line: 2, score, shared: ['regel'] });
    const reference = (id: string) => ({ id, text: 'x', status: 'reference' as const, similarity: 1, line: 1 });
    const only = (id: string) => ({ ...reference(id), status: 'only' as const });
    const missed: Alignment = {
      ...alignment,
      topics: [],
      provisions: [
        {
          label: 'Regel',
          reference: 'a',
          members: { a: [reference('regel')], c: [{ ...reference('regel'), status: 'reworded', similarity: 0.7 }] },
          absent: ['b'],
          // On the provision's topic, b has two clauses; the first candidate is asked about, not the weak lead.
          notFound: {
            b: {
              topics: [{ id: 't', name: 'T', clauses: ['eigen', 'ander'] }],
              candidates: [candidate('eigen', 0.09), candidate('ander', 0)],
              lead: candidate('lead', 0.06),
            },
          },
        },
        {
          label: 'Eigen',
          reference: 'b',
          members: { b: [only('eigen')] },
          absent: ['a', 'c'],
          // The same two clauses seen from b's side: a:regel is asked about once, above; and c:regel, a member of the
          // provision above, would join the same two provisions: asked once.
          notFound: { a: { candidates: [candidate('regel', 0.09)] }, c: { candidates: [candidate('regel', 0.05)] } },
        },
        {
          label: 'Ander',
          reference: 'a',
          members: { a: [only('ander')] },
          absent: ['b', 'c'],
          // On the topic, but scoring nothing against the provision: named in the cell, not asked about.
          notFound: { c: { topics: [{ id: 't', name: 'T', clauses: ['nul'] }], candidates: [candidate('nul', 0)] } },
        },
      ],
    };
    expect(
      reviewQuestions(missed).map((question) =>
        'provision' in question ? [question.kind, question.provision, question.first, question.second] : question,
      ),
    ).toEqual([['not-matched', 0, 'a:regel', 'b:eigen']]);
  });

  it("offers no clause already aligned with one of the provision's organisations, and names the cell's other pairs", () => {
    const candidate = (id: string, score: number) => ({ id, text: 'x', line: 2, score, shared: ['regel'] });
    const reference = (id: string) => ({ id, text: 'x', status: 'reference' as const, similarity: 1, line: 1 });
    const only = (id: string) => ({ ...reference(id), status: 'only' as const });
    const taken: Alignment = {
      ...alignment,
      topics: [],
      provisions: [
        {
          label: 'Regel',
          reference: 'a',
          members: { a: [reference('regel')] },
          absent: ['b'],
          // b:gedeeld is a's other provision's counterpart already: "the same" would tear that one apart. Not asked;
          // b:eigen is, and b:ander is named beside it.
          notFound: {
            b: { candidates: [candidate('gedeeld', 0.2), candidate('eigen', 0.1), candidate('ander', 0.05)] },
          },
        },
        {
          label: 'Gedeeld',
          reference: 'a',
          members: { a: [reference('elders')], b: [{ ...reference('gedeeld'), status: 'reworded', similarity: 0.7 }] },
          absent: [],
        },
        {
          label: 'Eigen',
          reference: 'b',
          members: { b: [only('eigen')] },
          absent: ['a'],
          // Seen from b:eigen's row, a:ook may be its counterpart rather than a:regel: named beside the question too.
          notFound: { a: { candidates: [candidate('regel', 0.1), candidate('ook', 0.04)] } },
        },
      ],
    };
    const [question] = reviewQuestions(taken);
    expect(question).toMatchObject({ kind: 'not-matched', provision: 0, first: 'a:regel', second: 'b:eigen' });
    expect(question && 'alternatives' in question ? question.alternatives : undefined).toEqual([
      { first: 'a:regel', second: 'b:ander' },
      { first: 'a:ook', second: 'b:eigen' },
    ]);
    expect(JSON.stringify(reviewQuestions(taken))).not.toContain('b:gedeeld');
    // The comparison page gives each pair its own command, which serve's confirm and reject buttons attach to.
    const html = renderTemplate(
      'html/compare',
      compareContext(taken, loadSiteWords('en', { root: PROJECT_ROOT }), loadLabels('en', { root: PROJECT_ROOT })),
      { root: '' },
    );
    const queue = html.slice(
      html.indexOf('<ol class="review-queue"'),
      html.indexOf('</ol>', html.indexOf('review-queue')),
    );
    expect(
      [...queue.matchAll(/<code class="confirm-command" [^>]*data-confirm-label[^>]*>([^<]*)<\/code>/g)]
        .map((code) => code[1])
        .slice(0, 3),
    ).toEqual([
      'clausemark confirm a:regel b:eigen',
      'clausemark confirm a:regel b:ander',
      'clausemark confirm a:ook b:eigen',
    ]);
  });

  it('asks about a missed pair with a strong candidate right after the law, before other topic cells', () => {
    const only = (id: string) => ({ id, text: 'x', status: 'only' as const, similarity: 1, line: 1 });
    const candidate = (id: string, score: number) => ({ id, text: 'x', line: 2, score, shared: ['regel', 'school'] });
    const topicClause = (id: string) => ({ id, line: 1, signals: ['regel*'], score: 0.75 });
    const [, , klacht] = alignment.topics ?? [];
    if (!klacht) throw new Error('the fixture has a topic the law requires');
    /**
     * a:eigen and b:eigen, each one organisation's alone, are each other's first candidate; `sameTopic` puts them on
     * one topic. c:ander's first candidate, a:los, scores more, but a:los's row (shared with b) offers nothing back.
     */
    const strong = (sameTopic: boolean): Alignment => ({
      ...alignment,
      provisions: [
        {
          label: 'Eigen a',
          reference: 'a',
          members: { a: [only('eigen')] },
          absent: ['b', 'c'],
          notFound: { b: { candidates: [candidate('eigen', 0.08)] } },
        },
        {
          label: 'Eigen b',
          reference: 'b',
          members: { b: [only('eigen')] },
          absent: ['a', 'c'],
          notFound: { a: { candidates: [candidate('eigen', 0.08)] } },
        },
        {
          label: 'Ander',
          reference: 'c',
          members: { c: [only('ander')] },
          absent: ['a', 'b'],
          notFound: { a: { candidates: [candidate('los', 0.2)] } },
        },
        { label: 'Los', reference: 'a', members: { a: [only('los')], b: [only('los')] }, absent: ['c'] },
      ],
      topics: [
        {
          id: 'regels',
          name: 'Regels',
          description: 'd',
          clauses: sameTopic ? { a: [topicClause('eigen')], b: [topicClause('eigen')] } : { a: [topicClause('eigen')] },
          notFound: {},
          // A topic's provisions are those of its covering clauses (topics.ts): b's own clause is on it only here.
          provisions: sameTopic ? [0, 1] : [0],
        },
        {
          // A topic cell the answer decides (c's one clause on it, at the threshold), which no law asks for.
          id: 'weinig',
          name: 'Weinig',
          description: 'd',
          clauses: { c: [{ id: 'ander', line: 1, signals: ['ander*'], score: 0.5 }] },
          notFound: {},
          provisions: [],
        },
        klacht,
      ],
    });
    const asked = (questions: ReturnType<typeof reviewQuestions>) =>
      questions.map((question) =>
        'second' in question
          ? `${question.first} ${question.second}`
          : `${question.kind} ${question.org} ${question.topic}`,
      );
    // The law's cells; the strong pair, asked once (from either side it joins the same two rows); the topic cell;
    // then the lead that scores more but that nothing points back at.
    expect(asked(reviewQuestions(strong(true)))).toEqual([
      'topic-not-found b klacht',
      'topic-not-found c klacht',
      'a:eigen b:eigen',
      'topic-weak c weinig',
      'c:ander a:los',
    ]);
    // Each other's closest by text alone is not a strong candidate: after the topic cell. Among the "+ alleen hier"
    // questions, the one that makes two such rows shared comes before the one that makes one (a:los's row is shared).
    expect(asked(reviewQuestions(strong(false)))).toEqual([
      'topic-not-found b klacht',
      'topic-not-found c klacht',
      'topic-weak c weinig',
      'a:eigen b:eigen',
      'c:ander a:los',
    ]);
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
