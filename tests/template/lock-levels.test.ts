// Issue 26 item 10: a template that says nothing of lock levels (no `clauses:` in its front matter) asks for no clause
// to be kept, so an adaptation that drops one deviates without violating; a template with `clauses:` keeps
// `required` as its default, and says otherwise only where it writes so.
import { describe, expect, it } from 'vitest';
import { deviationsOf } from '../../src/template/deviations.js';
import { templateFromSource } from '../../src/template/template.js';
import { parsePolicy } from '../../src/parse/index.js';

const BODY = [
  '# Code of conduct',
  '',
  '## Pledge',
  '',
  'We make participation a harassment-free experience for everyone. {#pledge}',
  '',
  '## Consequences',
  '',
  'Community leaders may remove anyone who breaks this code. {#consequences}',
  '',
].join('\n');

const ADAPTED = [
  '# Code of conduct',
  '',
  '## Pledge',
  '',
  'We make participation a harassment-free experience for everyone. {#pledge}',
  '',
].join('\n');

function dropped(frontmatter: string): { marker: string; violation?: string } | undefined {
  const template = templateFromSource(`${frontmatter}${BODY}`, 'model.md');
  const policy = parsePolicy(ADAPTED, { path: 'policies/club/code.md' }).policy;
  const entry = deviationsOf(template, policy).clauses.find((clause) => clause.id.startsWith('consequences'));
  return entry && { marker: entry.marker, ...(entry.violation ? { violation: entry.violation } : {}) };
}

describe('lock levels', () => {
  it('without lock levels every clause is optional: dropping one is no violation', () => {
    expect(dropped('')).toEqual({ marker: 'optional' });
    expect(dropped('---\nid: coc\nversion: "2.1"\n---\n')).toEqual({ marker: 'optional' });
  });

  it('with lock levels, a clause not listed is required unless the default says otherwise', () => {
    expect(dropped('---\nid: coc\nversion: "2.1"\nclauses:\n  locked: [pledge.1]\n---\n')).toEqual({
      marker: 'required',
      violation: 'required-dropped',
    });
    expect(dropped('---\nid: coc\nversion: "2.1"\nclauses:\n  default: optional\n---\n')).toEqual({
      marker: 'optional',
    });
  });
});
