// The workplace's review questions (src/jobs/serve-questions.ts) in-process, on two organisations' social-media protocols
// of the corpus in a real git repository: the questions are the review page's over compare's alignment; a topic
// question answered is recorded by confirm's job (on-topic, in policies/alignments.yaml) and committed by the officer
// with a Dutch message, and is asked no more; an answer without the officer's name, to a question that is not open,
// or of a kind not compared is refused, nothing written. (The pair answer through the page: tests/e2e/serve-questions.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject } from '../../src/io/project.js';
import { WorkplaceRefusal } from '../../src/jobs/serve-actions.js';
import { answerQuestion, openQuestions } from '../../src/jobs/serve-questions.js';
import { socialMediaRepo } from '../support/workplace-endpoint.js';
import { PROJECT_ROOT } from '../support/paths.js';

const project = findProject(PROJECT_ROOT);

/** What `run` rejects with (it must reject). */
async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('the workplace’s review questions', () => {
  it('records a topic answer as confirm does, commits it by the officer, and asks it no more; refuses what is not open', async () => {
    const repo = socialMediaRepo();
    const answers = join(repo.root, 'policies', 'alignments.yaml');

    const open = await openQuestions(repo.root, 'social-media', project);
    expect(open.names).toEqual(['Aeres MBO', 'Stichting Allure']);
    const topical = open.groups
      .flatMap((group) => group.items)
      .flatMap((item) => item.buttons)
      .find((button) => button.verdict === 'on-topic');
    expect(topical).toBeDefined();
    const { first, second } = topical!;

    // Refused, nothing written: no name, a question not asked, a kind not compared.
    const answer = { verdict: 'on-topic', first, second };
    const unnamed = await rejection(() => answerQuestion(repo.root, 'social-media', answer, ' ', project));
    expect(unnamed).toBeInstanceOf(WorkplaceRefusal);
    const made = { verdict: 'same', first, second: 'allure:bestaat.niet' };
    const notOpen = await rejection(() => answerQuestion(repo.root, 'social-media', made, 'A. Beleid', project));
    expect((notOpen as WorkplaceRefusal).conflict).toBe(true);
    const kind = await rejection(() => answerQuestion(repo.root, 'pestprotocol', answer, 'A. Beleid', project));
    expect(kind).toBeInstanceOf(WorkplaceRefusal);
    expect(existsSync(answers)).toBe(false);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('1');

    const committed = await answerQuestion(repo.root, 'social-media', answer, 'A. Beleid', project);
    expect(readFileSync(answers, 'utf8')).toMatch(
      new RegExp(`^- on-topic: \\[${first.replaceAll('.', '\\.')}@[0-9a-f]{16}, ${second}\\]$`, 'm'),
    );
    const topic = open.alignment.topics?.find((candidate) => candidate.id === second)?.name;
    const [org, clause] = first.split(':');
    const name = org === 'allure' ? 'Stichting Allure' : 'Aeres MBO';
    expect(committed.message).toBe(
      `Antwoord op reviewvraag vastgelegd: ${name} (${clause}) regelt ${topic} (social-media)`,
    );
    expect(repo.git('log', '-1', '--format=%an|%s').trim()).toBe(`A. Beleid|${committed.message}`);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('policies/alignments.yaml');

    const after = await openQuestions(repo.root, 'social-media', project);
    const still = after.groups
      .flatMap((group) => group.items)
      .flatMap((item) => item.buttons)
      .filter((button) => button.first === first && button.second === second);
    expect(still).toEqual([]);
  }, 120_000);
});
