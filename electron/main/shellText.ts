// The few words the main process shows itself, in Tulay's five languages: the application menu
// and the "could not start" box. Which language: the one the officer chose in Tulay, which the
// renderer tells main through the typed IPC contract (setLanguage) as soon as it has loaded its
// translations and again whenever it changes; until then (the first menu, and a failure before
// any window exists) the operating system's preferred languages. The renderer's choice wins
// because a Spanish-speaking officer may well sit at an English Windows.
import { shellLanguages, type ShellLanguage } from '../contract';

export interface ShellText {
  file: string;
  edit: string;
  view: string;
  window: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  reload: string;
  toggleDevTools: string;
  minimize: string;
  zoom: string;
  close: string;
  quit: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
  startFailedTitle: string;
  startFailedBody: string;
  technicalDetails: string;
}

export const SHELL_TEXT: Record<ShellLanguage, ShellText> = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close Window',
    quit: 'Quit Tulay',
    about: 'About Tulay',
    services: 'Services',
    hide: 'Hide Tulay',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    startFailedTitle: 'Tulay could not start',
    startFailedBody:
      'Tulay could not start. Nothing saved is lost. Restart the computer and open Tulay again; if it happens again, tell your administrator.',
    technicalDetails: 'Technical details',
  },
  fil: {
    file: 'File',
    edit: 'I-edit',
    view: 'Tingnan',
    window: 'Window',
    undo: 'Ibalik',
    redo: 'Ulitin',
    cut: 'Gupitin',
    copy: 'Kopyahin',
    paste: 'Idikit',
    selectAll: 'Piliin Lahat',
    resetZoom: 'Totoong Laki',
    zoomIn: 'Palakihin',
    zoomOut: 'Paliitin',
    toggleFullScreen: 'Buong Screen',
    reload: 'I-reload',
    toggleDevTools: 'Mga Tool ng Developer',
    minimize: 'I-minimize',
    zoom: 'I-zoom',
    close: 'Isara ang Window',
    quit: 'Umalis sa Tulay',
    about: 'Tungkol sa Tulay',
    services: 'Mga Serbisyo',
    hide: 'Itago ang Tulay',
    hideOthers: 'Itago ang Iba',
    unhide: 'Ipakita Lahat',
    startFailedTitle: 'Hindi makapagsimula ang Tulay',
    startFailedBody:
      'Hindi makapagsimula ang Tulay. Walang nawala sa mga na-save. I-restart ang computer at buksan muli ang Tulay; kung maulit ito, sabihin sa inyong administrator.',
    technicalDetails: 'Mga teknikal na detalye',
  },
  es: {
    file: 'Archivo',
    edit: 'Edición',
    view: 'Ver',
    window: 'Ventana',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    resetZoom: 'Tamaño real',
    zoomIn: 'Ampliar',
    zoomOut: 'Reducir',
    toggleFullScreen: 'Pantalla completa',
    reload: 'Recargar',
    toggleDevTools: 'Herramientas de desarrollo',
    minimize: 'Minimizar',
    zoom: 'Ajustar ventana',
    close: 'Cerrar ventana',
    quit: 'Salir de Tulay',
    about: 'Acerca de Tulay',
    services: 'Servicios',
    hide: 'Ocultar Tulay',
    hideOthers: 'Ocultar otras',
    unhide: 'Mostrar todo',
    startFailedTitle: 'Tulay no ha podido iniciarse',
    startFailedBody:
      'Tulay no ha podido iniciarse. No se ha perdido nada de lo guardado. Reinicie el equipo y vuelva a abrir Tulay; si vuelve a ocurrir, avise a la persona responsable de la informática.',
    technicalDetails: 'Detalles técnicos',
  },
  ca: {
    file: 'Fitxer',
    edit: 'Edita',
    view: 'Visualitza',
    window: 'Finestra',
    undo: 'Desfés',
    redo: 'Refés',
    cut: 'Retalla',
    copy: 'Copia',
    paste: 'Enganxa',
    selectAll: 'Selecciona-ho tot',
    resetZoom: 'Mida real',
    zoomIn: 'Amplia',
    zoomOut: 'Redueix',
    toggleFullScreen: 'Pantalla completa',
    reload: 'Torna a carregar',
    toggleDevTools: 'Eines per a desenvolupadors',
    minimize: 'Minimitza',
    zoom: 'Ajusta la finestra',
    close: 'Tanca la finestra',
    quit: 'Surt de Tulay',
    about: 'Quant a Tulay',
    services: 'Serveis',
    hide: 'Amaga Tulay',
    hideOthers: 'Amaga les altres',
    unhide: 'Mostra-ho tot',
    startFailedTitle: 'Tulay no s’ha pogut iniciar',
    startFailedBody:
      'Tulay no s’ha pogut iniciar. No s’ha perdut res del que s’ha desat. Reinicieu l’ordinador i torneu a obrir Tulay; si torna a passar, aviseu la persona responsable de la informàtica.',
    technicalDetails: 'Detalls tècnics',
  },
  ar: {
    file: 'ملف',
    edit: 'تحرير',
    view: 'عرض',
    window: 'نافذة',
    undo: 'تراجع',
    redo: 'إعادة',
    cut: 'قص',
    copy: 'نسخ',
    paste: 'لصق',
    selectAll: 'تحديد الكل',
    resetZoom: 'الحجم الفعلي',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    toggleFullScreen: 'ملء الشاشة',
    reload: 'إعادة التحميل',
    toggleDevTools: 'أدوات المطوّر',
    minimize: 'تصغير النافذة',
    zoom: 'ملاءمة النافذة',
    close: 'إغلاق النافذة',
    quit: 'إنهاء Tulay',
    about: 'حول Tulay',
    services: 'الخدمات',
    hide: 'إخفاء Tulay',
    hideOthers: 'إخفاء الأخرى',
    unhide: 'إظهار الكل',
    startFailedTitle: 'تعذّر تشغيل Tulay',
    startFailedBody:
      'تعذّر تشغيل Tulay. لم يضِع شيء مما حُفظ. أعد تشغيل الحاسوب وافتح Tulay مرة أخرى؛ وإذا تكرر ذلك فأخبر المسؤول عن الحواسيب.',
    technicalDetails: 'التفاصيل التقنية',
  },
};

/** The first of the system's preferred languages ("es-AR", "tl-PH") that Tulay speaks. */
export function shellLanguageOf(preferred: readonly string[]): ShellLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    const language = base === 'tl' ? 'fil' : base;
    if ((shellLanguages as readonly string[]).includes(language)) return language as ShellLanguage;
  }
  return 'en';
}

/** The "could not start" box: what happened and what to do, then the technical detail. */
export function startFailure(language: ShellLanguage, error: unknown) {
  const text = SHELL_TEXT[language];
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    title: text.startFailedTitle,
    body: `${text.startFailedBody}\n\n${text.technicalDetails}: ${detail}`,
  };
}
