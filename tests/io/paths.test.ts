import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveInside } from '../../src/io/paths.js';
import { caught as refusal, tempOutside, tempProject } from '../brand/temp-project.js';

describe('isInside', () => {
  it('accepts the root and paths below it, refuses siblings that share a prefix', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c/d')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/a/b/..foo')).toBe(true);
  });
});

describe('resolveInside', () => {
  const context = (file: string) => ({ file, field: 'fonts.bold', point: { line: 7, column: 9 } });

  it('resolves a path relative to `from` and returns the real path', () => {
    const project = tempProject();
    const font = project.write('templates/fonts/a.ttf', 'x');
    const resolved = resolveInside(project.root, '../fonts/a.ttf', {
      ...context('brand.yaml'),
      from: join(project.root, 'templates', 'brands'),
    });
    expect(resolved).toBe(realpathSync(font));
  });

  it('resolves relative to the root by default and accepts files that do not exist yet', () => {
    const project = tempProject();
    expect(resolveInside(project.root, 'out/new.pdf', context('x.yaml'))).toBe(
      join(realpathSync(project.root), 'out', 'new.pdf'),
    );
  });

  it('refuses a `..` escape, naming the file, field and position', () => {
    const project = tempProject();
    const error = refusal(() =>
      resolveInside(project.root, '../../../secret.ttf', {
        ...context('templates/brands/x.yaml'),
        from: join(project.root, 'templates', 'brands'),
      }),
    );
    expect(error.ruleId).toBe('path-outside-project');
    expect(error.format()).toMatch(
      /^templates\/brands\/x\.yaml:7:9: fonts\.bold: `\.\.\/\.\.\/\.\.\/secret\.ttf` points outside the project folder/,
    );
    expect(error.hint).toContain('relative to x.yaml');
  });

  it('refuses an absolute path elsewhere', () => {
    const project = tempProject();
    const outside = join(tempOutside(), 'font.ttf');
    writeFileSync(outside, 'x');
    const error = refusal(() => resolveInside(project.root, outside, context('b.yaml')));
    expect(error.message).toBe(`fonts.bold: the absolute path \`${outside}\` is outside the project folder`);
  });

  it('accepts an absolute path inside the project', () => {
    const project = tempProject();
    const inside = project.write('logo.svg', '<svg/>');
    expect(resolveInside(project.root, inside, context('b.yaml'))).toBe(realpathSync(inside));
  });

  it('refuses a symbolic link that leads outside the project', () => {
    const project = tempProject();
    const target = join(tempOutside(), 'real.ttf');
    writeFileSync(target, 'x');
    mkdirSync(join(project.root, 'fonts'));
    symlinkSync(target, join(project.root, 'fonts', 'linked.ttf'));
    const error = refusal(() => resolveInside(project.root, 'fonts/linked.ttf', context('b.yaml')));
    expect(error.message).toBe(
      `fonts.bold: \`fonts/linked.ttf\` leads through a symbolic link to ${realpathSync(target)}, outside the project folder`,
    );
    expect(error.place).toEqual({ file: 'b.yaml', point: { line: 7, column: 9 } });
  });

  it('refuses a path through a linked folder that leads outside, even when the file does not exist', () => {
    const project = tempProject();
    const outside = tempOutside();
    symlinkSync(outside, join(project.root, 'shared'));
    const error = refusal(() => resolveInside(project.root, 'shared/missing.ttf', context('b.yaml')));
    expect(error.message).toContain('leads through a symbolic link');
  });

  it('accepts a symbolic link that stays inside the project', () => {
    const project = tempProject();
    const real = project.write('fonts/real.ttf', 'x');
    symlinkSync(real, join(project.root, 'fonts', 'alias.ttf'));
    expect(resolveInside(project.root, 'fonts/alias.ttf', context('b.yaml'))).toBe(realpathSync(real));
  });

  it('accepts paths when the root itself is reached through a symbolic link', () => {
    const project = tempProject();
    const font = project.write('f.ttf', 'x');
    const alias = join(tempOutside(), 'alias');
    symlinkSync(project.root, alias);
    expect(resolveInside(alias, 'f.ttf', context('b.yaml'))).toBe(realpathSync(font));
    expect(resolveInside(alias, realpathSync(font), context('b.yaml'))).toBe(realpathSync(font));
  });
});
