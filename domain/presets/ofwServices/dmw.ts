// DMW services of the starter set: the OEC (with e-Registration) and the AKSYON Fund.
// From DMW's public guidance; every entry is seeded "to be verified by the desk".
import type { StarterService } from './types';

const DMW_CONTACT = 'DMW 1348 · www.dmw.gov.ph · onlineservices.dmw.gov.ph';

export const dmwOec: StarterService = {
  starterId: 'ofw-ph/dmw-oec',
  agencyPresetId: 'dmw',
  name: 'Overseas Employment Certificate (OEC) and e-Registration',
  categories: ['documents', 'preEmploymentInfo'],
  fees: 'Ask DMW whether a fee applies; confirm before telling a client.',
  processingTime:
    'Varies: returning workers with a complete online record often get it quickly; new hires get it through their agency before departure.',
  contact: DMW_CONTACT,
  handouts: {
    en: {
      title: 'Getting your OEC (Overseas Employment Certificate)',
      summary:
        'The OEC shows that you are a documented OFW. Immigration officers at the airport ask for it when you leave the Philippines to work abroad, and it exempts you from the travel tax and the airport terminal fee. DMW is moving the OEC to a digital "OFW Pass" in the DMW Mobile App: ask which one applies to you.',
      eligibility:
        'Filipino workers with a job abroad processed through DMW: new hires (through a licensed recruitment agency or government placement) and returning workers (Balik-Manggagawa) going back to an employer.',
      documents: [
        'Valid passport (usually valid for at least 6 more months)',
        'Valid work visa or work permit for the country of work',
        'Employment contract or proof of employment (for example a certificate of employment)',
        'Your DMW e-Registration account (email and password)',
        'Proof of OWWA membership, if asked',
      ],
      steps: [
        'Create or update your e-Registration account at onlineservices.dmw.gov.ph or in the DMW Mobile App.',
        'New hires: your licensed recruitment agency processes your contract and your OEC; attend the seminars they tell you about (PEOS, PDOS).',
        'Returning workers going back to the same employer: log in and request your OEC or OFW Pass online; if your record is not found, book an appointment at a DMW office.',
        'Keep the OEC or OFW Pass on your phone and on paper for the airport.',
      ],
      whereToApply:
        'Online at onlineservices.dmw.gov.ph or in the DMW Mobile App; or at a DMW regional office (ask this desk for the nearest one).',
      notes:
        'This desk can help you create your e-Registration account. Never pay anyone who offers to "fix" your OEC outside DMW.',
    },
    fil: {
      title: 'Pagkuha ng OEC (Overseas Employment Certificate)',
      summary:
        'Ipinapakita ng OEC na dokumentado kang OFW. Hinahanap ito ng immigration officer sa paliparan kapag umalis ka ng Pilipinas para magtrabaho sa ibang bansa, at dahil dito ay hindi ka na magbabayad ng travel tax at airport terminal fee. Inililipat na ng DMW ang OEC sa digital na "OFW Pass" sa DMW Mobile App: itanong kung alin ang para sa iyo.',
      eligibility:
        'Mga manggagawang Pilipino na may trabaho sa ibang bansa na dumaan sa DMW: mga bagong hire (sa pamamagitan ng lisensyadong recruitment agency o ng gobyerno) at mga Balik-Manggagawa na babalik sa kanilang employer.',
      documents: [
        'Balidong pasaporte (karaniwang may bisa pa nang hindi bababa sa 6 na buwan)',
        'Balidong work visa o work permit sa bansang pagtatrabahuhan',
        'Kontrata sa trabaho o patunay ng trabaho (halimbawa, certificate of employment)',
        'Ang iyong DMW e-Registration account (email at password)',
        'Patunay ng pagiging miyembro ng OWWA, kung hihingin',
      ],
      steps: [
        'Gumawa o i-update ang iyong e-Registration account sa onlineservices.dmw.gov.ph o sa DMW Mobile App.',
        'Mga bagong hire: ang lisensyadong recruitment agency ang magpoproseso ng iyong kontrata at OEC; dumalo sa mga seminar na sasabihin nila (PEOS, PDOS).',
        'Mga Balik-Manggagawa na babalik sa parehong employer: mag-log in at humingi ng OEC o OFW Pass online; kung hindi makita ang iyong record, magpa-appointment sa opisina ng DMW.',
        'Itago ang OEC o OFW Pass sa iyong cellphone at sa papel para sa paliparan.',
      ],
      whereToApply:
        'Online sa onlineservices.dmw.gov.ph o sa DMW Mobile App; o sa regional office ng DMW (itanong sa tanggapang ito kung alin ang pinakamalapit).',
      notes:
        'Matutulungan ka ng tanggapang ito na gumawa ng e-Registration account. Huwag magbayad sa sinumang nag-aalok na "ayusin" ang iyong OEC sa labas ng DMW.',
    },
    ar: {
      title: 'الحصول على شهادة العمل في الخارج (OEC)',
      summary:
        'تُثبت شهادة العمل في الخارج (OEC) أنك عامل فلبيني موثَّق. يطلبها ضابط الهجرة في المطار عند مغادرتك الفلبين للعمل في الخارج، وهي تُعفيك من ضريبة السفر ومن رسوم المطار. تنقل وزارة العمال المهاجرين (DMW) هذه الشهادة إلى تصريح رقمي اسمه «OFW Pass» في تطبيق الوزارة: اسأل أيّهما ينطبق عليك.',
      eligibility:
        'العمال الفلبينيون الذين عولجت عقود عملهم في الخارج عن طريق الوزارة: العمال الجدد (عن طريق وكالة توظيف مرخَّصة أو عن طريق الحكومة)، والعمال العائدون إلى صاحب عملهم (Balik-Manggagawa).',
      documents: [
        'جواز سفر ساري المفعول (عادةً لستة أشهر أخرى على الأقل)',
        'تأشيرة عمل أو تصريح عمل ساري المفعول في بلد العمل',
        'عقد العمل أو ما يُثبت العمل (مثل شهادة من صاحب العمل)',
        'حسابك في التسجيل الإلكتروني لدى الوزارة (e-Registration): البريد الإلكتروني وكلمة المرور',
        'ما يُثبت العضوية في إدارة رعاية العمال في الخارج (OWWA)، إذا طُلب ذلك',
      ],
      steps: [
        'أنشئ حسابك في التسجيل الإلكتروني أو حدِّثه على الموقع onlineservices.dmw.gov.ph أو في تطبيق الوزارة.',
        'العمال الجدد: تتولّى وكالة التوظيف المرخَّصة معالجة عقدك وشهادتك؛ احضر الندوات التي تطلبها منك (PEOS و PDOS).',
        'العمال العائدون إلى صاحب العمل نفسه: سجِّل الدخول واطلب الشهادة أو التصريح الرقمي عبر الإنترنت؛ وإذا لم يظهر سجلّك، احجز موعدًا في أحد مكاتب الوزارة.',
        'احتفظ بالشهادة أو بالتصريح على هاتفك وعلى الورق لتقديمه في المطار.',
      ],
      whereToApply:
        'عبر الإنترنت على الموقع onlineservices.dmw.gov.ph أو في تطبيق الوزارة، أو في أحد المكاتب الإقليمية للوزارة (اسأل هذا المكتب عن أقربها).',
      notes:
        'يستطيع هذا المكتب مساعدتك في إنشاء حساب التسجيل الإلكتروني. لا تدفع لأيّ شخص يعرض «تسهيل» شهادتك خارج الوزارة.',
    },
  },
};

export const dmwAksyon: StarterService = {
  starterId: 'ofw-ph/dmw-aksyon-fund',
  agencyPresetId: 'dmw',
  name: 'AKSYON Fund assistance for OFWs in distress',
  categories: [
    'financialAssistance',
    'legalAssistance',
    'illnessInjury',
    'abuse',
    'displacement',
    'detentionAbroad',
  ],
  fees: 'Free.',
  contact: DMW_CONTACT,
  handouts: {
    en: {
      title: 'Help from the AKSYON Fund for OFWs in distress',
      summary:
        'The AKSYON Fund (Agarang Kalinga at Saklolo para sa mga OFW na Nangangailangan) of DMW gives legal, medical, financial and other help to OFWs in distress and, in some cases, to their families.',
      eligibility:
        'OFWs in distress (for example sick or injured, abused, stranded, detained, facing a case, or displaced by war or disaster) and their families, under DMW’s rules. DMW decides who qualifies.',
      documents: [
        'Passport, or a copy of the passport, of the OFW',
        'Proof of work abroad (contract, OEC, visa or work permit)',
        'Papers about what happened (medical certificate, police or incident report, letter from the employer)',
        'If a relative applies: a valid ID and proof of relationship (PSA birth or marriage certificate)',
      ],
      steps: [
        'Tell this desk what happened; we write down the facts and copy the papers.',
        'The desk or the family sends the request to DMW (a regional office, or the Migrant Workers Office abroad).',
        'DMW checks the request and may ask for more papers.',
        'Keep your phone on: DMW or the desk will call you with the result.',
      ],
      whereToApply:
        'A DMW regional office; abroad, the Migrant Workers Office (MWO) at the Philippine embassy or consulate.',
      notes: 'Help from the AKSYON Fund is free. Nobody may charge you for applying.',
    },
    fil: {
      title: 'Tulong mula sa AKSYON Fund para sa mga OFW na nangangailangan',
      summary:
        'Ang AKSYON Fund (Agarang Kalinga at Saklolo para sa mga OFW na Nangangailangan) ng DMW ay nagbibigay ng tulong-legal, medikal, pinansiyal at iba pang tulong sa mga OFW na nasa kagipitan at, sa ilang kaso, sa kanilang pamilya.',
      eligibility:
        'Mga OFW na nasa kagipitan (halimbawa, may sakit o napinsala, inabuso, stranded, nakakulong, may kinakaharap na kaso, o nawalan ng trabaho dahil sa digmaan o kalamidad) at ang kanilang pamilya, ayon sa mga patakaran ng DMW. Ang DMW ang magpapasya kung sino ang kuwalipikado.',
      documents: [
        'Pasaporte, o kopya ng pasaporte, ng OFW',
        'Patunay ng trabaho sa ibang bansa (kontrata, OEC, visa o work permit)',
        'Mga papeles tungkol sa nangyari (medical certificate, ulat ng pulis o ng insidente, sulat ng employer)',
        'Kung kamag-anak ang mag-a-apply: balidong ID at patunay ng relasyon (PSA birth o marriage certificate)',
      ],
      steps: [
        'Sabihin sa tanggapang ito ang nangyari; isusulat namin ang mga detalye at kokopyahin ang mga papeles.',
        'Ipapadala ng tanggapan o ng pamilya ang kahilingan sa DMW (regional office, o sa Migrant Workers Office sa ibang bansa).',
        'Susuriin ng DMW ang kahilingan at maaaring humingi pa ng ibang papeles.',
        'Panatilihing bukas ang iyong cellphone: tatawagan ka ng DMW o ng tanggapang ito tungkol sa resulta.',
      ],
      whereToApply:
        'Regional office ng DMW; sa ibang bansa, ang Migrant Workers Office (MWO) sa embahada o konsulado ng Pilipinas.',
      notes:
        'Libre ang tulong mula sa AKSYON Fund. Walang sinuman ang maaaring maningil sa iyo para mag-apply.',
    },
  },
};
