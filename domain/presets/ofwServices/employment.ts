// Work and skills services of the starter set: DOLE, the city PESO and TESDA.
import type { StarterService } from './types';

export const doleLivelihood: StarterService = {
  starterId: 'ofw-ph/dole-tupad-dilp',
  agencyPresetId: 'dole',
  name: 'Emergency employment and livelihood for displaced workers (DOLE TUPAD, DILP)',
  categories: ['displacement', 'reintegration', 'financialAssistance'],
  fees: 'Free.',
  contact: 'DOLE 1349 · www.dole.gov.ph',
  handouts: {
    en: {
      title: 'Emergency work and livelihood help for displaced workers (DOLE)',
      summary:
        'DOLE helps workers who lost their jobs, including OFWs who came home: short-term emergency work paid at the minimum wage (TUPAD), and starter kits or grants for a small business (DILP livelihood programme).',
      eligibility:
        'Displaced, underemployed or disadvantaged workers, including OFWs who came home because of job loss, war or disaster, as DOLE’s rules define them.',
      documents: [
        'Valid ID',
        'Proof of job loss or return, if asked (for example a termination notice, or the arrival stamp in your passport)',
        'For livelihood: a short description of the business you plan',
      ],
      steps: [
        'Ask this desk or the city PESO: they often collect the names of applicants for DOLE programmes.',
        'Fill in the application or profile form.',
        'DOLE screens the applicants and announces who is accepted.',
        'TUPAD: work the agreed days and receive your pay. Livelihood: attend the orientation and receive your starter kit.',
      ],
      whereToApply: 'A DOLE provincial or field office; through the city PESO or this desk.',
      notes: 'Places are limited and depend on the funds available each year.',
    },
    fil: {
      title: 'Pansamantalang trabaho at tulong pangkabuhayan para sa mga nawalan ng trabaho (DOLE)',
      summary:
        'Tinutulungan ng DOLE ang mga manggagawang nawalan ng trabaho, kasama ang mga OFW na umuwi: panandaliang emergency na trabaho na binabayaran ng minimum na sahod (TUPAD), at starter kit o tulong para sa maliit na negosyo (DILP livelihood program).',
      eligibility:
        'Mga manggagawang nawalan ng trabaho, kulang ang trabaho o nasa kagipitan, kasama ang mga OFW na umuwi dahil nawalan ng trabaho, digmaan o kalamidad, ayon sa mga patakaran ng DOLE.',
      documents: [
        'Balidong ID',
        'Patunay ng pagkawala ng trabaho o ng pag-uwi, kung hihingin (halimbawa, termination notice o ang arrival stamp sa pasaporte)',
        'Para sa kabuhayan: maikling paliwanag ng negosyong balak mo',
      ],
      steps: [
        'Magtanong sa tanggapang ito o sa PESO ng lungsod: madalas silang nangangalap ng pangalan ng mga aplikante para sa mga programa ng DOLE.',
        'Sagutan ang application o profile form.',
        'Susuriin ng DOLE ang mga aplikante at iaanunsyo kung sino ang natanggap.',
        'TUPAD: magtrabaho sa mga napagkasunduang araw at tanggapin ang sahod. Kabuhayan: dumalo sa orientation at tanggapin ang starter kit.',
      ],
      whereToApply:
        'Provincial o field office ng DOLE; sa pamamagitan ng PESO ng lungsod o ng tanggapang ito.',
      notes: 'Limitado ang bilang ng matatanggap at nakadepende ito sa pondong mayroon bawat taon.',
    },
  },
};

export const pesoJobs: StarterService = {
  starterId: 'ofw-ph/peso-job-matching',
  agencyPresetId: 'peso',
  name: 'Job matching and referral (city PESO)',
  categories: ['preEmploymentInfo', 'reintegration', 'displacement'],
  fees: 'Free.',
  contact: 'philjobnet.gov.ph',
  handouts: {
    en: {
      title: 'Finding a job with the city PESO',
      summary:
        'The city Public Employment Service Office (PESO) helps you find work, here or abroad: job vacancies, job fairs, referrals to employers and to licensed agencies, and career guidance.',
      eligibility: 'Job seekers in the city, including returning OFWs and their family members.',
      documents: [
        'Valid ID',
        'Résumé or bio-data (the PESO can help you write one)',
        'Copies of diplomas, certificates (for example a TESDA National Certificate) and certificates of employment',
      ],
      steps: [
        'Register at the PESO or on PhilJobNet (philjobnet.gov.ph).',
        'Tell the PESO officer what work you are looking for.',
        'Get referred to vacancies and job fairs; go to the interviews.',
        'Before you accept a job abroad, ask the PESO to check the agency and the job order.',
      ],
      whereToApply: 'The city PESO office at the city hall.',
      notes: 'PESO services are free.',
    },
    fil: {
      title: 'Paghahanap ng trabaho sa PESO ng lungsod',
      summary:
        'Tinutulungan ka ng Public Employment Service Office (PESO) ng lungsod na makahanap ng trabaho, dito man o sa ibang bansa: mga bakanteng trabaho, job fair, referral sa mga employer at sa mga lisensyadong agency, at career guidance.',
      eligibility:
        'Mga naghahanap ng trabaho sa lungsod, kasama ang mga OFW na umuwi at ang kanilang mga kapamilya.',
      documents: [
        'Balidong ID',
        'Résumé o bio-data (matutulungan ka ng PESO na gumawa nito)',
        'Kopya ng mga diploma, sertipiko (halimbawa, TESDA National Certificate) at certificate of employment',
      ],
      steps: [
        'Magparehistro sa PESO o sa PhilJobNet (philjobnet.gov.ph).',
        'Sabihin sa PESO officer kung anong trabaho ang hinahanap mo.',
        'Ire-refer ka sa mga bakanteng trabaho at job fair; pumunta sa mga interview.',
        'Bago tumanggap ng trabaho sa ibang bansa, ipasuri sa PESO ang agency at ang job order.',
      ],
      whereToApply: 'Ang opisina ng PESO sa city hall.',
      notes: 'Libre ang mga serbisyo ng PESO.',
    },
  },
};

export const pesoCheck: StarterService = {
  starterId: 'ofw-ph/peso-check-agency',
  agencyPresetId: 'peso',
  name: 'Checking a recruitment agency and a job offer (PESO, anti-illegal recruitment)',
  categories: ['illegalRecruitment', 'preEmploymentInfo'],
  fees: 'Free.',
  contact: 'DMW 1348 · www.dmw.gov.ph',
  handouts: {
    en: {
      title: 'Check the agency and the job offer before you pay',
      summary:
        'Before you pay or sign, the PESO can check with you whether the recruitment agency is licensed by DMW and whether the job order is real.',
      eligibility: 'Anyone offered a job abroad, and their families.',
      documents: [
        'Name and address of the agency or recruiter',
        'The job offer, advertisement, messages or receipts you received',
        'Your valid ID',
      ],
      steps: [
        'Bring what you received from the recruiter to the PESO or to this desk.',
        'We check the agency’s licence and the job order on the DMW website with you.',
        'If something is wrong, we help you report it to DMW, the NBI or the police.',
        'Attend a Pre-Employment Orientation Seminar (PEOS) before you decide.',
      ],
      whereToApply: 'The city PESO; this desk; DMW (hotline 1348).',
      notes:
        'Checking is free. A licensed agency must give you an official receipt for every payment.',
    },
    fil: {
      title: 'Suriin ang agency at ang alok na trabaho bago magbayad',
      summary:
        'Bago ka magbayad o pumirma, masusuri ng PESO kasama mo kung lisensyado ng DMW ang recruitment agency at kung totoo ang job order.',
      eligibility: 'Sinumang inalok ng trabaho sa ibang bansa, at ang kanilang pamilya.',
      documents: [
        'Pangalan at address ng agency o recruiter',
        'Ang alok na trabaho, patalastas, mga mensahe o resibong natanggap mo',
        'Ang iyong balidong ID',
      ],
      steps: [
        'Dalhin sa PESO o sa tanggapang ito ang mga natanggap mo mula sa recruiter.',
        'Sabay nating susuriin sa website ng DMW ang lisensya ng agency at ang job order.',
        'Kung may mali, tutulungan ka naming i-report ito sa DMW, sa NBI o sa pulis.',
        'Dumalo sa Pre-Employment Orientation Seminar (PEOS) bago ka magpasya.',
      ],
      whereToApply: 'Ang PESO ng lungsod; ang tanggapang ito; ang DMW (hotline 1348).',
      notes:
        'Libre ang pagsusuri. Dapat kang bigyan ng lisensyadong agency ng opisyal na resibo sa bawat bayad.',
    },
  },
};
