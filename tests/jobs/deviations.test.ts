// The deviations job in-process (src/jobs/deviations.ts): the register `clausemark deviations` writes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVIATIONS_REPORT } from '../../src/report/formats/deviations.js';
import { formatNamed } from '../../src/render/shared/format-table.js';
import { deviationsJob } from '../../src/jobs/deviations.js';
import { findProject } from '../../src/io/project.js';
import { adapted, edit, sectorProject, v11 } from '../template/support.js';

describe('deviationsJob', () => {
  it('registers a policy against the template it names, in json and html, with the default html file', () => {
    const made = sectorProject();
    made.write(
      'policies/allure/social-media.md',
      edit(adapted(v11(), { organisation: 'Stichting Allure' }, 'allure'), /9\. \{#alle\.auteursrecht\}.*\n/, ''),
    );
    const template = join(made.root, 'templates', 'sector', 'social-media.md');
    const policy = join(made.root, 'policies', 'allure', 'social-media.md');
    const json = deviationsJob([policy], { template, format: 'json', project: findProject(made.root) });
    const register = JSON.parse(json.content) as { policies: { counts: { dropped: number } }[] };
    expect(register.policies.map((entry) => entry.counts.dropped)).toEqual([1]);
    const html = deviationsJob([policy], { template, format: 'html', project: findProject(made.root) });
    expect(html.content).toMatch(/^<!DOCTYPE html>/i);
    expect(html.defaultFile).toMatch(/^out\/deviations\/sector-social-media-[\w.-]+\.html$/);
  });

  it('text by default; an unknown format is a usage error naming --format', () => {
    expect(formatNamed(DEVIATIONS_REPORT, undefined).name).toBe('text');
    expect(() => formatNamed(DEVIATIONS_REPORT, 'pdf')).toThrow('--template reports cannot be written as pdf');
  });
});
