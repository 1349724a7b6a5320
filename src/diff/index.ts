// Version diff of one policy: diffPolicies and the result model every diff output renders.
export { diffPolicies, countChanges, isRenumberedOnly, type DiffOptions } from './diff.js';
export {
  redline,
  cleanUp,
  oldTextOf,
  newTextOf,
  REWRITE_BELOW,
  type Redline,
  type RedlineLimits,
} from '../match/redline.js';
export { judgeRedline, type Judgement } from './significance.js';
export { describeApproval } from './meta.js';
export { PART_SEPARATOR } from './split.js';
export { MATCH_MIN, MATCH_MIN_SAME_HEADING } from './match.js';
export type * from './types.js';
