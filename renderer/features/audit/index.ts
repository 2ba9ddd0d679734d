// The audit trail's screens: the check of its hash chain.
export { AuditChainPanel } from './AuditChainPanel';
export { AuditChainWarning } from './AuditChainWarning';
