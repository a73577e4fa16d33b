/** Texts of the métiers module's campaigns part, under the key "metiers_campaigns". */
const fr = {
  nav: 'Page de campagne',
  navHelp: 'La page du territoire sur le portail des métiers : message, métiers, portraits, offres.',
  pageTitle: 'Page de campagne',
  pageIntro:
    'La page de votre territoire sur le portail public des métiers du lien : votre message, les métiers et les portraits mis en avant, et les offres des employeurs autour de vous.',
  preview: 'Aperçu',
  previewNoTitle: 'Titre de la page',
  previewSavedIntro: 'Présentation telle qu’enregistrée :',
  previewLook: 'Le logo et les couleurs sont ceux de l’organisation (menu Organisation).',
  logoOf: 'Logo de {{name}}',
  content: 'Contenu de la page',
  slug: 'Adresse de la page',
  slugHelp:
    'Lettres minuscules sans accents, chiffres et tirets, par exemple « ain » ou « besancon-aide-a-domicile ». Elle ne change plus une fois choisie.',
  slugFixed: 'Adresse choisie : {{path}}. Elle ne change plus.',
  title: 'Titre',
  message: 'Message',
  messageHelp: 'Une phrase qui donne envie, par exemple « Un métier qui a du sens ».',
  intro: 'Présentation',
  introHelp:
    'Texte en HTML simple : titres <h2> et <h3>, paragraphes <p>, listes <ul>/<ol> et <li>, liens <a href>, <strong>, <em>. Tout le reste est retiré à l’enregistrement.',
  fiches: 'Métiers mis en avant',
  fichesHelp: '{{max}} au plus. Une fiche pas encore publiée n’apparaît qu’une fois publiée.',
  unpublishedFiche: '{{title}} (pas encore publiée)',
  portraits: 'Portraits mis en avant',
  portraitsHelp: '{{max}} au plus.',
  portraitOption: '{{name}} — {{fiche}}',
  commune: 'Commune au centre du territoire',
  communeHelp: 'Son nom, ou son code postal et son nom (ex. « 01000 Bourg-en-Bresse »).',
  radius: 'Rayon des offres montrées (km)',
  noPosition:
    'Le service d’adresses n’a pas encore placé cette commune : les offres sont cherchées par son nom. Enregistrez à nouveau plus tard pour la placer.',
  publication: 'Publication',
  isPublished: 'La page est publiée : tout le monde peut la lire.',
  isDraft: 'La page n’est pas publiée : seuls les membres de votre organisation la voient ici.',
  openPublic: 'Ouvrir la page publique (nouvel onglet)',
  publish: 'Publier la page',
  unpublish: 'Retirer la page du portail',
}

type Texts = { [K in keyof typeof fr]: string }

const en: Texts = {
  nav: 'Campaign page',
  navHelp: 'Your area’s page on the jobs portal: message, jobs, portraits, offers.',
  pageTitle: 'Campaign page',
  pageIntro:
    'Your area’s page on the public portal of care and social jobs: your message, the jobs and portraits you feature, and employers’ offers around you.',
  preview: 'Preview',
  previewNoTitle: 'Page title',
  previewSavedIntro: 'Presentation as saved:',
  previewLook: 'Logo and colours are the organisation’s (Organisation menu).',
  logoOf: '{{name}} logo',
  content: 'Page content',
  slug: 'Page address',
  slugHelp:
    'Lower-case letters without accents, digits and hyphens, e.g. “ain” or “besancon-aide-a-domicile”. It cannot change once chosen.',
  slugFixed: 'Chosen address: {{path}}. It no longer changes.',
  title: 'Title',
  message: 'Message',
  messageHelp: 'One inviting sentence, e.g. “A job that makes sense”.',
  intro: 'Presentation',
  introHelp:
    'Simple HTML: headings <h2> and <h3>, paragraphs <p>, lists <ul>/<ol> and <li>, links <a href>, <strong>, <em>. Anything else is removed when saved.',
  fiches: 'Featured jobs',
  fichesHelp: 'At most {{max}}. A job page not yet published appears once it is.',
  unpublishedFiche: '{{title}} (not published yet)',
  portraits: 'Featured portraits',
  portraitsHelp: 'At most {{max}}.',
  portraitOption: '{{name}} — {{fiche}}',
  commune: 'Town at the centre of the area',
  communeHelp: 'Its name, or its postcode and name (e.g. “01000 Bourg-en-Bresse”).',
  radius: 'Radius of the offers shown (km)',
  noPosition:
    'The address service has not placed this town yet: offers are searched by its name. Save again later to place it.',
  publication: 'Publication',
  isPublished: 'The page is published: anyone can read it.',
  isDraft: 'The page is not published: only your organisation’s members see it here.',
  openPublic: 'Open the public page (new tab)',
  publish: 'Publish the page',
  unpublish: 'Withdraw the page from the portal',
}

const ar: Texts = {
  nav: 'صفحة الحملة',
  navHelp: 'صفحة منطقتكم على بوابة المهن: الرسالة، المهن، الشهادات، العروض.',
  pageTitle: 'صفحة الحملة',
  pageIntro:
    'صفحة منطقتكم على البوابة العامة لمهن الرعاية والعمل الاجتماعي: رسالتكم، والمهن والشهادات المختارة، وعروض أصحاب العمل من حولكم.',
  preview: 'معاينة',
  previewNoTitle: 'عنوان الصفحة',
  previewSavedIntro: 'العرض كما تم حفظه:',
  previewLook: 'الشعار والألوان هي ألوان المؤسسة (قائمة المؤسسة).',
  logoOf: 'شعار {{name}}',
  content: 'محتوى الصفحة',
  slug: 'عنوان الصفحة',
  slugHelp:
    'حروف لاتينية صغيرة بدون علامات، وأرقام وشرطات، مثل «ain» أو «besancon-aide-a-domicile». لا يتغيّر بعد اختياره.',
  slugFixed: 'العنوان المختار: {{path}}. لم يعد يتغيّر.',
  title: 'العنوان',
  message: 'الرسالة',
  messageHelp: 'جملة جذابة واحدة، مثل «مهنة ذات معنى».',
  intro: 'التقديم',
  introHelp:
    'HTML بسيط: عناوين <h2> و<h3>، فقرات <p>، قوائم <ul>/<ol> و<li>، روابط <a href>، <strong>، <em>. يُحذف كل ما عدا ذلك عند الحفظ.',
  fiches: 'المهن المختارة',
  fichesHelp: '{{max}} على الأكثر. البطاقة غير المنشورة تظهر بعد نشرها.',
  unpublishedFiche: '{{title}} (غير منشورة بعد)',
  portraits: 'الشهادات المختارة',
  portraitsHelp: '{{max}} على الأكثر.',
  portraitOption: '{{name}} — {{fiche}}',
  commune: 'البلدية في وسط المنطقة',
  communeHelp: 'اسمها، أو رمزها البريدي واسمها (مثال: «01000 Bourg-en-Bresse»).',
  radius: 'نطاق العروض المعروضة (كم)',
  noPosition:
    'لم تحدد خدمة العناوين موقع هذه البلدية بعد: يتم البحث عن العروض باسمها. احفظوا مرة أخرى لاحقًا.',
  publication: 'النشر',
  isPublished: 'الصفحة منشورة: يمكن للجميع قراءتها.',
  isDraft: 'الصفحة غير منشورة: لا يراها هنا إلا أعضاء مؤسستكم.',
  openPublic: 'فتح الصفحة العامة (علامة تبويب جديدة)',
  publish: 'نشر الصفحة',
  unpublish: 'سحب الصفحة من البوابة',
}

export const campaignsLocales = {
  fr: { metiers_campaigns: fr },
  en: { metiers_campaigns: en },
  ar: { metiers_campaigns: ar },
}
