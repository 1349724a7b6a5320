// lang picks hyphenation and output labels; a name like "Nederlands" instead of a tag would silently fall back.
import type { Rule } from '../rule.js';
import { valuePlace } from './support.js';
import { DEFAULT_DOCUMENT_LANGUAGE } from '../../text/output-language.js';

const BCP47 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** Language names people write instead of a tag. */
const NAMES: Record<string, string> = {
  nederlands: 'nl',
  dutch: 'nl',
  vlaams: 'nl-BE',
  flemish: 'nl-BE',
  engels: 'en',
  english: 'en',
  fries: 'fy',
  frysk: 'fy',
  frisian: 'fy',
  duits: 'de',
  german: 'de',
  deutsch: 'de',
  frans: 'fr',
  french: 'fr',
  français: 'fr',
};

function suggestion(written: string): string {
  const trimmed = written.trim();
  const named = NAMES[trimmed.toLowerCase()];
  if (named) return named;
  // nl_NL and "nl NL" are the POSIX and the sloppy spelling of nl-NL.
  const separated = trimmed.replace(/[_\s]+/g, '-');
  return BCP47.test(separated) ? separated : DEFAULT_DOCUMENT_LANGUAGE;
}

export const invalidLang: Rule = {
  id: 'invalid-lang',
  severity: 'error',
  description: 'lang is not a BCP-47 language tag such as nl or en-GB',
  run({ policy }) {
    const lang = policy.frontmatter?.data.lang;
    // Non-text is field-type's; empty defaults to nl.
    if (typeof lang !== 'string' || lang.trim() === '' || BCP47.test(lang)) return [];
    return [
      {
        messageId: 'invalid-lang.not-a-tag',
        fixId: 'invalid-lang.write-tag',
        params: { lang, suggestion: suggestion(lang) },
        place: valuePlace(policy, 'lang'),
      },
    ];
  },
};
