// The detector the Dutch acceptance test reads clausemark's output with (tests/cli/dutch-everywhere.test.ts): it
// must find what issue 43 found a Dutch user reading, and pass what Dutch output legitimately holds (paths, IDs,
// flags, commands, field names as typed, the user's own English title).
import { describe, expect, it } from 'vitest';
import { englishIn } from './english-detector.js';

const why = (text: string, allowed: string[] = []) => englishIn(text, allowed).map((found) => found.why);

describe('englishIn', () => {
  it('finds the English, ISO dates and wrong plurals issue 43 found on a Dutch system', () => {
    for (const line of [
      'policies/linde/privacyreglement.md: approved (instemming) by P. Jansen, Voorzitter GMR, on 2025-09-01',
      'next: edit it, give a reason for each change under rationale:, and run clausemark check x.md',
      '5 files already formatted',
      'wrote a.ics',
      '  fix: voer `clausemark diff --help` uit voor de opties',
      'Usage: clausemark check [options] [paths...]',
      'status: draft → proposed',
      'built 6 PDFs in 1.9 s → out/',
    ])
      expect(why(line), line).toHaveLength(1);
    expect(why('te doen van 2026-11-24 tot 2027-11-24:')).toEqual(['ISO date: 2026-11-24']);
    expect(why('  Volgende evaluatie 2027-06-20')).toEqual(['ISO date: 2027-06-20']);
    expect(why('1    1.00 0.12 0.01')).toEqual(['decimal point: 1.00']);
    expect(why('het dichtst erbij: up.goede-naam (score 0.12)')).toEqual(['decimal point: 0.12']);
    expect(why('linde-de-wilg  Pestprotocol  1.0  vastgesteld  4  0 fouten, 1 waarschuwingen')).toEqual([
      'plural after 1: 1 waarschuwingen',
    ]);
  });

  it('passes Dutch lines with paths, IDs, flags, commands, keys and the user’s own words', () => {
    for (const line of [
      'policies/linde/de-wilg/pestprotocol.md: geen problemen gevonden',
      '  oplossing: voer `clausemark diff --help` uit voor de opties',
      'klaar: 4 pdf’s in 6,54 s → out/',
      '3.1.7 → 3.1.6 + 3.1.7  alle.plichtsverzuim → alle.plichtsverzuim + alle.maatregelen  [gesplitst · gewijzigd]',
      '  13:9    waarschuwing  de evaluatie van het Pestprotocol had op 1 september 2025 moeten plaatsvinden  procedure-review-overdue',
      '      - date: 2024-07-01',
      '  --date <JJJJ-MM-DD>     datum van het besluit (standaard: vandaag)',
      'out/in-force-2024-01-01.html',
      'vastgestelde tekst volgens git (commit 7be6dab, vaststelling 26 maart 2025)',
      'Hash van de tekst (SHA-256): be0723dbd822ad9522f23112423faa990afe359b2e5121812a801fc8ec332952',
      ' Vaststelling be-',
      '1    1,00 0,12 0,01',
      '3.1.5  alle.fotos-toestemming  versie 2.0',
      'het is 1 waarschuwing; er was er 1 van de 4 andere',
    ])
      expect(why(line), line).toEqual([]);
    expect(why('aeres-mbo  Protocol social media  1.0  vastgesteld', ['Protocol social media'])).toEqual([]);
    expect(why('aeres-mbo  Protocol social media  1.0  approved', ['Protocol social media'])).toEqual([
      'English: approved',
    ]);
  });
});
