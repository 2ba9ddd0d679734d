// The public mandate of each agency of the OFW preset, in one sentence, from the laws that
// created them. Shown beside each starter service; the desk verifies it like everything else.
export const OFW_AGENCY_MANDATES: Readonly<Record<string, string>> = {
  dmw: 'The Department of Migrant Workers (RA 11641) protects the rights and welfare of OFWs and their families, regulates recruitment and deployment, and licenses recruitment agencies; it absorbed the POEA.',
  owwa: 'The Overseas Workers Welfare Administration (RA 10801), attached to DMW, runs welfare, repatriation, insurance, education and reintegration programmes for member OFWs and their families.',
  dfa: 'The Department of Foreign Affairs issues Philippine passports and, through its embassies and consulates, assists and protects Filipinos abroad (assistance to nationals).',
  dole: 'The Department of Labor and Employment promotes employment and protects workers; its programmes include emergency employment (TUPAD) and livelihood grants (DILP) for displaced workers.',
  peso: 'The city Public Employment Service Office (RA 8759, as amended by RA 10691) gives free job matching and career guidance, and informs job seekers against illegal recruitment.',
  tesda:
    'The Technical Education and Skills Development Authority (RA 7796) manages technical-vocational training and assesses and certifies workers’ skills (National Certificates).',
  philhealth:
    'The Philippine Health Insurance Corporation administers the National Health Insurance Program under the Universal Health Care Act (RA 11223).',
  dswd: 'The Department of Social Welfare and Development gives social protection and crisis assistance to poor, vulnerable and disadvantaged individuals and families.',
  cfo: 'The Commission on Filipinos Overseas (BP 79) promotes the interests of Filipino emigrants and permanent residents abroad, and runs pre-departure guidance for emigrants and spouses of foreign nationals.',
  pao: 'The Public Attorney’s Office (RA 9406) gives free legal advice and representation to people who cannot afford a lawyer, and to others the law qualifies.',
  nbi: 'The National Bureau of Investigation (RA 10867) investigates serious crimes, including illegal recruitment and human trafficking, and issues NBI clearances.',
};
