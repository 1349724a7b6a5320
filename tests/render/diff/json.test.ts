import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_VERSION, renderJson } from '../../../src/render/diff/json.js';
import { DEFAULT_META } from '../../diff/fixtures.js';
import { standardReport } from './helpers.js';

const KINDS = ['added', 'removed', 'modified', 'moved', 'renumbered', 'id-renamed', 'split', 'merged'];
const CHANGE_FIELDS = [
  'kinds',
  'significance',
  'reasons',
  'reasonCodes',
  'old',
  'new',
  'parts',
  'words',
  'rewritten',
  'similarity',
];
const REF_FIELDS = ['id', 'synthetic', 'number', 'sectionPath', 'sectionId', 'text', 'line'];
const DOCUMENT_FIELDS = ['path', 'revision', 'title', 'organisation', 'version', 'status'];

type Json = Record<string, unknown>;

function expectRef(ref: unknown): void {
  const value = ref as Json;
  expect(Object.keys(value).sort()).toEqual([...REF_FIELDS].sort());
  expect(typeof value.id).toBe('string');
  expect(typeof value.synthetic).toBe('boolean');
  expect(typeof value.number).toBe('string');
  expect(Array.isArray(value.sectionPath)).toBe(true);
  expect(typeof value.text).toBe('string');
  expect(Number.isInteger(value.line)).toBe(true);
}

describe('renderJson', () => {
  it('has the documented shape', () => {
    const meta = { ...DEFAULT_META };
    const json = JSON.parse(renderJson(standardReport(meta))) as Json;
    expect(Object.keys(json)).toEqual(['schemaVersion', 'lang', 'old', 'new', 'summary', 'changes', 'meta']);
    expect(json.schemaVersion).toBe(JSON_SCHEMA_VERSION);
    expect(JSON_SCHEMA_VERSION).toBe(3);
    expect(json.lang).toBe('nl');
    for (const side of [json.old, json.new] as Json[]) {
      for (const key of Object.keys(side)) expect(DOCUMENT_FIELDS).toContain(key);
      expect(side).toMatchObject({
        path: 'policies/testschool/test.md',
        title: 'Testbeleid',
        organisation: 'Testschool',
        version: '1.0',
        status: 'draft',
      });
    }
    expect(json.summary).toEqual({
      added: 1,
      removed: 1,
      modified: 2,
      moved: 0,
      renumbered: 0,
      'id-renamed': 0,
      split: 0,
      merged: 0,
      substantive: 3,
      editorial: 1,
      total: 4,
    });
    const changes = json.changes as Json[];
    expect(changes).toHaveLength(4);
    for (const change of changes) {
      for (const key of Object.keys(change)) expect(CHANGE_FIELDS).toContain(key);
      expect((change.kinds as string[]).length).toBeGreaterThan(0);
      for (const kind of change.kinds as string[]) expect(KINDS).toContain(kind);
      expect(['substantive', 'editorial']).toContain(change.significance);
      expect(typeof change.similarity).toBe('number');
      // Each reason twice: worded in the report's language, and as {code, params}.
      expect((change.reasons as string[]).length).toBe((change.reasonCodes as Json[]).length);
      for (const reason of change.reasonCodes as Json[]) expect(Object.keys(reason)).toEqual(['code', 'params']);
      if (change.old) expectRef(change.old);
      if (change.new) expectRef(change.new);
      for (const word of (change.words as Json[] | undefined) ?? []) {
        expect(Object.keys(word)).toEqual(['op', 'text']);
        expect(['equal', 'insert', 'delete']).toContain(word.op);
      }
    }
    const foto = changes.find((change) => (change.new as Json | undefined)?.id === 'mw.foto') as Json;
    expect(foto.words).toEqual([
      { op: 'equal', text: 'Medewerkers ' },
      { op: 'delete', text: 'mogen' },
      { op: 'insert', text: 'moeten' },
      { op: 'equal', text: " foto's van leerlingen " },
      { op: 'delete', text: 'plaatsen na toestemming' },
      { op: 'insert', text: 'verwijderen binnen 14 dagen' },
      { op: 'equal', text: '.' },
    ]);
    expect(foto.reasons).toEqual(
      expect.arrayContaining(['verplichting mogen → moeten', "termijn '14 dagen' toegevoegd"]),
    );
    expect(foto.reasonCodes).toEqual(
      expect.arrayContaining([
        { code: 'obligation-changed', params: { from: 'mogen', to: 'moeten' } },
        { code: 'duration-added', params: { words: '14 dagen' } },
      ]),
    );
    expect(changes.find((change) => (change.kinds as string[])[0] === 'added')).not.toHaveProperty('old');
    expect(json.meta).toEqual([]);
  });

  it('with --ignore-editorial: only substantive changes, recounted, and how many were left out', () => {
    const json = JSON.parse(renderJson(standardReport(DEFAULT_META, { ignoreEditorial: true }))) as Json;
    expect(json.ignoredEditorial).toBe(1);
    expect((json.changes as Json[]).every((change) => change.significance === 'substantive')).toBe(true);
    expect(json.summary).toMatchObject({ substantive: 3, editorial: 0, total: 3, modified: 1 });
  });

  it('words the reasons in the language of the new version, English for an English policy', () => {
    const json = JSON.parse(renderJson(standardReport({ ...DEFAULT_META, lang: 'en' }))) as Json;
    expect(json.lang).toBe('en');
    const added = (json.changes as Json[]).find((change) => (change.kinds as string[])[0] === 'added') as Json;
    expect(added.reasons).toEqual(['clause added']);
    expect(added.reasonCodes).toEqual([{ code: 'clause-added', params: {} }]);
  });
});
