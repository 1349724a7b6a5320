// A document saved as HTML by Word or downloaded from Google Docs keeps its comments: their text at the end of the
// page, a mark ("[PJ1]", "[a]") where each was made. A reviewer's note is no policy text: it was read as a clause of
// the last article (Word) or a footnote of the policy (Google Docs), its mark as a word of the clause it was on. Both
// are left out and listed; the words commented on stay the policy's.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { allClauses } from '../../../src/model/walk.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { isCommentPart } from '../../../src/import/readers/html-comments.js';

/** The markup Word 2016 writes for a page with one comment, "Moet dit niet ook per e-mail kunnen?", by P. Jansen. */
const SAVED_BY_WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><title>Klachtenregeling</title></head>
<body lang=NL style='tab-interval:35.4pt'>
<div class=WordSection1>
<h1>Klachtenregeling Stichting Eduwijs</h1>
<h2>Artikel 1 Indienen</h2>
<p class=MsoNormal><a style='mso-comment-reference:PJ_1;mso-comment-date:20250301T1015'>Een klacht wordt schriftelijk ingediend</a><span class=MsoCommentReference><span style='font-size:8.0pt'><a class=msocomanchor id="_anchor_1" onmouseover="msoCommentShow('_anchor_1','_com_1')" onmouseout="msoCommentHide('_com_1')" href="#_msocom_1" language=JavaScript name="_msoanchor_1">[PJ1]</a>&nbsp;</span></span> bij de klachtencommissie.</p>
<h2>Artikel 2 Termijn</h2>
<p class=MsoNormal>De commissie beslist binnen tien weken na ontvangst.</p>
</div>
<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff align=left size=1 width="33%"><![endif]>
<div style='mso-element:comment'><![if !supportAnnotations]><div id="_com_1" class=msocomtxt language=JavaScript onmouseover="msoCommentShow('_anchor_1','_com_1')" onmouseout="msoCommentHide('_com_1')"><![endif]>
<div><![if !supportAnnotations]><a name="_msocom_1"></a><![endif]>
<p class=MsoCommentText><span class=MsoCommentReference><span style='mso-special-character:comment'>&nbsp;<![if !supportAnnotations]><a href="#_msoanchor_1" class=msocomoff>[PJ1]</a><![endif]></span></span>Moet dit niet ook per e-mail kunnen? Graag aanpassen voor vaststelling.</p>
</div>
<![if !supportAnnotations]></div><![endif]></div>
</div>
</body>
</html>
`;

const COMMENT = "a comment (a reviewer's note and its mark, made in Word or Google Docs; not policy text)";

/** The policy's clauses and footnotes, and what the report lists as left out, of `page` imported. */
async function imported(name: string, page: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'clausemark-html-comments-')), name);
  writeFileSync(file, page);
  const result = await importDocument(file, { org: 'eduwijs', dryRun: true });
  const { policy } = parsePolicy(result.output);
  return {
    result,
    clauses: allClauses(policy).map(({ clause }) => clause.text),
    footnotes: Object.keys(policy.footnotes),
    dropped: result.dropped.map(({ text, reason }) => [text, reason]),
  };
}

/** The page Google Docs gives for "Download > Web page": a comment "[a]" and a footnote "[1]". */
const FROM_GOOGLE_DOCS = `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"></head><body class="c5 doc-content"><h1 class="c4" id="h.abc123"><span class="c2">Klachtenregeling Stichting Eduwijs</span></h1><h2 class="c4" id="h.def456"><span class="c2">Indienen</span></h2><p class="c0"><span class="c2">Een klacht wordt schriftelijk ingediend bij de klachtencommissie.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p><h2 class="c4" id="h.ghi789"><span class="c2">Termijn</span></h2><p class="c0"><span class="c2">De commissie beslist binnen tien weken.</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p><hr class="c6"><div><p class="c7"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c8">&nbsp;Zie artikel 9:11 Awb.</span></p></div><div class="c9"><p class="c10"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c2">Moet dit niet ook per e-mail kunnen? Graag aanpassen voor vaststelling.</span></p></div></body></html>`;

describe('a page downloaded from Google Docs with a comment and a footnote', () => {
  it('leaves out and lists the comment and its mark, never a footnote, and keeps the footnote', async () => {
    const { result, clauses, footnotes, dropped } = await imported('klachtenregeling.html', FROM_GOOGLE_DOCS);
    expect(clauses).toEqual([
      'Een klacht wordt schriftelijk ingediend bij de klachtencommissie.',
      'De commissie beslist binnen tien weken.',
    ]);
    expect(result.output).toContain('De commissie beslist binnen tien weken.[^1]');
    expect(footnotes).toEqual(['1']);
    expect(result.output).not.toContain('e-mail');
    expect(dropped).toEqual([
      ['[a]', COMMENT],
      ['[a] Moet dit niet ook per e-mail kunnen? Graag aanpassen voor vaststelling.', COMMENT],
    ]);
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('a Word document saved as HTML with a comment', () => {
  it('keeps the words commented on, and leaves out and lists the comment and its mark', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-word-comments-')), 'klachtenregeling.htm');
    writeFileSync(file, SAVED_BY_WORD);
    const result = await importDocument(file, { org: 'eduwijs', dryRun: true });
    const clauses = allClauses(parsePolicy(result.output).policy).map(({ clause }) => clause.text);
    expect(clauses).toEqual([
      'Een klacht wordt schriftelijk ingediend bij de klachtencommissie.',
      'De commissie beslist binnen tien weken na ontvangst.',
    ]);
    expect(result.output).not.toContain('PJ1');
    expect(result.output).not.toContain('e-mail');
    const comment = COMMENT;
    expect(result.dropped.map(({ text, reason }) => [text, reason])).toEqual([
      ['[PJ1]', comment],
      ['[PJ1] Moet dit niet ook per e-mail kunnen? Graag aanpassen voor vaststelling.', comment],
    ]);
    expect(result.accounting.missing).toEqual([]);
  });
});

describe("the parts of Word's comments", () => {
  const element = (properties: Record<string, unknown>, tagName = 'div') =>
    ({ type: 'element', tagName, properties, children: [] }) as Parameters<typeof isCommentPart>[0];

  it('are the comment list, a comment, its text box and its marks', () => {
    expect(isCommentPart(element({ style: 'mso-element:comment-list' }))).toBe(true);
    expect(isCommentPart(element({ style: 'mso-element:comment' }))).toBe(true);
    expect(isCommentPart(element({ className: ['msocomtxt'] }))).toBe(true);
    expect(isCommentPart(element({ className: ['MsoCommentReference'] }, 'span'))).toBe(true);
    expect(isCommentPart(element({ href: '#_msocom_1' }, 'a'))).toBe(true);
  });

  it("are not the words commented on, a footnote's list, nor a page's own links", () => {
    expect(isCommentPart(element({ style: 'mso-comment-reference:PJ_1;mso-comment-date:20250301T1015' }, 'a'))).toBe(
      false,
    );
    expect(isCommentPart(element({ style: 'mso-element:footnote-list' }))).toBe(false);
    expect(isCommentPart(element({ href: '#artikel-2' }, 'a'))).toBe(false);
    expect(isCommentPart(element({ className: ['comment'] }))).toBe(false);
  });
});
