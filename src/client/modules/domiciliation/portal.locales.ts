/**
 * The domiciled person's space, in plain French, in a « Facile à lire » version (FALC: short
 * sentences, one idea per line, common words, a pictogram beside each block), in English and in
 * Arabic. Lines are separated by "\n": each one is shown on its own line.
 */
const fr = {
  domiPortal: {
    title: 'Mon espace domiciliation',
    titleOf: 'Mon espace domiciliation – {{name}}',
    falcSwitch: 'Facile à lire',
    falcOn: 'La version facile à lire est affichée.',
    falcOff: 'Des phrases courtes, avec des images.',
    privacy:
      'Cet espace montre seulement votre courrier en attente et les dates de votre domiciliation. Sans votre code, personne d’autre ne peut le voir.',
    closed: 'Cet espace n’est pas ouvert.\nRenseignez-vous à l’accueil de votre structure.',
    signIn: {
      title: 'Se connecter',
      intro: 'Tapez votre numéro de dossier et le code donné à l’accueil.',
      fileNumber: 'Numéro de dossier',
      fileNumberHelp: 'Il est écrit sur votre attestation de domiciliation.',
      code: 'Code',
      codeHelp: 'Le code donné par l’accueil, par exemple sur une fiche imprimée.',
      submit: 'Se connecter',
      expired: 'Vous avez été déconnecté après 15 minutes. Connectez-vous de nouveau.',
      numberInvalid: 'Tapez votre numéro de dossier : des chiffres seulement.',
    },
    mail: {
      title: 'Votre courrier',
      none: 'Aucun courrier ne vous attend.',
      waiting_one: 'Un courrier vous attend à l’accueil.',
      waiting_other: '{{count}} courriers vous attendent à l’accueil.',
      items: {
        courrier: 'Lettre arrivée le {{date}}',
        recommande: 'Avis de passage pour une lettre recommandée, arrivé le {{date}}',
        colis: 'Colis arrivé le {{date}}',
      },
    },
    validity: {
      title: 'Votre domiciliation',
      until:
        'Votre domiciliation est valable jusqu’au {{date}}.\nDemandez son renouvellement un mois avant cette date.',
      none: 'Vous n’avez pas de domiciliation en cours.\nAdressez-vous à l’accueil.',
    },
    contact: {
      title: 'Votre dernier contact',
      last: 'Votre dernier passage ou appel : {{date}}.',
      none: 'Aucun passage ni appel enregistré.',
      rule: 'Passez ou appelez au moins une fois tous les 3 mois : sinon, votre domiciliation peut prendre fin.',
    },
    refresh: 'Mettre à jour',
    signOut: 'Se déconnecter',
  },
}

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }
type PortalTranslation = Strings<typeof fr>
type PortalTexts = PortalTranslation['domiPortal']

/** Facile à lire: the same keys as the texts of the space, in easy-to-read French only. */
const falc: Omit<PortalTexts, 'title' | 'titleOf' | 'falcSwitch' | 'falcOn' | 'falcOff' | 'privacy'> = {
  closed: 'Cet espace est fermé.\nDemandez à l’accueil.',
  signIn: {
    title: 'Entrer dans votre espace',
    intro: 'Il faut 2 choses :\nvotre numéro de dossier,\net votre code.\nL’accueil vous donne le code.',
    fileNumber: 'Votre numéro de dossier',
    fileNumberHelp: 'Ce sont des chiffres.\nIls sont écrits sur votre attestation.',
    code: 'Votre code',
    codeHelp: 'L’accueil vous donne ce code.',
    submit: 'Entrer',
    expired: 'Votre espace s’est fermé.\nEntrez de nouveau.',
    numberInvalid: 'Tapez seulement des chiffres.',
  },
  mail: {
    title: 'Votre courrier',
    none: 'Il n’y a pas de courrier pour vous.',
    waiting_one: 'Vous avez 1 courrier.\nIl est à l’accueil.\nVenez le chercher.',
    waiting_other: 'Vous avez {{count}} courriers.\nIls sont à l’accueil.\nVenez les chercher.',
    items: {
      courrier: 'Une lettre,\narrivée le {{date}}.',
      recommande: 'Un papier pour une lettre recommandée,\narrivé le {{date}}.',
      colis: 'Un colis,\narrivé le {{date}}.',
    },
  },
  validity: {
    title: 'Votre adresse',
    until:
      'Vous avez une adresse chez nous.\nElle marche jusqu’au {{date}}.\nUn mois avant cette date,\nvenez demander une année de plus.',
    none: 'Vous n’avez pas d’adresse chez nous en ce moment.\nVenez à l’accueil.',
  },
  contact: {
    title: 'Votre dernière visite',
    last: 'Votre dernière visite ou votre dernier appel :\nle {{date}}.',
    none: 'Pas encore de visite ni d’appel.',
    rule: 'Venez ou appelez\nau moins 1 fois tous les 3 mois.\nSinon, vous pouvez perdre votre adresse.',
  },
  refresh: 'Regarder de nouveau',
  signOut: 'Sortir',
}

const en: PortalTranslation = {
  domiPortal: {
    title: 'My domiciliation space',
    titleOf: 'My domiciliation space – {{name}}',
    falcSwitch: 'Easy to read (in French)',
    falcOn: 'The easy-to-read version, in French, is shown.',
    falcOff: 'Short sentences with pictures, in French.',
    privacy:
      'This space only shows your waiting mail and the dates of your domiciliation. Without your code, nobody else can see it.',
    closed: 'This space is not open.\nAsk at the desk of your organisation.',
    signIn: {
      title: 'Sign in',
      intro: 'Type your file number and the code given at the desk.',
      fileNumber: 'File number',
      fileNumberHelp: 'It is written on your domiciliation certificate.',
      code: 'Code',
      codeHelp: 'The code given at the desk, for example on a printed slip.',
      submit: 'Sign in',
      expired: 'You were signed out after 15 minutes. Please sign in again.',
      numberInvalid: 'Type your file number: digits only.',
    },
    mail: {
      title: 'Your mail',
      none: 'No mail is waiting for you.',
      waiting_one: 'One item is waiting for you at the desk.',
      waiting_other: '{{count}} items are waiting for you at the desk.',
      items: {
        courrier: 'Letter arrived on {{date}}',
        recommande: 'Notice for a registered letter, arrived on {{date}}',
        colis: 'Parcel arrived on {{date}}',
      },
    },
    validity: {
      title: 'Your domiciliation',
      until: 'Your domiciliation is valid until {{date}}.\nAsk for its renewal one month before that date.',
      none: 'You have no domiciliation in force.\nPlease ask at the desk.',
    },
    contact: {
      title: 'Your last contact',
      last: 'Your last visit or call: {{date}}.',
      none: 'No visit or call recorded.',
      rule: 'Come or call at least once every 3 months: otherwise, your domiciliation may end.',
    },
    refresh: 'Refresh',
    signOut: 'Sign out',
  },
}

/** Arabic counts in six plural forms. */
const arabicWaiting = {
  waiting_zero: 'لا يوجد بريد ينتظرك.',
  waiting_one: 'رسالة واحدة تنتظرك في الاستقبال.',
  waiting_two: 'رسالتان تنتظرانك في الاستقبال.',
  waiting_few: '{{count}} رسائل تنتظرك في الاستقبال.',
  waiting_many: '{{count}} رسالة تنتظرك في الاستقبال.',
  waiting_other: '{{count}} رسالة تنتظرك في الاستقبال.',
}

const ar: PortalTranslation = {
  domiPortal: {
    title: 'فضاء التوطين الخاص بي',
    titleOf: 'فضاء التوطين الخاص بي – {{name}}',
    falcSwitch: 'نص سهل القراءة (بالفرنسية)',
    falcOn: 'تظهر الآن النسخة السهلة القراءة، بالفرنسية.',
    falcOff: 'جمل قصيرة مع صور، بالفرنسية.',
    privacy: 'يعرض هذا الفضاء فقط بريدك المنتظر وتواريخ توطينك. لا أحد غيرك يستطيع رؤيته دون رمزك.',
    closed: 'هذا الفضاء غير مفتوح.\nاستفسر في استقبال مؤسستك.',
    signIn: {
      title: 'تسجيل الدخول',
      intro: 'اكتب رقم ملفك والرمز الذي أُعطي لك في الاستقبال.',
      fileNumber: 'رقم الملف',
      fileNumberHelp: 'مكتوب على شهادة التوطين الخاصة بك.',
      code: 'الرمز',
      codeHelp: 'الرمز الذي أعطاك إياه الاستقبال، مثلاً على ورقة مطبوعة.',
      submit: 'تسجيل الدخول',
      expired: 'تم تسجيل خروجك بعد 15 دقيقة. سجّل الدخول من جديد.',
      numberInvalid: 'اكتب رقم ملفك: أرقام فقط.',
    },
    mail: {
      title: 'بريدك',
      none: 'لا يوجد بريد ينتظرك.',
      ...arabicWaiting,
      items: {
        courrier: 'رسالة وصلت في {{date}}',
        recommande: 'إشعار لرسالة مضمونة وصل في {{date}}',
        colis: 'طرد وصل في {{date}}',
      },
    },
    validity: {
      title: 'توطينك',
      until: 'توطينك ساري حتى {{date}}.\nاطلب تجديده قبل هذا التاريخ بشهر.',
      none: 'ليس لديك توطين ساري.\nتوجّه إلى الاستقبال.',
    },
    contact: {
      title: 'آخر اتصال لك',
      last: 'آخر زيارة أو مكالمة لك: {{date}}.',
      none: 'لم تُسجَّل أي زيارة أو مكالمة.',
      rule: 'احضر أو اتصل مرة واحدة على الأقل كل 3 أشهر: وإلا فقد ينتهي توطينك.',
    },
    refresh: 'تحديث',
    signOut: 'تسجيل الخروج',
  },
}

/** The portal's strings, merged into each language by app/i18n.ts; the FALC texts go with French. */
export const portalLocales = {
  fr: { ...fr, domiPortalFalc: falc },
  en,
  ar,
}
