// The caches a real run keeps in the user's cache folder (src/cli/cache.ts names the folders): the parsed messages and
// label files, the policies as parsed, files' checks, each compared document's topic scores, clause words and clause
// topics, the verdicts of the font check and the compiled wording templates. Turned on once per run, in the thread
// that runs the command (src/cli/startup/binary.ts, src/cli/startup/command-thread.ts); tests in one process parse, check and compile
// them as before.
import { keepFontChecksIn } from '../../brand/font-checks.js';
import { keepParsedMessagesIn } from '../../io/messages-cache.js';
import { keepParsedFilesIn } from '../../io/parsed-cache.js';
import { keepParsedPoliciesIn } from '../../parse/cached.js';
import { keepCheckFindingsIn } from '../../check/findings-folder.js';
import { keepClauseTopicsIn } from '../../compare/topics/clause-topics-folder.js';
import { keepClauseWordsIn } from '../../compare/terms/clause-words-folder.js';
import { keepTopicScoresIn } from '../../compare/topics/topic-scores-folder.js';
import { keepCompiledTemplatesIn } from '../../wording/compiled-cache.js';
import {
  checkFindingsCacheDir,
  clauseTopicsCacheDir,
  clauseWordsCacheDir,
  compiledTemplatesCacheDir,
  fontChecksCacheDir,
  messagesCacheDir,
  parsedFilesCacheDir,
  parsedPoliciesCacheDir,
  topicScoresCacheDir,
} from '../cache.js';

export function keepRunCaches(): void {
  keepParsedMessagesIn(messagesCacheDir());
  keepFontChecksIn(fontChecksCacheDir());
  keepCompiledTemplatesIn(compiledTemplatesCacheDir());
  keepParsedFilesIn(parsedFilesCacheDir());
  keepParsedPoliciesIn(parsedPoliciesCacheDir());
  keepCheckFindingsIn(checkFindingsCacheDir());
  keepTopicScoresIn(topicScoresCacheDir());
  keepClauseWordsIn(clauseWordsCacheDir());
  keepClauseTopicsIn(clauseTopicsCacheDir());
}
