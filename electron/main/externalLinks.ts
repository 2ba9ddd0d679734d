// Hosts whose https links open in the system browser: the official sites of the agencies a
// desk refers clients to. Any other link is refused; add hosts here, by exact name.
export const externalLinkAllowList: readonly string[] = [
  // Philippines
  'dmw.gov.ph',
  'www.dmw.gov.ph',
  'owwa.gov.ph',
  'www.owwa.gov.ph',
  'dfa.gov.ph',
  'www.dfa.gov.ph',
  'dole.gov.ph',
  'www.dole.gov.ph',
  'tesda.gov.ph',
  'www.tesda.gov.ph',
  'philhealth.gov.ph',
  'www.philhealth.gov.ph',
  'dswd.gov.ph',
  'www.dswd.gov.ph',
  'cfo.gov.ph',
  'www.cfo.gov.ph',
  'pao.gov.ph',
  'www.pao.gov.ph',
  'nbi.gov.ph',
  'www.nbi.gov.ph',
  // Spain, Argentina, Peru
  'extranjeros.inclusion.gob.es',
  'www.inclusion.gob.es',
  'www.argentina.gob.ar',
  'www.gob.pe',
  // International
  'help.unhcr.org',
];
