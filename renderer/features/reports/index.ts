// The reports feature's public face: the Reports page and its print view.
export { ReportsPage } from './ReportsPage';
export { ReportPrint } from './ReportPrint';
// The figures the catalogue's published indicators are made of (features/catalogue/publish).
export { readPeriodRows } from './reportCountsCache';
export { readSeminarFigures, readStakeholderFigures } from './reportRepository';
