// Health, social welfare and emigrant services of the starter set: PhilHealth, DSWD, CFO.
import type { StarterService } from './types';

export const philhealthMembership: StarterService = {
  starterId: 'ofw-ph/philhealth-membership',
  agencyPresetId: 'philhealth',
  name: 'PhilHealth membership for OFWs',
  categories: ['healthCareAccess', 'illnessInjury'],
  fees: 'A premium based on income; ask PhilHealth for the current rate for OFWs.',
  contact: 'www.philhealth.gov.ph',
  handouts: {
    en: {
      title: 'PhilHealth for OFWs and their families',
      summary:
        'PhilHealth is the national health insurance. As a member, part of your hospital and other health costs in the Philippines is paid for you and for your qualified dependents.',
      eligibility:
        'Every Filipino is covered under the Universal Health Care law; OFWs pay their contributions as direct contributors. Dependents can include a spouse, children under 21 and parents aged 60 or over, under PhilHealth’s rules.',
      documents: [
        'PhilHealth Member Registration Form (PMRF)',
        'Valid ID or passport',
        'Proof of OFW status (contract, visa or OEC)',
        'For dependents: PSA birth or marriage certificates',
      ],
      steps: [
        'Register, or update your record, at a PhilHealth office or online.',
        'Get your PhilHealth Identification Number (PIN).',
        'Pay the contribution as PhilHealth instructs; ask for the current rate for OFWs.',
        'Keep your PIN and receipts: the hospital will ask for them.',
      ],
      whereToApply:
        'A PhilHealth Local Health Insurance Office (LHIO); PhilHealth’s online member portal.',
      notes:
        'The contribution rules for OFWs have changed in recent years: check the current rate before you pay.',
    },
    fil: {
      title: 'PhilHealth para sa mga OFW at sa kanilang pamilya',
      summary:
        'Ang PhilHealth ang pambansang health insurance. Bilang miyembro, may bahagi ng gastos sa ospital at iba pang gastusing pangkalusugan sa Pilipinas na binabayaran para sa iyo at sa iyong mga kuwalipikadong dependent.',
      eligibility:
        'Sakop ng Universal Health Care law ang bawat Pilipino; nagbabayad ng kontribusyon ang mga OFW bilang direct contributor. Maaaring kasama sa mga dependent ang asawa, mga anak na wala pang 21 taong gulang at mga magulang na 60 taong gulang pataas, ayon sa mga patakaran ng PhilHealth.',
      documents: [
        'PhilHealth Member Registration Form (PMRF)',
        'Balidong ID o pasaporte',
        'Patunay na OFW ka (kontrata, visa o OEC)',
        'Para sa mga dependent: PSA birth o marriage certificate',
      ],
      steps: [
        'Magparehistro, o i-update ang iyong record, sa opisina ng PhilHealth o online.',
        'Kunin ang iyong PhilHealth Identification Number (PIN).',
        'Bayaran ang kontribusyon ayon sa instruksyon ng PhilHealth; itanong ang kasalukuyang halaga para sa mga OFW.',
        'Itago ang iyong PIN at mga resibo: hahanapin ito ng ospital.',
      ],
      whereToApply:
        'Local Health Insurance Office (LHIO) ng PhilHealth; ang online member portal ng PhilHealth.',
      notes:
        'Nagbago ang mga patakaran sa kontribusyon ng mga OFW nitong mga nakaraang taon: alamin ang kasalukuyang halaga bago magbayad.',
    },
  },
};

export const dswdAics: StarterService = {
  starterId: 'ofw-ph/dswd-aics',
  agencyPresetId: 'dswd',
  name: 'Assistance to Individuals in Crisis Situations (AICS, DSWD)',
  categories: ['financialAssistance', 'deathAndRemains', 'healthCareAccess', 'illnessInjury'],
  fees: 'Free.',
  contact: 'www.dswd.gov.ph',
  handouts: {
    en: {
      title: 'Help in a crisis: AICS (DSWD)',
      summary:
        'DSWD gives one-time help to people in a crisis: cash or a guarantee letter for medical bills, medicine, burial, transport or education, and food.',
      eligibility:
        'Individuals and families in crisis, including OFWs and their families, after an assessment by a social worker.',
      documents: [
        'Valid ID of the client',
        'Medical help: medical certificate or abstract, and the bill, prescription or quotation',
        'Burial help: death certificate and funeral contract',
        'Certificate of indigency from the barangay, if asked',
      ],
      steps: [
        'Go to a DSWD field or satellite office, or first to the City Social Welfare and Development Office (CSWDO).',
        'A social worker interviews you about your situation.',
        'Hand in the documents you are asked for.',
        'If approved, receive the cash or the guarantee letter.',
      ],
      whereToApply:
        'A DSWD field or satellite office; the City Social Welfare and Development Office.',
      notes: 'The help is free. Bring the originals and photocopies.',
    },
    fil: {
      title: 'Tulong sa oras ng krisis: AICS (DSWD)',
      summary:
        'Nagbibigay ang DSWD ng minsanang tulong sa mga taong nasa krisis: pera o guarantee letter para sa bayarin sa ospital, gamot, pagpapalibing, pamasahe o pag-aaral, at pagkain.',
      eligibility:
        'Mga indibidwal at pamilyang nasa krisis, kasama ang mga OFW at ang kanilang pamilya, matapos suriin ng isang social worker.',
      documents: [
        'Balidong ID ng kliyente',
        'Tulong medikal: medical certificate o abstract, at ang bill, reseta o quotation',
        'Tulong sa pagpapalibing: death certificate at kontrata sa punerarya',
        'Certificate of indigency mula sa barangay, kung hihingin',
      ],
      steps: [
        'Pumunta sa field o satellite office ng DSWD, o muna sa City Social Welfare and Development Office (CSWDO).',
        'Kakausapin ka ng isang social worker tungkol sa iyong sitwasyon.',
        'Ibigay ang mga dokumentong hinihingi.',
        'Kapag naaprubahan, tanggapin ang pera o ang guarantee letter.',
      ],
      whereToApply:
        'Field o satellite office ng DSWD; ang City Social Welfare and Development Office.',
      notes: 'Libre ang tulong. Dalhin ang mga orihinal at photocopy.',
    },
  },
};

export const cfoGuidance: StarterService = {
  starterId: 'ofw-ph/cfo-guidance-counselling',
  agencyPresetId: 'cfo',
  name: 'Guidance and counselling for emigrants and spouses of foreign nationals (CFO)',
  categories: ['documents', 'preEmploymentInfo'],
  contact: 'www.cfo.gov.ph',
  handouts: {
    en: {
      title: 'Before you emigrate or join a foreign spouse: CFO guidance and registration',
      summary:
        'Filipinos who leave to live abroad for good, or to join a foreign spouse, partner or fiancé(e), attend CFO’s pre-departure guidance and counselling and register with CFO. Immigration officers at the airport ask for the CFO certificate.',
      eligibility:
        'Emigrants and permanent residents leaving the Philippines; Filipino spouses, partners and fiancé(e)s of foreign nationals. Young emigrants aged 13 to 19 attend a peer counselling session.',
      documents: [
        'Valid passport',
        'Immigrant or permanent-residence visa, or spouse or fiancé(e) visa',
        'PSA marriage certificate (for spouses)',
        'Your CFO online registration reference',
      ],
      steps: [
        'Register online on the CFO website.',
        'Attend the guidance and counselling session or the pre-departure orientation seminar (online or in person).',
        'Receive your CFO certificate.',
        'Show it at the immigration counter at the airport when you leave.',
      ],
      whereToApply: 'Online at cfo.gov.ph; CFO offices (ask this desk for the nearest one).',
      notes:
        'The session explains your rights abroad and where to get help if something goes wrong.',
    },
    fil: {
      title: 'Bago mangibang-bansa o sumama sa asawang dayuhan: gabay at pagpaparehistro sa CFO',
      summary:
        'Ang mga Pilipinong aalis para manirahan na sa ibang bansa, o para sumama sa asawa, partner o fiancé(e) na dayuhan, ay dumadalo sa pre-departure guidance and counseling ng CFO at nagpaparehistro sa CFO. Hinahanap ng immigration officer sa paliparan ang CFO certificate.',
      eligibility:
        'Mga emigrant at permanent resident na aalis ng Pilipinas; mga Pilipinong asawa, partner at fiancé(e) ng mga dayuhan. Ang mga batang emigrant na 13 hanggang 19 na taong gulang ay dumadalo sa peer counseling.',
      documents: [
        'Balidong pasaporte',
        'Immigrant o permanent-residence visa, o spouse o fiancé(e) visa',
        'PSA marriage certificate (para sa mga may asawa)',
        'Ang reference ng iyong online na pagpaparehistro sa CFO',
      ],
      steps: [
        'Magparehistro online sa website ng CFO.',
        'Dumalo sa guidance and counseling o sa pre-departure orientation seminar (online o personal).',
        'Tanggapin ang iyong CFO certificate.',
        'Ipakita ito sa immigration counter sa paliparan pag-alis mo.',
      ],
      whereToApply:
        'Online sa cfo.gov.ph; mga opisina ng CFO (itanong sa tanggapang ito kung alin ang pinakamalapit).',
      notes:
        'Ipinapaliwanag ng seminar ang iyong mga karapatan sa ibang bansa at kung saan hihingi ng tulong kapag nagkaproblema.',
    },
  },
};
