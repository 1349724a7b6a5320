// Every check rule, in the order their findings are listed when two share a position.
import type { Rule } from '../rule.js';
import { approvalAskedAfterDecision } from './approval-asked-after-decision.js';
import { adoptionTextUnrecorded } from './adoption-text-unrecorded.js';
import { approvalInFuture } from './approval-in-future.js';
import { approvalOutdated } from './approval-outdated.js';
import { approvedWithoutApprovals } from './approved-without-approvals.js';
import { duplicateId } from './duplicate-id.js';
import { emptyClause } from './empty-clause.js';
import { fieldType } from './field-type.js';
import { fontMissingGlyphs } from './font-missing-glyphs.js';
import { headingSpace } from './heading-space.js';
import { invalidDate } from './invalid-date.js';
import { invalidDerivedFrom } from './invalid-derived-from.js';
import { invalidLang } from './invalid-lang.js';
import { invalidNumbering } from './invalid-numbering.js';
import { numberingUnknownList } from './numbering-unknown-list.js';
import { lawOutdated } from './law-outdated.js';
import { listNumber } from './list-number.js';
import { malformedId } from './malformed-id.js';
import { missingField } from './missing-field.js';
import { missingId } from './missing-id.js';
import { numberedId } from './numbered-id.js';
import { unknownField } from './unknown-field.js';
import { unknownStatus } from './unknown-status.js';
import { unquotedVersion } from './unquoted-version.js';
import { procedureAdviceReasons } from './procedure-advice-reasons.js';
import { procedureConsentRefused } from './procedure-consent-refused.js';
import { procedureMissingStep } from './procedure-missing-step.js';
import { procedureOrder } from './procedure-order.js';
import { procedureStepOrder } from './procedure-step-order.js';
import { procedureReviewOverdue } from './procedure-review-overdue.js';
import { procedureSilence } from './procedure-silence.js';
import { procedureTermExpired } from './procedure-term-expired.js';
import { procedureToRecord } from './procedure-to-record.js';
import { procedureUnknownKind } from './procedure-unknown-kind.js';
import { importPlaceholder } from './import-placeholder.js';
import { procedureKindMissing } from './procedure-kind-missing.js';
import { procedureLevelMissing } from './procedure-level-missing.js';
import { templateConflict } from './template-conflict.js';
import { templateDefinition } from './template-definition.js';
import { templateLockedModified } from './template-locked-modified.js';
import { templateMissingRationale } from './template-missing-rationale.js';
import { templateRequiredDropped } from './template-required-dropped.js';
import { templateUnknown } from './template-unknown.js';

export const RULES: Rule[] = [
  // frontmatter
  missingField,
  fieldType,
  unquotedVersion,
  invalidDate,
  approvalInFuture,
  approvalAskedAfterDecision,
  adoptionTextUnrecorded,
  unknownStatus,
  approvedWithoutApprovals,
  invalidLang,
  invalidDerivedFrom,
  invalidNumbering,
  numberingUnknownList,
  unknownField,
  importPlaceholder,
  // body
  duplicateId,
  malformedId,
  numberedId,
  emptyClause,
  listNumber,
  headingSpace,
  missingId,
  fontMissingGlyphs,
  // history
  approvalOutdated,
  // the procedure of the policy's kind (templates/procedures/, docs/procedure.md)
  procedureUnknownKind,
  procedureKindMissing,
  procedureLevelMissing,
  procedureMissingStep,
  procedureSilence,
  procedureOrder,
  procedureStepOrder,
  procedureAdviceReasons,
  procedureConsentRefused,
  procedureTermExpired,
  procedureReviewOverdue,
  procedureToRecord,
  // the law the kind cites (templates/law/, docs/law.md)
  lawOutdated,
  // sector templates and the policies adapted from them
  templateDefinition,
  templateUnknown,
  templateLockedModified,
  templateRequiredDropped,
  templateMissingRationale,
  templateConflict,
];
