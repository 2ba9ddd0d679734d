// The reports feature's public face: the Reports page and its print view.
export { ReportsPage } from './ReportsPage';
export { ReportPrint } from './ReportPrint';
