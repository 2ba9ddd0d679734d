// The audit trail's screens: the check of its hash chain, and the viewer of its entries.
export { AuditChainPanel } from './AuditChainPanel';
export { AuditChainWarning } from './AuditChainWarning';
export { AuditViewerPage } from './viewer/AuditViewerPage';
export { useRecordPrint } from './useRecordPrint';
