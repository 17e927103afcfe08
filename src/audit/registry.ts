/** Every rule of rules.md, with the rule ids each evaluator can emit. */
import type { Finding, RuleId } from '../schema/report';
import type { AuditContext } from './context';
import { evaluateCategoryCollection } from './rules/category-collection';
import { evaluateDeclaredNotObserved } from './rules/declared-not-observed';
import { evaluateFormDataLeaks } from './rules/form-data-leak';
import { evaluateInsecureTransmission } from './rules/insecure-transmission';
import { evaluatePermissionWithoutGesture } from './rules/permission-without-gesture';
import { evaluatePrecheckedConsent } from './rules/prechecked-consent';
import { evaluateCrossBorder, evaluateThirdParties } from './rules/third-party-sharing';
import { evaluateAdvertising, evaluateAnalytics } from './rules/tracker-purposes';

export interface AuditRule {
  emits: readonly RuleId[];
  evaluate: (ctx: AuditContext) => Finding[];
}

export const AUDIT_RULES: readonly AuditRule[] = [
  { emits: ['undeclared_collection', 'vague_declaration'], evaluate: evaluateCategoryCollection },
  { emits: ['undeclared_third_party'], evaluate: evaluateThirdParties },
  { emits: ['undeclared_cross_border'], evaluate: evaluateCrossBorder },
  { emits: ['undeclared_advertising'], evaluate: evaluateAdvertising },
  { emits: ['undeclared_analytics'], evaluate: evaluateAnalytics },
  { emits: ['form_data_leak'], evaluate: evaluateFormDataLeaks },
  { emits: ['insecure_transmission'], evaluate: evaluateInsecureTransmission },
  { emits: ['permission_without_gesture'], evaluate: evaluatePermissionWithoutGesture },
  { emits: ['prechecked_consent'], evaluate: evaluatePrecheckedConsent },
  { emits: ['declared_not_observed'], evaluate: evaluateDeclaredNotObserved },
];
