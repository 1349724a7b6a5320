// The pieces of a clause that can join a provision on their own. A clause that states several rules ("Betrokkene die
// in strijd handelen … plichtsverzuim. Correspondentie … personeelsdossier. Afhankelijk van de ernst … passende
// maatregelen.") would otherwise join one provision with all of them, and its other rules would show as absent
// where another organisation states them in clauses of their own. Its units are its sentences and runs of
// consecutive sentences (src/text/sentences.ts: "o.a.", "bijv.", "art." never end one). A table's units are its
// rows, each read with its header ("Functie: vertrouwenspersoon; Naam: J. de Vries"), so two organisations' tables
// are compared row by row and a changed cell is one row that differs, not the whole table.
import type { BlockContent, Table } from 'mdast';
import { inlineText } from '../../parse/text.js';
import { clauseSentences } from '../read/sentence-memo.js';
import type { MemberPart } from '../read/types.js';

export interface ClauseUnit {
  part: MemberPart;
  /** The unit's text as shown: the sentences as written, or the row as "header: cell; …". */
  text: string;
}

/** Runs of consecutive sentences are units up to this length (a run of all sentences is the clause itself). */
const MAX_RUN = 3;

/** The clause's sentences, trimmed (one sentence: the text itself); `split` as clauseSentences(text) gives them. */
export function sentencesOf(text: string, split: readonly string[] = clauseSentences(text)): string[] {
  return split.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

/**
 * Sentence units of a clause: each sentence and each run of two or more consecutive sentences (up to MAX_RUN and
 * short of all of them), in reading order; none for a clause of one sentence.
 */
export function sentenceUnits(text: string, split?: readonly string[]): ClauseUnit[] {
  const sentences = sentencesOf(text, split);
  const of = sentences.length;
  if (of < 2) return [];
  const units: ClauseUnit[] = [];
  for (let length = 1; length <= Math.min(MAX_RUN, of - 1); length++) {
    for (let from = 1; from + length - 1 <= of; from++) {
      const to = from + length - 1;
      units.push({ part: { kind: 'sentence', from, to, of }, text: sentences.slice(from - 1, to).join(' ') });
    }
  }
  return units;
}

/** A table row read with its header: "header: cell" for every non-empty cell, joined by "; ". */
function rowText(header: readonly string[], cells: readonly string[]): string {
  return cells
    .map((cell, index) => {
      const name = header[index] ?? '';
      return cell === '' ? '' : name === '' ? cell : `${name}: ${cell}`;
    })
    .filter((text) => text !== '')
    .join('; ');
}

function tableRows(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => inlineText(cell)));
}

/** Row units of the tables in a clause's blocks (header rows excluded), numbered across its tables from 1. */
export function tableRowUnits(blocks: readonly BlockContent[]): ClauseUnit[] {
  const rows: string[] = [];
  for (const block of blocks) {
    if (block.type !== 'table') continue;
    const [header = [], ...body] = tableRows(block);
    for (const cells of body) {
      const text = rowText(header, cells);
      if (text !== '') rows.push(text);
    }
  }
  return rows.map((text, index) => ({ part: { kind: 'row', row: index + 1, of: rows.length }, text }));
}

/** The units of a clause: its table rows when it holds a table, else its sentences. */
export function clauseUnits(text: string, blocks: readonly BlockContent[]): ClauseUnit[] {
  const rows = tableRowUnits(blocks);
  return rows.length > 0 ? rows : sentenceUnits(text);
}

/** Whether two parts of one clause share a sentence or a row. */
export function partsOverlap(a: MemberPart, b: MemberPart): boolean {
  if (a.kind === 'row') return b.kind === 'row' && a.row === b.row;
  if (b.kind === 'row') return false;
  return a.from <= b.to && b.from <= a.to;
}
