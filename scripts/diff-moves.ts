// Prints the "moved" entries `diff` reports on every pair of consecutive versions in ../shared/dev-corpus (the files
// of one family with the same name stem, in name order), per pair and in total, and lists moved copies of a
// bracketed notice that occurs more than once in a version ("[Vervallen per …]"): issue 16's measure of false
// moves. Run: `npx vite-node scripts/diff-moves.ts` (add --list to print every moved entry). Exits 1 when a notice
// is reported moved.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffPolicies } from '../src/diff/diff.js';
import { loadComparable } from '../src/diff/inputs.js';
import type { Policy } from '../src/model/policy.js';
import { allClauses } from '../src/model/walk.js';

const corpus = resolve('..', 'shared', 'dev-corpus');
const list = process.argv.includes('--list');

function versionPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const family of readdirSync(corpus, { withFileTypes: true })) {
    if (!family.isDirectory()) continue;
    const stems = new Map<string, string[]>();
    for (const file of readdirSync(join(corpus, family.name))
      .filter((name) => /\.(md|txt|html)$/.test(name))
      .sort()) {
      const stem = file.replace(/-?\d{4}-\d{2}-\d{2}.*$/, '').replace(/-v\d.*$/, '');
      stems.set(stem, [...(stems.get(stem) ?? []), join(family.name, file)]);
    }
    for (const files of stems.values())
      for (let i = 1; i < files.length; i++) pairs.push([files[i - 1] as string, files[i] as string]);
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

if (!existsSync(corpus)) {
  console.log('skipped: ../shared/dev-corpus is not present');
} else {
  let total = 0;
  const notices: string[] = [];
  const loaded = new Map<string, Policy>();
  const load = (file: string): Policy => {
    const policy = loaded.get(file) ?? loadComparable(join(corpus, file));
    loaded.set(file, policy);
    return policy;
  };
  for (const [oldFile, newFile] of versionPairs()) {
    const before = load(oldFile);
    const after = load(newFile);
    const moved = diffPolicies(before, after).changes.filter((change) => change.kinds.includes('moved'));
    total += moved.length;
    if (moved.length > 0) console.log(`${oldFile} → ${newFile}: ${moved.length} moved`);
    const counts = [textCounts(before), textCounts(after)];
    for (const change of moved) {
      const text = change.old?.text ?? '';
      if (list)
        console.log(`    ${change.old?.line} → ${change.new?.line}: ${text.slice(0, 70).replace(/\n/g, ' / ')}`);
      const repeated = counts.some((count) => (count.get(text) ?? 0) > 1);
      if (/^\[[^\]]*\]$/.test(text) && text === change.new?.text && repeated)
        notices.push(`${oldFile}:${change.old?.line} → ${change.new?.line}: ${text}`);
    }
  }
  console.log(`moved entries on consecutive versions: ${total}; moved copies of a repeated notice: ${notices.length}`);
  for (const notice of notices) console.log(`  ${notice}`);
  if (notices.length > 0) process.exitCode = 1;
}
