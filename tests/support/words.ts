// Words for checking a PDF's text layer against its source: the words a reader sees (title, organisation, headings,
// clauses, footnotes) and the words `pdftotext` gives back, both compatibility-normalised (the ĳ and ﬁ ligature
// characters become "ij" and "fi"), lower-cased and split at anything that is not a letter or digit.
import { execFileSync } from 'node:child_process';
import { toString } from 'mdast-util-to-string';
import type { Policy } from '../../src/model/policy.js';
import { allClauses, allSections } from '../../src/model/walk.js';

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** What the policy prints: title, organisation, headings, clauses and footnotes. */
export function policyTexts(policy: Policy): string[] {
  return [
    policy.meta.title,
    policy.meta.organisation,
    ...allSections(policy).map((section) => section.title),
    ...allClauses(policy).map(({ clause }) => clause.text),
    ...Object.values(policy.footnotes).map((footnote) => toString(footnote)),
  ];
}

/** Distinct words of what the policy prints. */
export function policyWords(policy: Policy): Set<string> {
  return new Set(policyTexts(policy).flatMap(words));
}

/** Neighbouring words with a hyphen between them ("WhatsApp-groep", "film- en"): [first, second]. */
function hyphenPairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  const pattern = /([\p{L}\p{N}]+)(?=([^\p{L}\p{N}]*[-\u2010][^\p{L}\p{N}]*)([\p{L}\p{N}]+))/gu;
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(pattern)) pairs.push([match[1]!, match[3]!]);
  return pairs;
}

/**
 * Distinct words of the PDF's text as poppler's pdftotext extracts it (what copy and search give). A word
 * hyphenated at a line end counts joined; its halves count too, since a hyphen at a line end may be the word's own.
 */
export function pdfWords(pdf: Uint8Array): Set<string> {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 << 20 }).toString(
    'utf8',
  );
  const joined = text.replace(/(\p{L})[-\u2010]\n(?=\p{L})/gu, '$1');
  return new Set([...words(text), ...words(joined)]);
}

/**
 * Source words the PDF's text layer does not give back, sorted. pdftotext joins a line ending in a hyphen with the
 * next line, also where the hyphen is the text's own ("WhatsApp-" + "groep", "film-" + "en"): two words written
 * with a hyphen between them count as given back when the PDF has them joined.
 */
export function missingWords(policy: Policy, pdf: Uint8Array): string[] {
  const found = pdfWords(pdf);
  const texts = policyTexts(policy);
  for (const [first, second] of texts.flatMap(hyphenPairs)) {
    if (found.has(first + second)) found.add(first).add(second);
  }
  return [...new Set(texts.flatMap(words))].filter((word) => !found.has(word)).sort();
}

export function havePdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
