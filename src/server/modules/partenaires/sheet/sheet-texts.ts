import { weekday, type CivilDate } from '../../../../shared/dates'
import {
  languageLabels,
  type Language,
  type ReferralMode,
  type TimeRange,
} from '../../../../shared/modules/partenaires/directory.constants'
import type { SheetLanguage } from '../../../../shared/modules/partenaires/sheet.contract'

/** Eight directions of the compass, from north clockwise. */
export type Compass = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7

/**
 * The words of the sheet in one language. Texts may mark key words in bold with `**…**`. The
 * directory's own texts (description, what to bring, how to get there) are printed as written.
 */
export interface SheetTexts {
  direction: 'ltr' | 'rtl'
  /** BCP 47 tag of the PDF's language. */
  lang: string
  title: string
  printedOn: (date: CivilDate) => string
  forPerson: string
  referredBy: (organisation: string) => string
  about: string
  entriesInFrench: string | null
  address: string
  access: string
  map: string
  plan: string
  positionUnknown: string
  distanceFrom: (meters: number, compass: Compass, from: string) => string
  hours: string
  hoursUnknown: string
  day: (date: CivilDate, spans: TimeRange[], today: boolean) => string
  reception: string
  referralMode: Record<ReferralMode, string[]>
  showThisSheet: string
  bring: string
  contact: string
  phone: string
  email: string
  languages: string
  languageName: (code: string) => string
  accessibility: string
  wheelchair: string
  wheelchairUnknown: string
  hearingLoop: string
  qrCaption: string
  confirmedOn: (organisation: string, date: CivilDate) => string
}

const monthsFr = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]
const daysFr = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const daysEn = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const monthsAr = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
]
const daysAr = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']

const dateParts = (date: CivilDate) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return { year: y, month: m - 1, day: d, weekday: weekday(date) }
}
/** Keeps a number with its unit on one line. */
const NBSP = '\u00a0'
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const frDay = (day: number) => (day === 1 ? '1er' : String(day))

/** "9 h", "9 h 30" */
const hFr = (t: string) => {
  const [h, m] = t.split(':')
  return m === '00' ? `${Number(h)}${NBSP}h` : `${Number(h)}${NBSP}h${NBSP}${m}`
}
/** "9 heures", "9 heures 30", "midi" — FALC writes times out, without abbreviations. */
const hFalc = (t: string) => {
  const [h, m] = t.split(':').map(Number) as [number, number]
  const hour = h === 12 ? 'midi' : h === 0 ? 'minuit' : `${h}${NBSP}heure${h > 1 ? 's' : ''}`
  return m === 0 ? hour : `${hour}${NBSP}${m}`
}
const hEn = (t: string) => t.replace(/^0/, '')

const distanceFr = (meters: number, words: boolean) => {
  if (meters < 1000) {
    const rounded = Math.max(50, Math.round(meters / 50) * 50)
    return `${rounded} ${words ? 'mètres' : 'm'}`
  }
  const km = (Math.round(meters / 100) / 10).toLocaleString('fr-FR')
  return `${km} ${words ? `kilomètre${meters >= 1950 ? 's' : ''}` : 'km'}`
}
const distanceEn = (meters: number, unitM: string, unitKm: string) =>
  meters < 1000
    ? `${Math.max(50, Math.round(meters / 50) * 50)} ${unitM}`
    : `${Math.round(meters / 100) / 10} ${unitKm}`

const compassFr = [
  'au nord',
  'au nord-est',
  'à l’est',
  'au sud-est',
  'au sud',
  'au sud-ouest',
  'à l’ouest',
  'au nord-ouest',
]
const compassFalc = ['nord', 'nord-est', 'est', 'sud-est', 'sud', 'sud-ouest', 'ouest', 'nord-ouest']
const compassEn = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west']
const compassAr = ['شمال', 'شمال شرق', 'شرق', 'جنوب شرق', 'جنوب', 'جنوب غرب', 'غرب', 'شمال غرب']

const languageNamesEn: Record<Language, string> = {
  fr: 'French',
  en: 'English',
  ar: 'Arabic',
  es: 'Spanish',
  pt: 'Portuguese',
  it: 'Italian',
  de: 'German',
  ro: 'Romanian',
  ru: 'Russian',
  uk: 'Ukrainian',
  pl: 'Polish',
  tr: 'Turkish',
  fa: 'Persian (Dari, Farsi)',
  ps: 'Pashto',
  ti: 'Tigrinya',
  so: 'Somali',
  wo: 'Wolof',
  bm: 'Bambara',
  ln: 'Lingala',
  sq: 'Albanian',
  hy: 'Armenian',
  ka: 'Georgian',
  zh: 'Chinese',
  vi: 'Vietnamese',
  lsf: 'French Sign Language',
}
const languageNamesAr: Record<Language, string> = {
  fr: 'الفرنسية',
  en: 'الإنجليزية',
  ar: 'العربية',
  es: 'الإسبانية',
  pt: 'البرتغالية',
  it: 'الإيطالية',
  de: 'الألمانية',
  ro: 'الرومانية',
  ru: 'الروسية',
  uk: 'الأوكرانية',
  pl: 'البولندية',
  tr: 'التركية',
  fa: 'الفارسية (الدرية)',
  ps: 'البشتونية',
  ti: 'التغرينية',
  so: 'الصومالية',
  wo: 'الولوفية',
  bm: 'البامبارية',
  ln: 'اللينغالا',
  sq: 'الألبانية',
  hy: 'الأرمنية',
  ka: 'الجورجية',
  zh: 'الصينية',
  vi: 'الفيتنامية',
  lsf: 'لغة الإشارة الفرنسية',
}
const nameIn = (names: Record<Language, string>) => (code: string) =>
  (names as Record<string, string>)[code] ?? code

const list = (items: string[], and: string) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`

const fr: SheetTexts = {
  direction: 'ltr',
  lang: 'fr-FR',
  title: 'Fiche d’orientation',
  printedOn: (date) => {
    const p = dateParts(date)
    return `Imprimée le ${frDay(p.day)} ${monthsFr[p.month]} ${p.year}`
  },
  forPerson: 'Pour',
  referredBy: (organisation) => `Orientation par ${organisation}`,
  about: 'Ce que propose le service',
  entriesInFrench: null,
  address: 'Adresse',
  access: 'Comment y aller',
  map: 'Plan',
  plan: 'Plan simplifié',
  positionUnknown: 'Position inconnue sur le plan : suivez l’adresse.',
  distanceFrom: (m, c, from) => `À ${distanceFr(m, false)} ${compassFr[c]} de : ${from}`,
  hours: 'Horaires des 7 prochains jours',
  hoursUnknown: 'Horaires non indiqués : **appelez avant de venir**.',
  day: (date, spans, today) => {
    const p = dateParts(date)
    const head = `**${capital(daysFr[p.weekday]!)} ${frDay(p.day)} ${monthsFr[p.month]}**${today ? ' (aujourd’hui)' : ''}`
    return `${head} : ${spans.length ? spans.map(([a, b]) => `${hFr(a)} – ${hFr(b)}`).join(', ') : 'fermé'}`
  },
  reception: 'Comment être reçu',
  referralMode: {
    sans_rdv: ['Vous pouvez venir **sans rendez-vous**.'],
    sur_rdv: ['**Appelez d’abord** pour prendre rendez-vous.'],
    orientation_requise: [
      'Venez **avec cette fiche** : le service reçoit les personnes orientées par un professionnel.',
    ],
  },
  showThisSheet: 'Présentez **cette fiche** à l’accueil.',
  bring: 'Ce qu’il faut apporter',
  contact: 'Téléphone et contact',
  phone: 'Téléphone',
  email: 'E-mail',
  languages: 'Langues parlées',
  languageName: nameIn(languageLabels),
  accessibility: 'Accessibilité',
  wheelchair: 'Accessible en **fauteuil roulant**.',
  wheelchairUnknown: 'Accès en fauteuil roulant non indiqué.',
  hearingLoop: '**Boucle magnétique** pour les personnes malentendantes.',
  qrCaption: 'Cette fiche en ligne',
  confirmedOn: (organisation, date) => {
    const p = dateParts(date)
    return `Annuaire de ${organisation}, informations confirmées le ${frDay(p.day)} ${monthsFr[p.month]} ${p.year}.`
  },
}

/**
 * FALC (facile à lire et à comprendre): one idea per line, short sentences, simple words, no
 * abbreviation, dates and hours written out, key words in bold.
 */
const falc: SheetTexts = {
  ...fr,
  title: 'Où aller pour être aidé',
  printedOn: (date) => {
    const p = dateParts(date)
    return `Feuille imprimée le ${daysFr[p.weekday]} ${frDay(p.day)} ${monthsFr[p.month]} ${p.year}`
  },
  forPerson: 'Cette feuille est pour',
  referredBy: (organisation) => `Vous venez de la part de : ${organisation}`,
  about: 'Ce que fait ce service',
  address: '**Où** aller ?',
  access: 'Comment y aller ?',
  map: 'Le plan',
  plan: 'Le plan',
  positionUnknown: 'Le lieu n’est pas sur le plan.\nSuivez l’adresse.',
  distanceFrom: (m, c, from) =>
    `C’est à ${distanceFr(m, true)} de : ${from}.\nDirection : ${compassFalc[c]}.`,
  hours: '**Quand** y aller ?',
  hoursUnknown: 'Nous ne connaissons pas les horaires.\n**Téléphonez** avant de venir.',
  day: (date, spans, today) => {
    const p = dateParts(date)
    const head = `**${capital(daysFr[p.weekday]!)} ${frDay(p.day)} ${monthsFr[p.month]}**${today ? ' (aujourd’hui)' : ''}`
    if (!spans.length) return `${head} : **fermé**`
    return `${head} : ${spans.map(([a, b]) => `de ${hFalc(a)} à ${hFalc(b)}`).join(' et ')}`
  },
  reception: 'Comment être reçu ?',
  referralMode: {
    sans_rdv: ['Vous pouvez venir **sans rendez-vous**.'],
    sur_rdv: ['Vous devez **téléphoner avant** de venir.', 'Vous aurez un **rendez-vous**.'],
    orientation_requise: ['Vous devez venir **avec cette feuille**.'],
  },
  showThisSheet: 'Montrez **cette feuille** à l’accueil.',
  bring: 'Ce que vous devez **apporter**',
  contact: 'Pour **téléphoner**',
  phone: 'Téléphone',
  email: 'Adresse e-mail',
  languages: 'On parle ces **langues**',
  accessibility: 'Pour entrer',
  wheelchair: 'Vous pouvez entrer en **fauteuil roulant**.',
  wheelchairUnknown: 'Nous ne savons pas\nsi vous pouvez entrer en fauteuil roulant.',
  hearingLoop: 'Il y a une **boucle magnétique**\npour les personnes qui entendent mal.',
  qrCaption: 'Cette feuille sur internet',
  confirmedOn: (organisation, date) => {
    const p = dateParts(date)
    return `Informations vérifiées le ${frDay(p.day)} ${monthsFr[p.month]} ${p.year}.\nAnnuaire de ${organisation}.`
  },
}

const en: SheetTexts = {
  direction: 'ltr',
  lang: 'en',
  title: 'Where to go: orientation sheet',
  printedOn: (date) => {
    const p = dateParts(date)
    return `Printed on ${p.day} ${monthsEn[p.month]} ${p.year}`
  },
  forPerson: 'For',
  referredBy: (organisation) => `Referred by ${organisation}`,
  about: 'What this service offers',
  entriesInFrench: 'The service’s own details are written in French, as the service gave them.',
  address: 'Address',
  access: 'How to get there',
  map: 'Map',
  plan: 'Simplified map',
  positionUnknown: 'Position not known on the map: follow the address.',
  distanceFrom: (m, c, from) => `${distanceEn(m, 'm', 'km')} ${compassEn[c]} of: ${from}`,
  hours: 'Opening hours for the next 7 days',
  hoursUnknown: 'Opening hours not given: **call before you come**.',
  day: (date, spans, today) => {
    const p = dateParts(date)
    const head = `**${daysEn[p.weekday]} ${p.day} ${monthsEn[p.month]}**${today ? ' (today)' : ''}`
    return `${head}: ${spans.length ? spans.map(([a, b]) => `${hEn(a)}–${hEn(b)}`).join(', ') : 'closed'}`
  },
  reception: 'How you will be received',
  referralMode: {
    sans_rdv: ['You can come **without an appointment**.'],
    sur_rdv: ['**Call first** to make an appointment.'],
    orientation_requise: [
      'Come **with this sheet**: the service receives people referred by a professional.',
    ],
  },
  showThisSheet: 'Show **this sheet** at the reception desk.',
  bring: 'What to bring',
  contact: 'Phone and contact',
  phone: 'Phone',
  email: 'E-mail',
  languages: 'Languages spoken',
  languageName: nameIn(languageNamesEn),
  accessibility: 'Accessibility',
  wheelchair: '**Wheelchair** accessible.',
  wheelchairUnknown: 'Wheelchair access not stated.',
  hearingLoop: '**Hearing loop** for people with hearing loss.',
  qrCaption: 'This sheet online',
  confirmedOn: (organisation, date) => {
    const p = dateParts(date)
    return `Directory of ${organisation}, details confirmed on ${p.day} ${monthsEn[p.month]} ${p.year}.`
  },
}

const ar: SheetTexts = {
  direction: 'rtl',
  lang: 'ar',
  title: 'ورقة التوجيه',
  printedOn: (date) => {
    const p = dateParts(date)
    return `تاريخ الطباعة: ${p.day} ${monthsAr[p.month]} ${p.year}`
  },
  forPerson: 'إلى',
  referredBy: (organisation) => `التوجيه من طرف: ${organisation}`,
  about: 'ما تقدمه هذه الخدمة',
  entriesInFrench: 'المعلومات الخاصة بالخدمة مكتوبة بالفرنسية كما قدمتها الخدمة.',
  address: 'العنوان',
  access: 'كيف تصل إلى هناك',
  map: 'الخريطة',
  plan: 'خريطة مبسطة',
  positionUnknown: 'الموقع غير معروف على الخريطة: اتبع العنوان.',
  distanceFrom: (m, c, from) => `على بعد ${distanceEn(m, 'متر', 'كم')}، اتجاه ${compassAr[c]}، من: ${from}`,
  hours: 'ساعات العمل في الأيام السبعة القادمة',
  hoursUnknown: 'ساعات العمل غير محددة: **اتصل قبل الحضور**.',
  day: (date, spans, today) => {
    const p = dateParts(date)
    const head = `**${daysAr[p.weekday]} ${p.day} ${monthsAr[p.month]}**${today ? ' (اليوم)' : ''}`
    return `${head}: ${spans.length ? spans.map(([a, b]) => `من ${hEn(a)} إلى ${hEn(b)}`).join('، و') : 'مغلق'}`
  },
  reception: 'كيف يتم استقبالك',
  referralMode: {
    sans_rdv: ['يمكنك الحضور **بدون موعد**.'],
    sur_rdv: ['**اتصل أولاً** لأخذ موعد.'],
    orientation_requise: ['تعال **مع هذه الورقة**: تستقبل هذه الخدمة الأشخاص الموجَّهين من طرف مختص.'],
  },
  showThisSheet: 'قدّم **هذه الورقة** عند الاستقبال.',
  bring: 'ما يجب إحضاره',
  contact: 'الهاتف والتواصل',
  phone: 'الهاتف',
  email: 'البريد الإلكتروني',
  languages: 'اللغات المتحدث بها',
  languageName: nameIn(languageNamesAr),
  accessibility: 'سهولة الوصول',
  wheelchair: 'يمكن الدخول **بكرسي متحرك**.',
  wheelchairUnknown: 'لم تتم الإشارة إلى إمكانية الدخول بكرسي متحرك.',
  hearingLoop: '**حلقة سمعية** للأشخاص ضعاف السمع.',
  qrCaption: 'هذه الورقة على الإنترنت',
  confirmedOn: (organisation, date) => {
    const p = dateParts(date)
    return `دليل ${organisation}، تم تأكيد المعلومات في ${p.day} ${monthsAr[p.month]} ${p.year}.`
  },
}

export const sheetTexts: Record<SheetLanguage, SheetTexts> = { fr, falc, en, ar }

/** Languages as a sentence: "français, anglais et arabe". */
export function languageList(texts: SheetTexts, codes: string[], language: SheetLanguage) {
  const names = codes.map(texts.languageName)
  if (language === 'ar') return names.join('، ')
  const and = language === 'en' ? 'and' : 'et'
  return list(language === 'en' ? names : names.map((n, i) => (i === 0 ? n : n.toLowerCase())), and)
}
