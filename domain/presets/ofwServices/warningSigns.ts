// The awareness handout of the starter set, after DMW's (formerly POEA's) public guidance on
// illegal recruitment: licence, placement fee rules, tourist visas, too-good offers.
import type { StarterService } from './types';

export const warningSigns: StarterService = {
  starterId: 'ofw-ph/dmw-warning-signs',
  agencyPresetId: 'dmw',
  name: 'Warning signs of illegal recruitment (awareness handout)',
  categories: ['illegalRecruitment', 'preEmploymentInfo'],
  fees: 'Free.',
  contact: 'DMW 1348 · www.dmw.gov.ph · 1343 Actionline',
  handouts: {
    en: {
      title: 'Warning signs of illegal recruitment',
      summary:
        'Illegal recruiters take money and hope from families. Before you pay or sign anything, look for these warning signs. One sign is reason enough to stop and check.',
      keyPoints: [
        'The recruiter has no DMW licence, or the licence is suspended or cancelled.',
        'You are asked to pay a placement fee before you sign an employment contract, or you get no official receipt.',
        'You are charged a placement fee although you are a household service worker or a seafarer, or you are going to a country whose law forbids charging workers. Elsewhere the fee may not be more than one month’s salary.',
        'You are told to leave on a tourist or visit visa and to "change to a work visa" there.',
        'The offer is too good to be true: high pay, no experience needed, quick departure, no interview or medical check.',
        'The recruiter meets you only online, in a mall or at your home, not at a licensed office, or asks you to send money to a personal account.',
        'You are told to lie to immigration officers or to leave through the "back door".',
      ],
      steps: [
        'Check the agency and its job orders at www.dmw.gov.ph, or ask this desk or the city PESO, before you pay anything.',
        'Pay only a licensed agency, only after signing the contract, and always ask for an official receipt.',
        'Take the free Pre-Employment Orientation Seminar (PEOS) on the DMW website.',
        'Keep a copy of every message, advertisement, receipt and document.',
        'If you suspect illegal recruitment, report it: DMW hotline 1348, this desk, the city PESO, the NBI or the police.',
      ],
      whereToApply:
        'Report to DMW (hotline 1348), this desk, the city PESO, the NBI, or the 1343 Actionline against human trafficking.',
      notes:
        'Illegal recruitment is a crime under the Migrant Workers Act. You can report it even if you have already paid.',
    },
    fil: {
      title: 'Mga palatandaan ng ilegal na rekrutment',
      summary:
        'Kinukuha ng mga ilegal na recruiter ang pera at pag-asa ng mga pamilya. Bago ka magbayad o pumirma ng anuman, tingnan ang mga palatandaang ito. Sapat na ang isang palatandaan para huminto at magsuri.',
      keyPoints: [
        'Walang lisensya mula sa DMW ang recruiter, o suspendido o kanselado ang lisensya nito.',
        'Pinagbabayad ka ng placement fee bago ka pumirma ng kontrata sa trabaho, o hindi ka binibigyan ng opisyal na resibo.',
        'Sinisingil ka ng placement fee kahit household service worker o seafarer ka, o pupunta ka sa bansang ipinagbabawal ng batas ang paniningil sa manggagawa. Sa ibang kaso, hindi ito maaaring lumampas sa isang buwang sahod.',
        'Sinasabihan kang umalis gamit ang tourist o visit visa at doon na lang "magpalit ng work visa".',
        'Masyadong maganda ang alok para maging totoo: malaking sahod, hindi kailangan ng karanasan, mabilis na pag-alis, walang interview o medical.',
        'Online lang, sa mall o sa bahay mo lang nakikipagkita ang recruiter, hindi sa lisensyadong opisina, o pinapapadala ka ng pera sa personal na account.',
        'Sinasabihan kang magsinungaling sa immigration officer o dumaan sa "backdoor".',
      ],
      steps: [
        'Suriin ang agency at ang mga job order nito sa www.dmw.gov.ph, o magtanong sa tanggapang ito o sa PESO ng lungsod, bago magbayad ng kahit ano.',
        'Magbayad lamang sa lisensyadong agency, pagkatapos lamang pumirma ng kontrata, at laging humingi ng opisyal na resibo.',
        'Kumuha ng libreng Pre-Employment Orientation Seminar (PEOS) sa website ng DMW.',
        'Itago ang kopya ng bawat mensahe, patalastas, resibo at dokumento.',
        'Kung may hinala kang ilegal na rekrutment, i-report ito: DMW hotline 1348, ang tanggapang ito, ang PESO ng lungsod, ang NBI o ang pulis.',
      ],
      whereToApply:
        'Mag-report sa DMW (hotline 1348), sa tanggapang ito, sa PESO ng lungsod, sa NBI, o sa 1343 Actionline laban sa human trafficking.',
      notes:
        'Krimen ang ilegal na rekrutment ayon sa Migrant Workers Act. Maaari mo itong i-report kahit nakapagbayad ka na.',
    },
    es: {
      title: 'Señales de alerta de reclutamiento ilegal',
      summary:
        'Los reclutadores ilegales les quitan a las familias su dinero y su esperanza. Antes de pagar o firmar nada, busque estas señales de alerta. Basta con una para detenerse y comprobar.',
      keyPoints: [
        'El reclutador no tiene licencia del DMW, o la licencia está suspendida o cancelada.',
        'Le piden pagar una comisión de colocación antes de firmar un contrato de trabajo, o no le dan un recibo oficial.',
        'Le cobran una comisión de colocación aunque usted trabaje en el servicio doméstico o sea marino, o vaya a un país cuya ley prohíbe cobrar a los trabajadores. En los demás casos, la comisión no puede superar un mes de salario.',
        'Le dicen que viaje con visado de turista o de visita y que allí lo "cambie por un visado de trabajo".',
        'La oferta es demasiado buena para ser verdad: sueldo alto, sin experiencia, salida rápida, sin entrevista ni examen médico.',
        'El reclutador solo se reúne con usted por internet, en un centro comercial o en su casa, no en una oficina con licencia, o le pide enviar dinero a una cuenta personal.',
        'Le dicen que mienta a los agentes de inmigración o que salga "por la puerta de atrás".',
      ],
      steps: [
        'Compruebe la agencia y sus ofertas de empleo en www.dmw.gov.ph, o pregunte en esta oficina o en la PESO de la ciudad, antes de pagar nada.',
        'Pague solo a una agencia con licencia, solo después de firmar el contrato, y pida siempre un recibo oficial.',
        'Haga el seminario gratuito de orientación previa al empleo (PEOS) en la web del DMW.',
        'Guarde una copia de cada mensaje, anuncio, recibo y documento.',
        'Si sospecha que se trata de reclutamiento ilegal, denúncielo: línea directa del DMW 1348, esta oficina, la PESO de la ciudad, la NBI o la policía.',
      ],
      whereToApply:
        'Denuncie ante el DMW (línea 1348), esta oficina, la PESO de la ciudad, la NBI o la línea 1343 contra la trata de personas.',
      notes:
        'El reclutamiento ilegal es un delito según la Ley de Trabajadores Migrantes de Filipinas. Puede denunciarlo aunque ya haya pagado.',
    },
    ca: {
      title: 'Senyals d’alerta de reclutament il·legal',
      summary:
        'Els reclutadors il·legals prenen a les famílies els diners i l’esperança. Abans de pagar o signar res, busqueu aquests senyals d’alerta. N’hi ha prou amb un per aturar-se i comprovar-ho.',
      keyPoints: [
        'El reclutador no té llicència del DMW, o la llicència està suspesa o cancel·lada.',
        'Us demanen pagar una comissió de col·locació abans de signar un contracte de treball, o no us donen un rebut oficial.',
        'Us cobren una comissió de col·locació tot i que treballeu en el servei domèstic o sou mariner, o aneu a un país la llei del qual prohibeix cobrar als treballadors. En els altres casos, la comissió no pot superar un mes de sou.',
        'Us diuen que viatgeu amb visat de turista o de visita i que allà el "canvieu per un visat de treball".',
        'L’oferta és massa bona per ser veritat: sou alt, sense experiència, sortida ràpida, sense entrevista ni revisió mèdica.',
        'El reclutador només es troba amb vosaltres per internet, en un centre comercial o a casa vostra, no en una oficina amb llicència, o us demana enviar diners a un compte personal.',
        'Us diuen que mentiu als agents d’immigració o que sortiu "per la porta del darrere".',
      ],
      steps: [
        'Comproveu l’agència i les seves ofertes de feina a www.dmw.gov.ph, o pregunteu en aquesta oficina o a la PESO de la ciutat, abans de pagar res.',
        'Pagueu només a una agència amb llicència, només després de signar el contracte, i demaneu sempre un rebut oficial.',
        'Feu el seminari gratuït d’orientació prèvia a l’ocupació (PEOS) al web del DMW.',
        'Guardeu una còpia de cada missatge, anunci, rebut i document.',
        'Si sospiteu que es tracta de reclutament il·legal, denuncieu-ho: línia directa del DMW 1348, aquesta oficina, la PESO de la ciutat, la NBI o la policia.',
      ],
      whereToApply:
        'Denuncieu-ho al DMW (línia 1348), a aquesta oficina, a la PESO de la ciutat, a la NBI o a la línia 1343 contra el tràfic de persones.',
      notes:
        'El reclutament il·legal és un delicte segons la Llei de treballadors migrants de les Filipines. Podeu denunciar-ho encara que ja hàgiu pagat.',
    },
    ar: {
      title: 'علامات التحذير من التوظيف غير القانوني',
      summary:
        'يسلب المُجنِّدون غير القانونيين الأُسرَ أموالها وآمالها. قبل أن تدفع أيّ مبلغ أو توقّع أيّ ورقة، ابحث عن هذه العلامات. علامة واحدة تكفي لتتوقّف وتتحقّق.',
      keyPoints: [
        'المُجنِّد ليس لديه ترخيص من وزارة العمال المهاجرين (DMW)، أو ترخيصه موقوف أو ملغى.',
        'يُطلب منك دفع رسوم توظيف قبل توقيع عقد العمل، أو لا تحصل على إيصال رسمي.',
        'تُطلب منك رسوم توظيف مع أنك عامل منزلي أو بحّار، أو أنك ذاهب إلى بلد يمنع قانونه تحصيل رسوم من العمال. وفي غير ذلك لا يجوز أن تزيد الرسوم على راتب شهر واحد.',
        'يُقال لك أن تسافر بتأشيرة سياحة أو زيارة ثم «تحوّلها إلى تأشيرة عمل» هناك.',
        'العرض أجمل من أن يكون حقيقيًا: راتب مرتفع، لا حاجة إلى خبرة، سفر سريع، بلا مقابلة ولا فحص طبي.',
        'المُجنِّد لا يقابلك إلا عبر الإنترنت أو في مركز تجاري أو في بيتك، لا في مكتب مرخَّص، أو يطلب منك تحويل المال إلى حساب شخصي.',
        'يُطلب منك الكذب على ضباط الهجرة أو المغادرة «من الباب الخلفي».',
      ],
      steps: [
        'تحقَّق من الوكالة ومن عروض العمل لديها على الموقع www.dmw.gov.ph، أو اسأل هذا المكتب أو مكتب التوظيف في المدينة (PESO)، قبل أن تدفع أيّ شيء.',
        'لا تدفع إلا لوكالة مرخَّصة، وبعد توقيع العقد فقط، واطلب دائمًا إيصالًا رسميًا.',
        'احضر ندوة التوجيه المجانية قبل التوظيف (PEOS) على موقع الوزارة.',
        'احتفظ بنسخة من كل رسالة وإعلان وإيصال ووثيقة.',
        'إذا شككت في توظيف غير قانوني فأبلِغ عنه: الخط الساخن للوزارة 1348، أو هذا المكتب، أو مكتب التوظيف في المدينة، أو المكتب الوطني للتحقيقات (NBI)، أو الشرطة.',
      ],
      whereToApply:
        'أبلِغ الوزارة (الخط الساخن 1348)، أو هذا المكتب، أو مكتب التوظيف في المدينة، أو المكتب الوطني للتحقيقات، أو الخط 1343 لمكافحة الاتجار بالبشر.',
      notes:
        'التوظيف غير القانوني جريمة بموجب قانون العمال المهاجرين. يمكنك الإبلاغ عنه حتى لو كنت قد دفعت.',
    },
  },
};
