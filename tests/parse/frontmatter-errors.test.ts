import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/index.js';

const BODY = '\n## Doel {#doel}\n\n{#doel.1} Tekst.\n';

function only(source: string) {
  const { findings } = parsePolicy(source);
  expect(findings).toHaveLength(1);
  return findings[0];
}

describe('YAML errors in the frontmatter, explained', () => {
  it('points at the [ that is never closed, not at the next line', () => {
    const finding = only(`---\nid: x\ntitle: [Protocol sociale media\nversion: "1.0"\n---\n${BODY}`);
    expect(finding).toMatchObject({ ruleId: 'yaml-syntax', fatal: true, place: { start: { line: 3, column: 8 } } });
    expect(finding?.message).toBe('invalid YAML in the frontmatter: the list opened with [ is never closed with ]');
    expect(finding?.fix).toContain('put the whole value in quotes');
  });

  it('points at the { of a mapping that is never closed', () => {
    const finding = only(`---\nid: x\nrationale: {doel.1: korter\nversion: "1.0"\n---\n${BODY}`);
    expect(finding?.message).toContain('the mapping opened with { is never closed with }');
    expect(finding?.place?.start).toMatchObject({ line: 3, column: 12 });
  });

  it('says that ": " inside a value starts a new field, and gives the quoted line to write', () => {
    const finding = only(`---\nid: x\ntitle: Protocol: sociale media\n---\n${BODY}`);
    expect(finding?.message).toBe(
      'invalid YAML in the frontmatter: the value of title contains ": ", which YAML reads as the start of a new field',
    );
    expect(finding?.fix).toBe('put the value in quotes: title: "Protocol: sociale media"');
    expect(finding?.place?.start).toMatchObject({ line: 3, column: 8 });
  });

  it('points at the opening quote of a value whose closing quote is missing', () => {
    const double = only(`---\nid: x\ntitle: "Protocol\nversion: "1.0"\n---\n${BODY}`);
    expect(double?.message).toBe('invalid YAML in the frontmatter: the quote " opened here is never closed');
    expect(double?.place?.start).toMatchObject({ line: 3, column: 8 });
    const single = only(`---\nid: x\ntitle: 'Protocol\nversion: 1\n---\n${BODY}`);
    expect(single?.message).toBe("invalid YAML in the frontmatter: the quote ' opened here is never closed");
    expect(single?.place?.start).toMatchObject({ line: 3, column: 8 });
  });

  it("keeps YAML's own words for everything else", () => {
    expect(only(`---\nid: x\nid: y\n---\n${BODY}`)).toMatchObject({
      message: 'invalid YAML in the frontmatter: Map keys must be unique',
      fix: 'remove the repeated field',
    });
  });
});

describe('frontmatter Markdown did not recognise', () => {
  it('reports a block that is never closed, instead of reading the fields as text', () => {
    const { findings, policy } = parsePolicy(`---\nid: x\ntitle: Protocol\n${BODY}`);
    expect(findings).toMatchObject([
      { ruleId: 'frontmatter-not-closed', fatal: true, place: { start: { line: 1, column: 1 } } },
    ]);
    expect(findings[0]?.fix).toContain('--- (three hyphens)');
    expect(policy.frontmatter).toBeUndefined();
  });

  it('reports a block below a blank line, with the line it starts on', () => {
    expect(parsePolicy(`\n\n---\nid: x\n---\n${BODY}`).findings).toMatchObject([
      {
        ruleId: 'frontmatter-not-at-top',
        message: 'the frontmatter starts on line 3, not on the first line, so it is read as text',
        place: { start: { line: 3 } },
      },
    ]);
  });

  it('leaves a thematic break at the top of an ordinary document alone', () => {
    expect(parsePolicy(`---\n\nGewone tekst onder een lijn.\n`).findings).toEqual([]);
    expect(parsePolicy(`---\nArtikel 1: Begrippen\n`).findings).toEqual([]);
  });

  it('is quiet when the frontmatter was read', () => {
    expect(parsePolicy(`---\nid: x\n---\n${BODY}`).findings).toEqual([]);
  });
});
