// Legal services of the starter set: PAO's free legal help, and the NBI (clearance, complaints).
import type { StarterService } from './types';

export const paoLegalAid: StarterService = {
  starterId: 'ofw-ph/pao-legal-assistance',
  agencyPresetId: 'pao',
  name: 'Free legal assistance (PAO)',
  categories: ['legalAssistance', 'contractViolation', 'illegalRecruitment'],
  fees: 'Free.',
  contact: 'www.pao.gov.ph',
  handouts: {
    en: {
      title: 'Free legal help from the Public Attorney’s Office (PAO)',
      summary:
        'The Public Attorney’s Office gives free legal advice, and free lawyers in court, to people who cannot afford one, including OFWs and their families.',
      eligibility:
        'People who pass PAO’s means test (limits on income and property). OFWs and their families can also ask PAO for help in cases of illegal recruitment and labour claims.',
      documents: [
        'Valid ID',
        'Proof of income: latest income tax return or payslip, or a certificate of indigency from the barangay or DSWD',
        'All papers about the case (contract, receipts, letters, court notices)',
      ],
      steps: [
        'Go to the PAO district office (usually at the Hall of Justice).',
        'Tell the public attorney about the problem and answer the means-test interview.',
        'If you qualify, PAO gives advice, drafts documents or represents you.',
        'Keep every notice and go to every hearing.',
      ],
      whereToApply: 'The PAO district office; ask this desk for the address.',
      notes: 'PAO’s services are free. Do not sign a settlement before you ask a lawyer.',
    },
    fil: {
      title: 'Libreng tulong-legal mula sa Public Attorney’s Office (PAO)',
      summary:
        'Nagbibigay ang Public Attorney’s Office ng libreng payong legal, at libreng abogado sa korte, sa mga taong hindi kayang magbayad ng abogado, kasama ang mga OFW at ang kanilang pamilya.',
      eligibility:
        'Mga taong pumapasa sa means test ng PAO (may limitasyon sa kita at ari-arian). Maaari ring humingi ng tulong sa PAO ang mga OFW at ang kanilang pamilya sa mga kaso ng ilegal na rekrutment at sa mga reklamo tungkol sa trabaho.',
      documents: [
        'Balidong ID',
        'Patunay ng kita: pinakahuling income tax return o payslip, o certificate of indigency mula sa barangay o DSWD',
        'Lahat ng papeles tungkol sa kaso (kontrata, resibo, sulat, abiso ng korte)',
      ],
      steps: [
        'Pumunta sa district office ng PAO (karaniwang nasa Hall of Justice).',
        'Ikuwento sa public attorney ang problema at sagutin ang interview para sa means test.',
        'Kung kuwalipikado ka, magbibigay ang PAO ng payo, gagawa ng mga dokumento o kakatawan sa iyo.',
        'Itago ang bawat abiso at dumalo sa bawat pagdinig.',
      ],
      whereToApply: 'Ang district office ng PAO; itanong sa tanggapang ito ang address.',
      notes: 'Libre ang mga serbisyo ng PAO. Huwag pumirma ng areglo bago ka magtanong sa abogado.',
    },
  },
};

export const nbiClearance: StarterService = {
  starterId: 'ofw-ph/nbi-clearance',
  agencyPresetId: 'nbi',
  name: 'NBI clearance',
  categories: ['documents', 'preEmploymentInfo'],
  fees: 'Shown when you book online; confirm the current amount.',
  contact: 'clearance.nbi.gov.ph · www.nbi.gov.ph',
  handouts: {
    en: {
      title: 'Getting an NBI clearance',
      summary:
        'An NBI clearance shows whether you have a criminal record in the Philippines. Employers abroad and recruitment agencies often ask for it.',
      eligibility: 'Anyone who needs a clearance for work, travel or other purposes.',
      documents: [
        'Two valid IDs (for example passport, UMID, driver’s licence)',
        'Your online appointment reference number',
      ],
      steps: [
        'Register and book an appointment at clearance.nbi.gov.ph.',
        'Pay the fee through one of the listed payment channels.',
        'Go to the NBI clearance centre for your photo and fingerprints.',
        'Receive your clearance; if there is a "hit" (someone with the same name), come back on the date you are given.',
      ],
      whereToApply: 'NBI clearance centres (book at clearance.nbi.gov.ph).',
      notes: 'Apply only on the official site; do not use fixers.',
    },
    fil: {
      title: 'Pagkuha ng NBI clearance',
      summary:
        'Ipinapakita ng NBI clearance kung may criminal record ka sa Pilipinas. Madalas itong hingin ng mga employer sa ibang bansa at ng mga recruitment agency.',
      eligibility:
        'Sinumang nangangailangan ng clearance para sa trabaho, biyahe o iba pang layunin.',
      documents: [
        'Dalawang balidong ID (halimbawa, pasaporte, UMID, driver’s license)',
        'Ang reference number ng iyong online appointment',
      ],
      steps: [
        'Magparehistro at magpa-appointment sa clearance.nbi.gov.ph.',
        'Bayaran ang fee sa isa sa mga nakalistang payment channel.',
        'Pumunta sa NBI clearance center para sa larawan at fingerprint.',
        'Tanggapin ang iyong clearance; kung may "hit" (may kapangalan ka), bumalik sa petsang ibibigay sa iyo.',
      ],
      whereToApply: 'Mga NBI clearance center (magpa-appointment sa clearance.nbi.gov.ph).',
      notes: 'Sa opisyal na site lamang mag-apply; huwag gumamit ng fixer.',
    },
  },
};

export const nbiComplaint: StarterService = {
  starterId: 'ofw-ph/nbi-illegal-recruitment-complaint',
  agencyPresetId: 'nbi',
  name: 'Reporting illegal recruitment or human trafficking (NBI)',
  categories: ['illegalRecruitment', 'abuse', 'legalAssistance'],
  fees: 'Free.',
  contact: 'www.nbi.gov.ph · 1343 Actionline',
  handouts: {
    en: {
      title: 'Reporting illegal recruitment or human trafficking (NBI)',
      summary:
        'The NBI investigates illegal recruitment and human trafficking. A victim or a relative can file a complaint, and the NBI builds the case for prosecution.',
      eligibility: 'Victims of illegal recruitment or trafficking, their families and witnesses.',
      documents: [
        'Valid ID',
        'Everything from the recruiter: messages, advertisements, receipts, contracts, names and addresses',
        'A written account of what happened (this desk can help you write it)',
      ],
      steps: [
        'Write down what happened, with dates, names and the amounts paid.',
        'Go to the NBI office with your papers, or ask this desk to refer you.',
        'The NBI takes your sworn statement.',
        'Cooperate with the investigation and keep all the originals.',
      ],
      whereToApply:
        'An NBI regional or district office; also DMW (hotline 1348), the police, or the 1343 Actionline against human trafficking.',
      notes:
        'Victims of trafficking are not punished for acts they were forced to commit, and can get protection and help.',
    },
    fil: {
      title: 'Pag-report ng ilegal na rekrutment o human trafficking (NBI)',
      summary:
        'Iniimbestigahan ng NBI ang ilegal na rekrutment at human trafficking. Maaaring magsampa ng reklamo ang biktima o ang kamag-anak, at bubuuin ng NBI ang kaso para sa paglilitis.',
      eligibility:
        'Mga biktima ng ilegal na rekrutment o trafficking, ang kanilang pamilya at mga saksi.',
      documents: [
        'Balidong ID',
        'Lahat ng galing sa recruiter: mga mensahe, patalastas, resibo, kontrata, pangalan at address',
        'Nakasulat na salaysay ng nangyari (matutulungan ka ng tanggapang ito na isulat ito)',
      ],
      steps: [
        'Isulat ang nangyari, kasama ang mga petsa, pangalan at halagang ibinayad.',
        'Pumunta sa opisina ng NBI dala ang iyong mga papeles, o hilingin sa tanggapang ito na i-refer ka.',
        'Kukunin ng NBI ang iyong sinumpaang salaysay.',
        'Makipagtulungan sa imbestigasyon at itago ang lahat ng orihinal.',
      ],
      whereToApply:
        'Regional o district office ng NBI; gayundin ang DMW (hotline 1348), ang pulis, o ang 1343 Actionline laban sa human trafficking.',
      notes:
        'Hindi pinarurusahan ang mga biktima ng trafficking sa mga gawaing pinilit silang gawin, at maaari silang makakuha ng proteksyon at tulong.',
    },
  },
};
