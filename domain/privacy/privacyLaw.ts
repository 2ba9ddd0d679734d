// Which data-protection law a desk works under follows its country: the consent text and the
// "confidential" line of printed pages name it. A Spanish desk is not under the Philippine Data
// Privacy Act, and an Argentine one is not under the GDPR.

export const PRIVACY_LAWS = ['ph', 'es', 'eu', 'ar', 'pe', 'other'] as const;
export type PrivacyLaw = (typeof PRIVACY_LAWS)[number];

/** EU members other than Spain: the GDPR, without a national law named. */
const EU = new Set(
  'AT BE BG CY CZ DE DK EE FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** PH: RA 10173; ES: GDPR + LOPDGDD (Ley Orgánica 3/2018); AR: Ley 25.326; PE: Ley 29733. */
export function privacyLawOf(country: string): PrivacyLaw {
  switch (country) {
    case 'PH':
      return 'ph';
    case 'ES':
      return 'es';
    case 'AR':
      return 'ar';
    case 'PE':
      return 'pe';
    default:
      return EU.has(country) ? 'eu' : 'other';
  }
}
