// Issue 16, noise: "moved" entries on real version chains. Diffs every consecutive pair of versions in
// ../shared/dev-corpus (files of one family with the same name stem, in date order) and prints the moved entries
// per pair and in total (61 before matching used order and context, src/diff/order-context.ts). The civil code
// has the same bracketed notice ("[Dit onderdeel is nog niet in werking getreden]", "[Vervallen per …]") under
// many articles; its words cannot say which is which, and those copies used to be paired in reading order: 11 of
// them were reported as moved. A notice that stayed with its article is never moved.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { loadComparable } from '../../src/diff/inputs.js';
import type { Policy } from '../../src/model/policy.js';
import { allClauses } from '../../src/model/walk.js';
import { sharedData } from '../support/paths.js';

const corpus = sharedData('dev-corpus');

/** Consecutive versions: the files of a family that share a name stem before the date or version, in name order. */
function versionPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const family of readdirSync(corpus.dir, { withFileTypes: true })) {
    if (!family.isDirectory()) continue;
    const files = readdirSync(join(corpus.dir, family.name))
      .filter((file) => /\.(md|txt|html)$/.test(file))
      .sort();
    const stems = new Map<string, string[]>();
    for (const file of files) {
      const stem = file.replace(/-?\d{4}-\d{2}-\d{2}.*$/, '').replace(/-v\d.*$/, '');
      stems.set(stem, [...(stems.get(stem) ?? []), join(family.name, file)]);
    }
    for (const list of stems.values())
      for (let i = 1; i < list.length; i++) pairs.push([list[i - 1], list[i]] as [string, string]);
  }
  return pairs;
}

function textCounts(policy: Policy): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { clause } of allClauses(policy)) {
    const text = clause.text.normalize('NFC');
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

describe.skipIf(!corpus.present)(
  corpus.present ? 'moved entries on consecutive dev-corpus versions' : `moved entries: skipped, ${corpus.absent}`,
  () => {
    it('prints them per pair, and reports no repeated notice as moved', () => {
      const lines: string[] = [];
      const movedNotices: string[] = [];
      let total = 0;
      const loaded = new Map<string, Policy>();
      const load = (file: string): Policy => {
        const policy = loaded.get(file) ?? loadComparable(join(corpus.dir, file));
        loaded.set(file, policy);
        return policy;
      };
      for (const [oldFile, newFile] of versionPairs()) {
        const before = load(oldFile);
        const after = load(newFile);
        const moved = diffPolicies(before, after).changes.filter((change) => change.kinds.includes('moved'));
        total += moved.length;
        if (moved.length > 0) lines.push(`${oldFile} → ${newFile}: ${moved.length} moved`);
        const [oldCounts, newCounts] = [textCounts(before), textCounts(after)];
        for (const change of moved) {
          const text = change.old?.text ?? '';
          const notice = /^\[[^\]]*\]$/.test(text) && text === change.new?.text;
          if (notice && ((oldCounts.get(text) ?? 0) > 1 || (newCounts.get(text) ?? 0) > 1))
            movedNotices.push(`${oldFile}:${change.old?.line} → ${change.new?.line}: ${text.slice(0, 60)}`);
        }
      }
      console.log([`moved entries on consecutive versions: ${total}`, ...lines].join('\n  '));
      expect(movedNotices).toEqual([]);
    });
  },
);
