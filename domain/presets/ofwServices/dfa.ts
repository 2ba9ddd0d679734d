// DFA services of the starter set: the passport, and assistance to nationals abroad.
import type { StarterService } from './types';

export const dfaPassport: StarterService = {
  starterId: 'ofw-ph/dfa-passport',
  agencyPresetId: 'dfa',
  name: 'Philippine passport',
  categories: ['documents', 'preEmploymentInfo'],
  fees: 'Regular processing PHP 950; expedited PHP 1,200.',
  processingTime:
    'About 12 working days regular, 6 working days expedited in Metro Manila; longer in the provinces.',
  contact: 'passport.gov.ph · www.dfa.gov.ph',
  handouts: {
    en: {
      title: 'Getting a Philippine passport',
      summary:
        'A passport is the first document you need to work or travel abroad. You apply in person, after booking an appointment online.',
      eligibility: 'Filipino citizens. Minors apply with a parent or guardian.',
      documents: [
        'Confirmed online appointment (printed or on your phone)',
        'Filled-in application form',
        'PSA birth certificate (first-time applicants)',
        'One valid government ID, with a photocopy',
        'Old passport, if renewing',
        'For a married woman using her husband’s surname: PSA marriage certificate',
      ],
      steps: [
        'Book an appointment at passport.gov.ph.',
        'Pay the fee as instructed.',
        'Go to the consular office on the day of your appointment with your documents; your photo and fingerprints are taken there.',
        'Collect your passport, or have it delivered, when it is ready.',
      ],
      whereToApply:
        'A DFA consular office (book at passport.gov.ph); abroad, the Philippine embassy or consulate.',
      notes:
        'Book only on the official site passport.gov.ph; never pay fixers. OFWs can ask about the OFW lane and special appointment slots.',
    },
    fil: {
      title: 'Pagkuha ng pasaporte ng Pilipinas',
      summary:
        'Ang pasaporte ang unang dokumentong kailangan mo para magtrabaho o bumiyahe sa ibang bansa. Personal kang mag-a-apply, pagkatapos magpa-appointment online.',
      eligibility:
        'Mga mamamayang Pilipino. Ang mga menor de edad ay mag-a-apply kasama ang magulang o guardian.',
      documents: [
        'Kumpirmadong online appointment (naka-print o nasa cellphone)',
        'Sinagutang application form',
        'PSA birth certificate (para sa mga unang beses mag-a-apply)',
        'Isang balidong government ID, kasama ang photocopy',
        'Lumang pasaporte, kung magre-renew',
        'Para sa babaeng may asawa na gagamit ng apelyido ng asawa: PSA marriage certificate',
      ],
      steps: [
        'Magpa-appointment sa passport.gov.ph.',
        'Bayaran ang fee ayon sa instruksyon.',
        'Pumunta sa consular office sa araw ng appointment, dala ang mga dokumento; doon kukunan ang iyong larawan at fingerprint.',
        'Kunin ang iyong pasaporte, o ipa-deliver ito, kapag handa na.',
      ],
      whereToApply:
        'Consular office ng DFA (magpa-appointment sa passport.gov.ph); sa ibang bansa, ang embahada o konsulado ng Pilipinas.',
      notes:
        'Sa opisyal na site lamang na passport.gov.ph magpa-appointment; huwag magbayad sa fixer. Maaaring magtanong ang mga OFW tungkol sa OFW lane at sa mga espesyal na appointment slot.',
    },
  },
};

export const dfaAssistance: StarterService = {
  starterId: 'ofw-ph/dfa-assistance-to-nationals',
  agencyPresetId: 'dfa',
  name: 'Assistance to nationals: Filipinos in distress abroad (DFA)',
  categories: [
    'welfareCheck',
    'detentionAbroad',
    'deathAndRemains',
    'repatriation',
    'legalAssistance',
    'abuse',
  ],
  fees: 'Free.',
  contact: 'www.dfa.gov.ph',
  handouts: {
    en: {
      title: 'Help for Filipinos in trouble abroad (DFA assistance to nationals)',
      summary:
        'Philippine embassies and consulates help Filipinos in trouble abroad: people who are detained or face a court case, victims of crime or trafficking, people who are stranded or missing, and the families of those who died abroad. DFA’s Office of the Undersecretary for Migrant Workers’ Affairs coordinates this help from Manila.',
      eligibility:
        'Filipinos in distress abroad, whatever their status, and their families in the Philippines.',
      documents: [
        'Full name, date of birth and passport number of the person abroad, if known',
        'Where they are: country, city, employer or last address',
        'What happened, with any messages, photos or papers',
        'Valid ID of the relative asking, and proof of relationship',
      ],
      steps: [
        'Contact this desk, or the embassy or consulate directly: say who the person is and what happened.',
        'The desk sends the request with the details to DFA or the embassy.',
        'The embassy’s assistance-to-nationals staff contact the person, the employer or the authorities.',
        'The desk follows up and keeps you informed.',
      ],
      whereToApply:
        'The Philippine embassy or consulate in the country; DFA in Manila; or through this desk.',
      notes:
        'Help from the embassy is free. Keep a copy of the OFW’s passport and contract at home: it makes every request faster.',
    },
    fil: {
      title:
        'Tulong sa mga Pilipinong nagkakaproblema sa ibang bansa (assistance to nationals ng DFA)',
      summary:
        'Tinutulungan ng mga embahada at konsulado ng Pilipinas ang mga Pilipinong nagkakaproblema sa ibang bansa: mga nakakulong o may kinakaharap na kaso sa korte, mga biktima ng krimen o human trafficking, mga stranded o nawawala, at ang pamilya ng mga namatay sa ibang bansa. Ang Office of the Undersecretary for Migrant Workers’ Affairs ng DFA ang nag-uugnay ng tulong na ito mula sa Maynila.',
      eligibility:
        'Mga Pilipinong nasa kagipitan sa ibang bansa, anuman ang kanilang katayuan, at ang kanilang pamilya sa Pilipinas.',
      documents: [
        'Buong pangalan, petsa ng kapanganakan at numero ng pasaporte ng tao sa ibang bansa, kung alam',
        'Kung nasaan siya: bansa, lungsod, employer o huling address',
        'Ang nangyari, kasama ang anumang mensahe, larawan o papeles',
        'Balidong ID ng kamag-anak na humihingi ng tulong, at patunay ng relasyon',
      ],
      steps: [
        'Lumapit sa tanggapang ito, o direkta sa embahada o konsulado: sabihin kung sino ang tao at ano ang nangyari.',
        'Ipapadala ng tanggapan ang kahilingan, kasama ang mga detalye, sa DFA o sa embahada.',
        'Kokontakin ng assistance-to-nationals staff ng embahada ang tao, ang employer o ang mga awtoridad.',
        'Susubaybayan ito ng tanggapan at ibabalita sa iyo ang mga pangyayari.',
      ],
      whereToApply:
        'Ang embahada o konsulado ng Pilipinas sa bansang iyon; ang DFA sa Maynila; o sa pamamagitan ng tanggapang ito.',
      notes:
        'Libre ang tulong ng embahada. Magtago sa bahay ng kopya ng pasaporte at kontrata ng OFW: pinabibilis nito ang bawat kahilingan.',
    },
  },
};
