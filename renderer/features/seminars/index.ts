// The seminars feature's public face: its pages, the full-screen check-in, the certificates'
// print view, and the list of a person's seminars for the person page.
export { SeminarListPage } from './list/SeminarListPage';
export { SeminarFormPage } from './form/SeminarFormPage';
export { SeminarPage } from './session/SeminarPage';
export { CheckInPage } from './checkin/CheckInPage';
export { CertificatesPrint } from './certificates/CertificatesPrint';
export { PersonSeminars } from './person/PersonSeminars';
/** The CSV reader the registration list uses, shared with the case logbook import. */
export { looksBinary, parseCsvTable } from './import/parseRegistrationCsv';
