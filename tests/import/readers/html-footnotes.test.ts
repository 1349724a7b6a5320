// A footnote a web page makes by hand (a raised number linking to its note at the foot of the page) is a footnote of
// the policy, as a Word document's is: it was read as a clause of the last section. Only a link and note beyond
// doubt are taken; any other page keeps its text as it is, and no word is lost either way.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { allClauses } from '../../../src/model/walk.js';
import { parsePolicy } from '../../../src/parse/index.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-html-footnotes-'));

/** A page with `body` under a title and an article heading, imported. */
async function imported(name: string, body: string) {
  const file = join(folder, `${name}.html`);
  writeFileSync(
    file,
    `<!DOCTYPE html>\n<html lang="nl"><body>\n<h1>Klachtenregeling</h1>\n<h2>Bezwaar</h2>\n${body}\n</body></html>\n`,
  );
  const result = await importDocument(file, { org: 'school', dryRun: true });
  const { policy } = parsePolicy(result.output);
  return {
    output: result.output,
    accounting: result.accounting,
    /** What the report lists as left out. */
    dropped: result.dropped,
    clauses: allClauses(policy).map(({ clause }) => clause.text),
    /** The clauses' lines as written, their footnote references included. */
    lines: result.output.split('\n').filter((line) => line.startsWith('{#')),
    notes: Object.fromEntries(Object.entries(policy.footnotes).map(([label, note]) => [label, plainText(note).trim()])),
  };
}

const CITING =
  '<p>Een ouder kan bezwaar maken tegen het besluit.<sup><a href="#fn1" id="ref1">1</a></sup> De school beslist binnen zes weken.</p>';

describe('a footnote made by hand in HTML', () => {
  it.each([
    [
      'a paragraph with the number raised',
      '<hr><p id="fn1"><sup>1</sup> Zie artikel 9:4 Awb. <a href="#ref1">↩</a></p>',
    ],
    ['a list of notes', '<ol class="footnotes"><li id="fn1">Zie artikel 9:4 Awb.</li></ol>'],
    ['a block of notes', '<div class="footnotes"><p id="fn1">[1] Zie artikel 9:4 Awb.</p></div>'],
    // Word's "Save as HTML": the link leads to an anchor named in the note, its number linking back.
    [
      'a note of Word saved as HTML',
      '<div id="ftn1"><p><a href="#ref1" name="fn1">[1]</a> Zie artikel 9:4 Awb.</p></div>',
    ],
  ])('is a footnote of the clause that cites it: %s', async (name, notes) => {
    const result = await imported(name.replaceAll(' ', '-'), `${CITING}\n${notes}`);
    expectCitedOnce(result);
  });

  it('is a footnote in the markup Word\'s "Save as HTML" writes: its note\'s number links back to the reference', async () => {
    // Word names both anchors after the note ("_ftnref1" and "_ftn1"): the link back from the note is no reference.
    const result = await imported(
      'word-save-as-html',
      `<p class=MsoNormal>Een ouder kan bezwaar maken tegen het besluit.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'></span><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:11.0pt'>[1]</span></span><![endif]></span></a> De school beslist binnen zes weken.</p>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'></span><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:10.0pt'>[1]</span></span><![endif]></span></a> Zie artikel 9:4 Awb.</p>
</div>
</div>`,
    );
    expectCitedOnce(result);
  });
});

/** The one clause of CITING, citing note 1, "Zie artikel 9:4 Awb.", every word accounted for. */
function expectCitedOnce(result: Awaited<ReturnType<typeof imported>>): void {
  {
    expect(result.lines).toEqual([
      '{#bezwaar.ouder-bezwaar-maken} Een ouder kan bezwaar maken tegen het besluit.[^1] De school beslist binnen zes weken.',
    ]);
    expect(result.notes).toEqual({ 1: 'Zie artikel 9:4 Awb.' });
    expect(result.output).not.toContain('↩');
    expect(result.accounting).toMatchObject({ missing: [], recall: 1 });
    expect(result.accounting.kept).toBe(result.accounting.total);
  }
}

describe('a footnote made by hand in HTML, read by other makers', () => {
  it("reads pandoc's footnotes, the reference's number inside its link, and one note cited twice", async () => {
    const result = await imported(
      'pandoc',
      `<p>De klacht wordt ingediend.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>
<p>Ook een mondelinge klacht telt.<sup><a href="#fn1">1</a></sup></p>
<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr />
<ol><li id="fn1"><p>Zie artikel 9:4 Awb.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol>
</section>`,
    );
    expect(result.lines).toEqual([
      '{#bezwaar.klacht-ingediend} De klacht wordt ingediend.[^1]',
      '{#bezwaar.mondelinge-klacht-telt} Ook een mondelinge klacht telt.[^1]',
    ]);
    expect(result.notes).toEqual({ 1: 'Zie artikel 9:4 Awb.' });
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('a footnote marked by "*", "†" or a letter instead of a number', () => {
  it.each([
    [
      'a raised asterisk',
      '<p>Een ouder kan bezwaar maken.<sup><a href="#fn1">*</a></sup></p><p id="fn1">* Zie artikel 9:4 Awb.</p>',
      '*',
    ],
    [
      'a raised letter',
      '<p>Een ouder kan bezwaar maken.<sup><a href="#noot-a">a</a></sup></p><p id="noot-a">a) Zie artikel 9:4 Awb.</p>',
      'a',
    ],
    [
      'a dagger named a note, its note in a list',
      '<p>Een ouder kan bezwaar maken.<a class="footnote-ref" href="#fn-dagger">†</a></p><ol class="footnotes"><li id="fn-dagger">Zie artikel 9:4 Awb.</li></ol>',
      '†',
    ],
  ])('is read as a numbered one is: %s', async (name, body, label) => {
    const result = await imported(`mark-${name.replaceAll(' ', '-')}`, body);
    expect(result.lines).toEqual([`{#bezwaar.ouder-bezwaar-maken} Een ouder kan bezwaar maken.[^${label}]`]);
    expect(result.notes).toEqual({ [label]: 'Zie artikel 9:4 Awb.' });
    expect(result.accounting).toMatchObject({ missing: [], recall: 1 });
  });

  it('reads two notes marked a and b, each with its own mark, none run into the word before it', async () => {
    const result = await imported(
      'letters',
      `<p>De directeur beslist binnen twee weken<sup><a href="#fna">a</a></sup> over de maatregel.</p>
<p>De ouders worden gehoord<sup><a href="#fnb">b</a></sup>.</p>
<hr><p id="fna">a Gerekend vanaf de dag van de melding.</p><p id="fnb">b Mondeling of schriftelijk.</p>`,
    );
    expect(result.output).not.toContain('wekena');
    expect(result.notes).toEqual({ a: 'Gerekend vanaf de dag van de melding.', b: 'Mondeling of schriftelijk.' });
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('a link that is not beyond doubt a footnote', () => {
  it.each([
    ['no element of that id', `${CITING}<p id="fn2">1 Zie artikel 9:4 Awb.</p>`],
    ['two elements of that id', `${CITING}<p id="fn1">1 Zie artikel 9:4 Awb.</p><p id="fn1">1 Zie de wet.</p>`],
    ['a note that opens with another number', `${CITING}<p id="fn1">2 Zie artikel 9:4 Awb.</p>`],
    ['a target standing before the link', `<p id="fn1">1 Zie artikel 9:4 Awb.</p>${CITING}`],
    ['a target that is a part of the page', `${CITING}<div id="fn1"><h2>Slot</h2><p>1 Zie artikel 9:4 Awb.</p></div>`],
    [
      'a number not raised nor named a note',
      `<p>Zie bijlage <a href="#b1">1</a>.</p><p id="b1">1 Zie artikel 9:4 Awb.</p>`,
    ],
    [
      'a note that holds two notes',
      `${CITING}<p><a name="fn1">1</a> Zie artikel 9:4 Awb.<br><a name="fn2">2</a> Zie de wet.</p><p>Zie<sup><a href="#fn2">2</a></sup></p>`,
    ],
    [
      'a note that opens with another letter',
      '<p>Een ouder kan bezwaar maken.<sup><a href="#fna">a</a></sup></p><p id="fna">b) Zie artikel 9:4 Awb.</p>',
    ],
    [
      'a capital letter, as an appendix is named',
      '<p>Een ouder kan bezwaar maken.<sup><a href="#fnA">A</a></sup></p><p id="fnA">A Zie artikel 9:4 Awb.</p>',
    ],
    [
      'a letter not raised nor named a note',
      '<p>Zie onderdeel <a href="#b">b</a>.</p><p id="b">b Zie artikel 9:4 Awb.</p>',
    ],
    [
      'the link hidden',
      '<p>Een ouder kan bezwaar maken.<sup hidden><a href="#fn1">1</a></sup></p><p id="fn1">1 Zie artikel 9:4 Awb.</p>',
    ],
  ])('keeps the text as it is: %s', async (name, body) => {
    const result = await imported(name.replaceAll(' ', '-'), body);
    expect(result.output).not.toContain('[^');
    expect(result.notes).toEqual({});
    expect(result.clauses.join(' ')).toContain('Zie artikel 9:4 Awb.');
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('a heading over the hand-made notes', () => {
  it.each([
    ['Voetnoten', '<h2>Voetnoten</h2><p id="fn1">1 Zie artikel 9:4 Awb.</p>'],
    ['Noten', '<h2>Noten</h2><ol class="footnotes"><li id="fn1">Zie artikel 9:4 Awb.</li></ol>'],
    ['Notes', '<h3>Notes:</h3><div class="footnotes"><p id="fn1">[1] Zie artikel 9:4 Awb.</p></div>'],
  ])('is left out and listed once its notes are footnotes: %s', async (heading, notes) => {
    const result = await imported(`heading-${heading}`, `${CITING}\n${notes}`);
    expect(result.output).not.toMatch(new RegExp(`^#+ ${heading}`, 'mu'));
    expect(result.output).toContain('[^1]: Zie artikel 9:4 Awb.');
    expect(result.dropped).toContainEqual(
      expect.objectContaining({
        text: `${heading}${heading === 'Notes' ? ':' : ''}`,
        reason: 'heading over notes that became footnotes',
      }),
    );
    expect(result.accounting).toMatchObject({ missing: [], recall: 1 });
    expect(result.accounting.kept + result.accounting.listed + result.accounting.numbering).toBe(
      result.accounting.total,
    );
  });

  it.each([
    [
      'other text under it',
      '<h2>Voetnoten</h2><p>Bronnen staan op de website.</p><p id="fn1">1 Zie artikel 9:4 Awb.</p>',
    ],
    ['a note that stays text', '<h2>Voetnoten</h2><p id="fn1">2 Zie artikel 9:4 Awb.</p>'],
    ['a heading that names no notes', '<h2>Bronnen</h2><p id="fn1">1 Zie artikel 9:4 Awb.</p>'],
    [
      'a section under it',
      '<h2>Voetnoten</h2><p id="fn1">1 Zie artikel 9:4 Awb.</p><h3>Slot</h3><p>De regeling geldt.</p>',
    ],
  ])('stays where the section under it is not empty of all but notes: %s', async (name, notes) => {
    const result = await imported(`kept-${name.replaceAll(' ', '-')}`, `${CITING}\n${notes}`);
    expect(result.output).toMatch(/^## (Voetnoten|Bronnen)/mu);
    expect(result.dropped.map((dropped) => dropped.text)).not.toContain('Voetnoten');
    expect(result.accounting.missing).toEqual([]);
  });
});
