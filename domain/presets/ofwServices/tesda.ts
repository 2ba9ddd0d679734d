// TESDA in the starter set: skills training and competency assessment.
import type { StarterService } from './types';

export const tesdaTraining: StarterService = {
  starterId: 'ofw-ph/tesda-training-assessment',
  agencyPresetId: 'tesda',
  name: 'Skills training and competency assessment (TESDA)',
  categories: ['reintegration', 'preEmploymentInfo'],
  fees: 'Training can be free with a scholarship; an assessment fee may apply.',
  contact: 'www.tesda.gov.ph · e-tesda.gov.ph',
  handouts: {
    en: {
      title: 'Skills training and National Certificates (TESDA)',
      summary:
        'TESDA runs and supervises skills training and assesses workers’ skills. Passing an assessment gives you a National Certificate (NC), which many employers abroad ask for; household service workers, for example, are usually asked for an NC II in Domestic Work.',
      eligibility:
        'Filipinos who want to learn a trade or prove their skills, including returning OFWs. Free training depends on the scholarships available.',
      documents: [
        'PSA birth certificate',
        'Valid ID',
        'Recent ID photos',
        'School records or certificates, if any',
      ],
      steps: [
        'Ask TESDA or an accredited training centre which courses and scholarships are open.',
        'Enrol and attend the training (some courses can be studied online at e-tesda.gov.ph).',
        'Apply for the competency assessment at an accredited assessment centre.',
        'Pass the assessment to receive your National Certificate.',
      ],
      whereToApply:
        'The TESDA provincial office; TESDA-accredited training and assessment centres; online courses at e-tesda.gov.ph.',
      notes: 'Ask about scholarships (for example TWSP) that cover the training fee.',
    },
    fil: {
      title: 'Pagsasanay sa kasanayan at National Certificate (TESDA)',
      summary:
        'Nagpapatakbo at nangangasiwa ang TESDA ng mga pagsasanay sa kasanayan at sinusuri nito ang kakayahan ng mga manggagawa. Kapag pumasa ka sa assessment, makakakuha ka ng National Certificate (NC), na hinahanap ng maraming employer sa ibang bansa; halimbawa, karaniwang hinihingan ng NC II sa Domestic Work ang mga household service worker.',
      eligibility:
        'Mga Pilipinong gustong matuto ng hanapbuhay o patunayan ang kanilang kasanayan, kasama ang mga OFW na umuwi. Nakadepende sa mga bukas na scholarship ang libreng pagsasanay.',
      documents: [
        'PSA birth certificate',
        'Balidong ID',
        'Mga bagong ID picture',
        'Mga school record o sertipiko, kung mayroon',
      ],
      steps: [
        'Itanong sa TESDA o sa isang accredited training center kung anong mga kurso at scholarship ang bukas.',
        'Mag-enroll at dumalo sa pagsasanay (may mga kursong maaaring pag-aralan online sa e-tesda.gov.ph).',
        'Mag-apply para sa competency assessment sa isang accredited assessment center.',
        'Pumasa sa assessment para matanggap ang iyong National Certificate.',
      ],
      whereToApply:
        'Provincial office ng TESDA; mga training at assessment center na accredited ng TESDA; mga online na kurso sa e-tesda.gov.ph.',
      notes:
        'Magtanong tungkol sa mga scholarship (halimbawa, TWSP) na sumasagot sa bayad sa pagsasanay.',
    },
  },
};
