// The wording of the HTML report (templates/labels/html/<lang>.yaml): the words around the policies on screen
// ("Zoek in het overzicht", "herschreven"). Same fallback as the PDF labels (exact tag, language, English), same
// strictness: a missing or unknown key is an error at its line, so a typo never shows as an empty button.
import { isScalar } from 'yaml';
import { errorById } from '../io/messages.js';
import { readYamlMapping } from '../io/yaml-file.js';
import { missingLanguageFile, pickLanguageFile, readCached } from './labels.js';

export const SITE_WORD_KEYS = [
  'siteTitle',
  'skipToContent',
  'home',
  'filterLabel',
  'filterPlaceholder',
  'noMatches',
  'clauses',
  'documents',
  'webPage',
  'pdf',
  'comparison',
  'comparisonIntro',
  'deviations',
  'copyLink',
  'linkCopied',
  'onlyDifferences',
  'notApproved',
  'generatedBy',
  'effectiveUnknown',
  'titleColumn',
  'corpusSummary',
  'approvedOn',
  'approvedOnOne',
  'versionDiff',
  'reports',
  'compareLink',
  'procedure',
  'stepState',
  'stepDone',
  'stepLate',
  'stepWaiting',
  'stepRefused',
  'stepMissing',
  'termExpired',
  'nextReview',
  'reviewOverdue',
] as const;

export type SiteWordKey = (typeof SITE_WORD_KEYS)[number];
export type SiteWords = Record<SiteWordKey, string> & { lang: string };

const cache = new Map<string, { stamp: string; value: SiteWords }>();

function readSiteWords(file: string): SiteWords {
  const yaml = readYamlMapping(file, {
    what: { messageId: 'settings-file.report-wording' },
    fix: { messageId: 'site-words.file-shape', params: { keys: SITE_WORD_KEYS.join(', ') } },
  });
  const words: Partial<SiteWords> = { lang: file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length) };
  for (const entry of yaml.entries) {
    if (!(SITE_WORD_KEYS as readonly string[]).includes(entry.key)) {
      throw errorById(
        {
          messageId: 'site-words.unknown',
          fixId: 'site-words.keys-are',
          params: { key: entry.key, keys: SITE_WORD_KEYS.join(', ') },
        },
        { place: { file: yaml.display, point: entry.keyPoint }, ruleId: 'labels-unknown-key' },
      );
    }
    if (!isScalar(entry.value) || entry.value.value === null || typeof entry.value.value === 'object') {
      throw errorById(
        { messageId: 'site-words.not-text', fixId: 'site-words.write-text', params: { key: entry.key } },
        { place: { file: yaml.display, point: entry.valuePoint }, ruleId: 'labels-invalid' },
      );
    }
    words[entry.key as SiteWordKey] = String(entry.value.value);
  }
  const missing = SITE_WORD_KEYS.filter((key) => words[key] === undefined);
  if (missing.length > 0) {
    throw errorById(
      { messageId: 'site-words.missing', fixId: 'site-words.copy-missing', params: { keys: missing.join(', ') } },
      { place: { file: yaml.display }, ruleId: 'labels-invalid' },
    );
  }
  return words as SiteWords;
}

/** The report wording for `lang`, cached per process and reread when the file changes. */
export function loadSiteWords(lang: string, options: { root: string }): SiteWords {
  const file = pickLanguageFile(options.root, 'labels/html', lang);
  return readCached(cache, file, readSiteWords, () =>
    missingLanguageFile(file, { messageId: 'settings-file.report-wording' }),
  );
}
