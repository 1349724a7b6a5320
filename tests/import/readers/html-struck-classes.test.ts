// A page downloaded from Google Docs (File → Download → Web page) strikes text through by a class of its own
// stylesheet (`.c4{…;text-decoration:line-through;…}` in <head>, `<span class="c0 c4">`), never by an inline style:
// that text is struck as `<s>` is, left out and listed. Only a rule of one class in the page's own <style>, which sets
// text-decoration, is read (among an element's classes the rule the stylesheet sets last); no other CSS.
import { describe, expect, it } from 'vitest';
import { expectAccounted, importedStruck, sourceFile } from './struck-support.js';

// Google Docs' markup: one line of <head>, rules of one class each (and element rules), classes on spans.
const style =
  '@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);' +
  'ol{margin:0;padding:0}table td,table th{padding:0}' +
  '.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}' +
  '.c4{-webkit-text-decoration-skip:none;color:#000000;font-weight:400;text-decoration:line-through;vertical-align:baseline;text-decoration-skip-ink:none;font-size:11pt;font-family:"Arial";font-style:normal}' +
  '.c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}' +
  '.c0{font-weight:700}' +
  '.c6{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}' +
  '.c8{text-decoration:none}' +
  '.c9{-webkit-text-decoration-skip:none;text-decoration:line-through;text-decoration-skip-ink:none}' +
  '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}' +
  'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}' +
  'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}' +
  '@media print{.c8{text-decoration:line-through}}' +
  '.c2 span{text-decoration:line-through}' +
  '.c10{color:#1155cc;text-decoration:underline}';

const page =
  `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">${style}</style></head>` +
  '<body class="c6 doc-content">' +
  '<p class="c3 title" id="h.kix1"><span class="c1">Klachtenregeling De Linde</span></p>' +
  '<h1 class="c3" id="h.kix2"><span class="c1">Artikel 1 Termijn</span></h1>' +
  '<p class="c3"><span class="c1">De commissie beslist binnen </span><span class="c4">veertien</span><span class="c1">&nbsp;tien weken.</span></p>' +
  '<p class="c3"><span class="c4">Een klacht kan ook mondeling worden ingediend.</span></p>' +
  '<p class="c3"><span class="c1">De klager krijgt </span><span class="c0 c4">binnen een week</span><span class="c1">&nbsp;een ontvangstbevestiging.</span></p>' +
  '<p class="c3 c2"><span class="c1">De klacht gaat naar de </span><span class="c8 c4">commissie</span><span class="c1">&nbsp;</span><span class="c9">of het bestuur</span><span class="c1">.</span></p>' +
  '<p class="c3"><span class="c1">Zie </span><span class="c10"><a class="c10" href="https://www.linde.nl/klachten">de website</a></span><span class="c1">.</span></p>' +
  '</body></html>';

describe('text a Google Docs page strikes through by a class of its stylesheet', () => {
  it('is left out of the policy and listed in the report with why, the words around it joined', async () => {
    const file = sourceFile('struck-classes', 'html', page);
    const result = await importedStruck(file);
    expect(result.clauses).toEqual([
      'De commissie beslist binnen tien weken.',
      'De klager krijgt een ontvangstbevestiging.',
      'De klacht gaat naar de commissie.',
      'Zie de website.',
    ]);
    expect(result.body).not.toMatch(/ {2}|veertien|mondeling|week|bestuur/u);
    expect(result.dropped).toEqual([
      ['veertien', 'struck through in the source'],
      ['Een klacht kan ook mondeling worden ingediend.', 'struck through in the source'],
      ['binnen een week', 'struck through in the source'],
      ['of het bestuur', 'struck through in the source'],
    ]);
    expectAccounted(result, 1 + 7 + 3 + 3);
  });
});
