// OWWA services of the starter set: membership, and repatriation with welfare assistance.
import type { StarterService } from './types';

const OWWA_CONTACT = 'OWWA 1348 · www.owwa.gov.ph';

export const owwaMembership: StarterService = {
  starterId: 'ofw-ph/owwa-membership',
  agencyPresetId: 'owwa',
  name: 'OWWA membership',
  categories: ['owwaMembership', 'preEmploymentInfo'],
  fees: 'US$25 per contract, or its peso equivalent.',
  processingTime: 'Usually the same day, with the contract processing or in the OWWA Mobile App.',
  contact: OWWA_CONTACT,
  handouts: {
    en: {
      title: 'OWWA membership',
      summary:
        'OWWA membership lets you and your family use OWWA’s programmes: help when you are in trouble abroad, repatriation, death and disability benefits, scholarships for children, and help with training and reintegration.',
      eligibility:
        'OFWs working abroad under an employment contract (land-based and sea-based). Membership is valid for the length of your contract; renew it with each new contract.',
      documents: [
        'Valid passport',
        'Employment contract or proof of employment (visa, work permit or company ID)',
        'The membership contribution (US$25 or its peso equivalent, per contract)',
      ],
      steps: [
        'Pay the membership when your contract is processed at DMW.',
        'Or renew in the OWWA Mobile App, at an OWWA regional welfare office, or at the Migrant Workers Office abroad.',
        'Keep the official receipt or e-receipt: it proves your membership when you or your family ask for help.',
      ],
      whereToApply:
        'OWWA Mobile App; OWWA regional welfare offices; Migrant Workers Offices abroad.',
      notes: 'Ask OWWA to check that your membership is active before you need it.',
    },
    fil: {
      title: 'Pagiging miyembro ng OWWA',
      summary:
        'Bilang miyembro ng OWWA, ikaw at ang iyong pamilya ay makikinabang sa mga programa nito: tulong kapag may problema ka sa ibang bansa, pagpapauwi, benepisyo sa pagkamatay at kapansanan, scholarship para sa mga anak, at tulong sa pagsasanay at reintegrasyon.',
      eligibility:
        'Mga OFW na nagtatrabaho sa ibang bansa na may kontrata sa trabaho (land-based at sea-based). May bisa ang membership habang tumatakbo ang iyong kontrata; i-renew ito sa bawat bagong kontrata.',
      documents: [
        'Balidong pasaporte',
        'Kontrata sa trabaho o patunay ng trabaho (visa, work permit o company ID)',
        'Bayad sa membership (US$25 o katumbas nito sa piso, bawat kontrata)',
      ],
      steps: [
        'Bayaran ang membership kapag ipinoproseso ang iyong kontrata sa DMW.',
        'O kaya, mag-renew sa OWWA Mobile App, sa regional welfare office ng OWWA, o sa Migrant Workers Office sa ibang bansa.',
        'Itago ang opisyal na resibo o e-receipt: ito ang patunay ng iyong membership kapag ikaw o ang iyong pamilya ay hihingi ng tulong.',
      ],
      whereToApply:
        'OWWA Mobile App; mga regional welfare office ng OWWA; mga Migrant Workers Office sa ibang bansa.',
      notes: 'Ipasuri sa OWWA kung aktibo ang iyong membership bago mo pa ito kailanganin.',
    },
  },
};

export const owwaWelfare: StarterService = {
  starterId: 'ofw-ph/owwa-welfare-repatriation',
  agencyPresetId: 'owwa',
  name: 'Repatriation and welfare assistance (OWWA)',
  categories: [
    'repatriation',
    'welfareCheck',
    'deathAndRemains',
    'financialAssistance',
    'illnessInjury',
    'displacement',
    'owwaMembership',
  ],
  fees: 'Free.',
  processingTime: 'Depends on the case and the country; the desk follows up after 2 days.',
  contact: OWWA_CONTACT,
  handouts: {
    en: {
      title: 'Help to come home, and welfare assistance (OWWA)',
      summary:
        'OWWA helps OFWs in distress come home, and helps families bring home the remains of an OFW who died abroad. It also gives welfare assistance to member OFWs and their families in hard times such as illness, injury or disaster.',
      eligibility:
        'Repatriation help: OFWs in distress abroad, together with their agency, employer and the government. Other benefits (for example death, disability or calamity assistance) are mainly for active OWWA members and their families.',
      documents: [
        'Name, passport number and contact details of the OFW abroad',
        'Name and address of the employer and of the recruitment agency',
        'What happened, with any messages, photos or papers',
        'Valid ID of the relative asking, and proof of relationship (PSA birth or marriage certificate)',
        'For remains: the death certificate or report from abroad, if you have it',
      ],
      steps: [
        'Come to this desk with the papers; we write the request with you.',
        'The desk sends the request to the OWWA regional welfare office and notes the date.',
        'OWWA works with the Migrant Workers Office abroad, the employer and the agency.',
        'The desk follows up with OWWA and tells you the news; keep your phone on.',
      ],
      whereToApply:
        'Through this desk, an OWWA regional welfare office or the OWWA hotline 1348; abroad, the Migrant Workers Office.',
      notes:
        'In most cases the law makes the recruitment agency pay for the repatriation. Asking for help costs you nothing.',
    },
    fil: {
      title: 'Tulong para makauwi, at tulong-kapakanan (OWWA)',
      summary:
        'Tinutulungan ng OWWA na makauwi ang mga OFW na nasa kagipitan, at tinutulungan ang mga pamilya na maiuwi ang labi ng OFW na namatay sa ibang bansa. Nagbibigay din ito ng tulong-kapakanan sa mga miyembrong OFW at sa kanilang pamilya sa panahon ng kagipitan gaya ng sakit, pinsala o kalamidad.',
      eligibility:
        'Tulong sa pagpapauwi: mga OFW na nasa kagipitan sa ibang bansa, katuwang ang kanilang agency, employer at ang gobyerno. Ang ibang benepisyo (halimbawa, tulong sa pagkamatay, kapansanan o kalamidad) ay pangunahing para sa mga aktibong miyembro ng OWWA at sa kanilang pamilya.',
      documents: [
        'Pangalan, numero ng pasaporte at contact details ng OFW sa ibang bansa',
        'Pangalan at address ng employer at ng recruitment agency',
        'Ang nangyari, kasama ang anumang mensahe, larawan o papeles',
        'Balidong ID ng kamag-anak na humihingi ng tulong, at patunay ng relasyon (PSA birth o marriage certificate)',
        'Para sa labi: death certificate o ulat mula sa ibang bansa, kung mayroon na',
      ],
      steps: [
        'Pumunta sa tanggapang ito dala ang mga papeles; isusulat natin nang magkasama ang kahilingan.',
        'Ipapadala ng tanggapan ang kahilingan sa regional welfare office ng OWWA at itatala ang petsa.',
        'Makikipag-ugnayan ang OWWA sa Migrant Workers Office sa ibang bansa, sa employer at sa agency.',
        'Susubaybayan ng tanggapan ang OWWA at ibabalita sa iyo ang resulta; panatilihing bukas ang iyong cellphone.',
      ],
      whereToApply:
        'Sa pamamagitan ng tanggapang ito, ng regional welfare office ng OWWA o ng OWWA hotline 1348; sa ibang bansa, ang Migrant Workers Office.',
      notes:
        'Sa karamihan ng kaso, itinatakda ng batas na ang recruitment agency ang magbabayad ng pagpapauwi. Wala kang babayaran sa paghingi ng tulong.',
    },
  },
};
