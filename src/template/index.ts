// Sector templates: model policies schools adapt (adapt), deviate from (deviations) and upgrade to newer versions
// of (upgrade). See docs/templates.md.
export { adaptTemplate, policyIdFor, type AdaptOptions, type Adapted } from './adapt.js';
export {
  deviationRegister,
  deviationsOf,
  type DeviationRegister,
  type PolicyDeviations,
  type ClauseDeviation,
  type LocalAddition,
} from './deviations.js';
export {
  loadTemplate,
  templateFromSource,
  requireUsable,
  isTemplateDocument,
  type SectorTemplate,
} from './template.js';
export { resolveTemplateArgument, findTemplate, findTemplateInHistory, templateIndex } from './store.js';
export { upgradePolicy, baseTemplateOf, type UpgradeReport, type UpgradeResult } from './upgrade.js';
export { parseAssignments, recordedValues, markdownValue } from './variables.js';
export { formatRef, parseRef, type ClauseMarker, type TemplateRef } from './types.js';
