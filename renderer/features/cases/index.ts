// The cases feature's public face.
export { IntakePage } from './intake/IntakePage';
export { CasePage } from './page/CasePage';
export { CaseSummaryPrint } from './page/CaseSummaryPrint';
export { StatusBadge, UrgencyBadge } from './page/CaseBadges';
export { CaseListPage } from './list/CaseListPage';
export { FollowUpsPage } from './followUps/FollowUpsPage';
export { LogbookImportPage } from './logbook/LogbookImportPage';
