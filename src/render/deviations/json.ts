// The deviation register as JSON: the register model as it is (documented in docs/templates.md).
import type { DeviationRegister } from '../../template/deviations.js';

export function renderJson(register: DeviationRegister): string {
  return `${JSON.stringify({ format: 'clausemark-deviations', formatVersion: 1, ...register }, null, 2)}\n`;
}
