// The PDF/UA self-check (src/render/engine/ua-check.ts) passes on every seed policy, built plain and as PDF/A: ten
// builds, so in the integration lane; the check failing on each broken property is in ua-check.test.ts.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { checkPdfUa } from '../../../src/render/engine/ua-check.js';
import { inputFor, seedPolicy } from '../../support/pdf.js';

describe('the PDF/UA self-check', () => {
  it('passes on every seed policy, built plain and as PDF/A', async () => {
    for (const org of ['aeres-mbo', 'allure', 'aloysius', 'casparus-college', 'flex-college'])
      for (const pdfa of [false, true]) {
        const file = await renderPdf(inputFor(seedPolicy(org), { options: { pdfa } }));
        expect(checkPdfUa(file), `${org}${pdfa ? ' (PDF/A)' : ''}`).toEqual([]);
      }
  });
});
