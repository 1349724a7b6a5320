// The comparison's work that needs no score matrix (src/compare/passes/matrix-free.ts), made early by Meanwhile.run() as the
// helper thread's rows allow: each value is the one made where it is used without it (topics induced, each clause's
// topics, topic scores, and the vectors prepareDocuments leaves to be made at need).
import { describe, expect, it } from 'vitest';
import { prepareDocuments } from '../../../src/compare/terms/documents.js';
import { induceTopics } from '../../../src/compare/topics/induced-topics.js';
import { matrixFreeWork } from '../../../src/compare/passes/matrix-free.js';
import { Meanwhile } from '../../../src/compare/scores/meanwhile.js';
import { documentTopics } from '../../../src/compare/passes/topic-links.js';
import { scoreTopics } from '../../../src/compare/topics/topics.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { policyPath } from '../../support/paths.js';

const SEEDS = ['aeres-mbo', 'allure', 'aloysius', 'casparus-college', 'flex-college'];
const policies = () => SEEDS.map((org) => loadPolicy(policyPath(org)).policy);

describe('matrixFreeWork', () => {
  it('makes, when run early, what is made where it is used', () => {
    const early = prepareDocuments(policies()).documents;
    const meanwhile = new Meanwhile();
    const work = matrixFreeWork(early, { topics: 'induce' }, meanwhile);
    meanwhile.run();
    const alone = prepareDocuments(policies()).documents;
    const topics = induceTopics(alone);
    expect(topics.length).toBeGreaterThan(0);
    expect(work.induced()).toEqual(topics);
    expect(work.topics()).toEqual(topics);
    expect(work.clauseTopics()).toEqual(documentTopics(alone, topics));
    expect(work.topicScores()).toEqual(scoreTopics(alone, topics));
  });

  it('leaves the topic work undone without topics', () => {
    const documents = prepareDocuments(policies()).documents;
    const work = matrixFreeWork(documents, {}, new Meanwhile());
    expect([work.induced(), work.topics(), work.clauseTopics(), work.topicScores()]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('makes the vectors left for later as the vocabulary makes them', () => {
    const { documents, vocabulary } = prepareDocuments(policies());
    const meanwhile = new Meanwhile();
    matrixFreeWork(documents, {}, meanwhile);
    meanwhile.run();
    for (const clause of documents.flatMap((document) => document.clauses)) {
      expect(clause.wordVector).toEqual(vocabulary.vector(clause.counts, true));
    }
  });
});
