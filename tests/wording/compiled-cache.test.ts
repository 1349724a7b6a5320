// Compiled wording templates kept on disk (src/wording/compiled-cache.ts): a template read back from the cache renders
// exactly as one compiled in memory, its run-time errors still name the line and column, a template that changed or
// fails its checks is compiled (and refused) anew, and a damaged cache file is never trusted.
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedPrecompile, keepCompiledTemplatesIn } from '../../src/wording/compiled-cache.js';
import { renderTemplate } from '../../src/wording/engine.js';
import { caught, tempProject } from '../brand/temp-project.js';

const folder = (): string => join(mkdtempSync(join(tmpdir(), 'clausemark-layouts-cache-')), 'layouts');

afterEach(() => keepCompiledTemplatesIn(undefined));

describe('cachedPrecompile', () => {
  it('compiles once, then reads the same template back for the same inputs without compiling', () => {
    const dir = folder();
    keepCompiledTemplatesIn(dir);
    const template = { spec: '{"main":function(){return "x"}}', partials: ['header'] };
    expect(cachedPrecompile(['a', 'b'], () => template)).toEqual(template);
    expect(
      cachedPrecompile(['a', 'b'], () => {
        throw new Error('compiled again although the cache holds these inputs');
      }),
    ).toEqual(template);
    // Inputs are told apart by their boundaries too: ['ab'] is not ['a', 'b'].
    const other = { spec: '{}', partials: [] };
    expect(cachedPrecompile(['ab'], () => other)).toEqual(other);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('never runs a compiled template it did not seal: a planted one is compiled afresh, its code not run', () => {
    const dir = folder();
    keepCompiledTemplatesIn(dir);
    const own = { spec: '{"main":function(){return "own"}}', partials: [] };
    cachedPrecompile(['t'], () => own);
    const [name] = readdirSync(dir);
    const kept = readFileSync(join(dir, name!), 'utf8');
    const seal = kept.slice(0, kept.indexOf('\n'));
    const planted = JSON.stringify({
      spec: '{"main":function(){globalThis.__planted = true; return "planted"}}',
      partials: [],
    });
    for (const contents of [planted, `${seal}\n${planted}`]) {
      writeFileSync(join(dir, name!), contents);
      expect(
        cachedPrecompile(['t'], () => own),
        contents,
      ).toEqual(own);
    }
  });

  it('compiles again for a damaged cache file, and keeps nothing for a template that fails', () => {
    const dir = folder();
    keepCompiledTemplatesIn(dir);
    cachedPrecompile(['a'], () => ({ spec: '{}', partials: [] }));
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"spec": 7');
    const again = { spec: '{"compiler":[8]}', partials: [] };
    expect(cachedPrecompile(['a'], () => again)).toEqual(again);
    expect(() =>
      cachedPrecompile(['b'], () => {
        throw new Error('faulty');
      }),
    ).toThrow('faulty');
    expect(readdirSync(dir)).toHaveLength(1);
  });
});

describe('renderTemplate with compiled templates kept on disk', () => {
  /** Render in a fresh project each time, so the per-process cache of compiled templates does not answer. */
  function renderFresh(source: string, context: object): { text?: string; error?: string } {
    const project = tempProject();
    project.write('templates/layouts/pdf/x.hbs', source);
    try {
      return { text: renderTemplate('pdf/x', context, { root: project.root }) };
    } catch {
      const error = caught(() => renderTemplate('pdf/x', context, { root: project.root }));
      return { error: error.format().split('\n')[0]?.replace(project.root, '<project>') };
    }
  }

  it('renders the same text from the cache as compiled in memory, and the same errors at the same places', () => {
    const source =
      '{{#if policy.version}}Versie {{policy.version}}{{/if}}\n{{upper policy.title}} & co\n{{policy.titel}}';
    const good = { policy: { version: '2.1', title: 'Protocol', titel: 'x' } };
    const bad = { policy: { version: '2.1', title: 'Protocol' } };
    const inMemory = [renderFresh(source, good), renderFresh(source, bad)];
    expect(inMemory[0]?.text).toBe('Versie 2.1\nPROTOCOL & co\nx');
    expect(inMemory[1]?.error).toBe('<project>/templates/layouts/pdf/x.hbs:3:3: unknown variable `policy.titel`');
    const dir = folder();
    keepCompiledTemplatesIn(dir);
    expect(renderFresh(source, good)).toEqual(inMemory[0]);
    expect(readdirSync(dir)).toHaveLength(1);
    // Both from the cache now: the error's place comes from parsing the template again, only when it is needed.
    expect(renderFresh(source, good)).toEqual(inMemory[0]);
    expect(renderFresh(source, bad)).toEqual(inMemory[1]);
  });

  it('refuses a faulty template every time and compiles a changed one anew', () => {
    keepCompiledTemplatesIn(folder());
    const project = tempProject();
    const file = project.write('templates/layouts/pdf/y.hbs', '{{#if a}}x{{/iff}}');
    for (let run = 0; run < 2; run++)
      expect(caught(() => renderTemplate('pdf/y', { a: 1 }, { root: project.root })).ruleId).toBe('template-syntax');
    writeFileSync(file, '{{#if a}}x{{/if}}');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(renderTemplate('pdf/y', { a: 1 }, { root: project.root })).toBe('x');
  });
});
