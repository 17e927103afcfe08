export { evaluateFindings } from './evaluate';
export type { AuditInput } from './context';
export { AUDIT_RULES } from './registry';
