// A revision's footnotes as Word tracked changes: a note the old version lacked is inserted, a reworded one shows
// its redline (src/render/docx/tracked-blocks.ts), one the new version lacks is deleted after the others, and the
// footnotes' heading is inserted or deleted with the first or the last note. Notes are the same note when they
// have the same label ([^pas]) in both versions.
import type { Policy } from '../../model/policy.js';
import { blocksText } from '../../parse/text.js';
import { numberFootnotes } from '../shared/inline.js';
import { contentBlocks, type BlockContext, type Lead, type WordBlock } from './blocks.js';
import type { FootnoteHooks } from './frame.js';
import { NOTE_INDENT } from './frame.js';
import { wordRuns, type RunMark } from './inline.js';
import { contentRedline, type RevisionContext } from './tracked-blocks.js';
import type { BlockContent } from 'mdast';

/** The old version's notes the new one lacks, each deleted with its old number. */
function goneNotes(
  revision: RevisionContext,
  oldPolicy: Policy,
  newPolicy: Policy,
  context: BlockContext,
): WordBlock[] {
  const deleted: RunMark = { kind: 'delete', revision: revision.revision };
  const blocks: BlockContext = { ...context, inline: revision.oldInline, mark: deleted };
  const rest = { style: 'Clause', indent: { left: NOTE_INDENT } };
  return [...numberFootnotes(oldPolicy)]
    .filter(([key]) => newPolicy.footnotes[key] === undefined)
    .flatMap(([key, number]) => {
      const lead: Lead = {
        paragraph: { style: 'Clause', indent: { left: NOTE_INDENT, hanging: NOTE_INDENT } },
        label: wordRuns([{ text: `${number}\t`, style: { colour: context.style.link } }], context.style, deleted),
      };
      const children = (oldPolicy.footnotes[key]?.children ?? []) as BlockContent[];
      return contentBlocks(blocks, children, rest, lead);
    });
}

export function trackedFootnotes(revision: RevisionContext, oldPolicy: Policy, newPolicy: Policy): FootnoteHooks {
  const had = Object.keys(oldPolicy.footnotes).length > 0;
  const has = Object.keys(newPolicy.footnotes).length > 0;
  const inserted: RunMark = { kind: 'insert', revision: revision.revision };
  const heading: RunMark | undefined =
    had === has ? undefined : has ? inserted : { kind: 'delete', revision: revision.revision };
  return {
    ...(heading ? { heading } : {}),
    mark: (key) => (oldPolicy.footnotes[key] === undefined ? inserted : { kind: 'plain' }),
    content: (key, place) => {
      const old = oldPolicy.footnotes[key]?.children as BlockContent[] | undefined;
      const now = newPolicy.footnotes[key]?.children as BlockContent[] | undefined;
      if (!old || !now || blocksText(old) === blocksText(now)) return undefined;
      return contentRedline(revision, old, now, place);
    },
    gone: (context) => goneNotes(revision, oldPolicy, newPolicy, context),
  };
}
