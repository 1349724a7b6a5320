// law-outdated (issue 70): the legal data a policy's kind cites — each templates/law/ file's `checked:`, the day its
// articles were read against the consolidated text — is noted once it is more than a year old, with the laws named,
// in English and Dutch. The clock is set by the test (lawOutdatedAt), so the rule is tested on either side of the year.
import { describe, expect, it } from 'vitest';
import { lawOutdatedAt } from '../../../src/check/rules/law-outdated.js';
import { findProject } from '../../../src/io/project.js';
import { readLawIndex } from '../../../src/procedure/law-index.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { messageLanguage, setMessageLanguage } from '../../../src/io/messages.js';
import { checkWorded, sites } from './helpers.js';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../support/paths.js';

/** A primary school's klachtenregeling: its procedure cites the WMS and the WPO, its topic list the WPO, WVO 2020 and Awb. */
const SOURCE = `---
id: klachtenregeling
title: Klachtenregeling
organisation: De School
version: "1.0"
lang: nl
kind: klachtenregeling
---

## Klachten {#klachten}

1. {#klachten.indienen} Een klacht wordt binnen een jaar ingediend.
`;

const policy = () => parsePolicy(SOURCE, { path: join(PROJECT_ROOT, 'policies', 'school', 'klachtenregeling.md') });
const project = findProject(PROJECT_ROOT);
const at = (day: string) => lawOutdatedAt(() => Date.parse(`${day}T12:00:00Z`));
const laws = [...readLawIndex(join(PROJECT_ROOT, 'templates')).values()];
/** The latest `checked:` day of the shipped law texts: a year after it, every one of them is outdated. */
const checked =
  laws
    .map((law) => law.checked)
    .sort()
    .at(-1) ?? '';
/** The `checked:` day of one law, each file's own (the laws were not all read on one day). */
const checkedOf = (name: string) => laws.find((law) => law.law === name)?.checked ?? `no law ${name}`;
const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);

describe('law-outdated', () => {
  it('says nothing within a year of the day the law was read', () => {
    expect(checkWorded(policy(), [at(dayAfter(checked, 300))], { project }).findings).toEqual([]);
  });

  it('notes each cited law read more than a year ago, at the kind, and only those the kind cites', () => {
    const result = checkWorded(policy(), [at(dayAfter(checked, 400))], { project });
    expect(sites(result.findings)).toEqual(['7:7 warning law-outdated']);
    const [finding] = result.findings;
    for (const law of ['WPO', 'WMS', 'Awb', 'WVO 2020'])
      expect(finding?.message).toContain(`${law} (${checkedOf(law)})`);
    // The AVG and the Wet bescherming klokkenluiders are not cited by a klachtenregeling.
    expect(finding?.message).not.toContain('AVG');
    expect(finding?.message).not.toContain('Wbk');
    expect(finding?.message).toContain('more than a year ago');
    expect(finding?.fix).toContain('templates/law/wpo.yaml');
  });

  it('words it in Dutch for a Dutch reader', () => {
    const before = messageLanguage();
    setMessageLanguage('nl');
    try {
      const [dutch] = checkWorded(policy(), [at(dayAfter(checked, 400))], { project }).findings;
      expect(dutch?.message).toContain('meer dan een jaar geleden voor het laatst nagelezen');
      expect(dutch?.message).toContain(`WPO (${checkedOf('WPO')})`);
      expect(dutch?.fix).toContain('templates/law/wpo.yaml');
    } finally {
      setMessageLanguage(before);
    }
  });

  it('says nothing of a policy that names no kind', () => {
    const plain = parsePolicy(SOURCE.replace('kind: klachtenregeling\n', ''), { path: 'x.md' });
    expect(checkWorded(plain, [at('2099-01-01')], { project }).findings).toEqual([]);
  });
});
