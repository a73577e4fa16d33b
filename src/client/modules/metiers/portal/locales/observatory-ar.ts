import type { TextsLike } from './fr'
import type { observatoryFr } from './observatory-fr'

export const observatoryAr: TextsLike<typeof observatoryFr> = {
  observatory: {
    contact: {
      titre: 'اكتب إلى المنصة',
      intro:
        'سؤال عن مهنة أو تكوين أو عرض عمل أو حسابك؟ اكتب إلينا: {{organisation}} تجيبك بالبريد الإلكتروني.',
      delai_one: 'رد موعود خلال يوم عمل {{count}} على الأكثر.',
      delai_other: 'رد موعود خلال {{count}} أيام عمل على الأكثر.',
      ferme: 'هذا النموذج غير مفتوح بعد: لم تختر إدارة المنصة الهيئة التي ترد على الرسائل. عد قريبًا.',
      chargement: 'جارٍ تحميل النموذج…',
      erreurChargement: 'تعذر تحميل النموذج. تحقق من اتصالك وأعد المحاولة.',
      reessayer: 'أعد المحاولة',
      nom: 'اسمك',
      email: 'بريدك الإلكتروني',
      emailAide: 'للرد عليك، ولإرسال إشعار الاستلام.',
      sujet: 'الموضوع',
      choisir: 'اختر موضوعًا',
      sujets: {
        metier: 'سؤال عن مهنة',
        formation: 'تكوين، تمهين، تجربة مهنية',
        offre: 'عرض عمل أو طلب توظيف',
        compte: 'حسابي كمترشح',
        employeur: 'أنا مشغّل: النشر والتوظيف',
        probleme: 'مشكلة في الموقع',
        autre: 'سؤال آخر',
      },
      message: 'رسالتك',
      messageAide: 'لا تكتب بيانات صحية ولا رقم الضمان الاجتماعي.',
      question: 'سؤال للتحقق من أنك لست روبوتًا',
      consentement:
        'أوافق على أن تحتفظ {{organisation}} برسالتي وعنواني المدة اللازمة للرد علي (سنة على الأكثر).',
      piege: 'لا تملأ هذا الحقل',
      envoyer: 'أرسل رسالتي',
      envoi: 'جارٍ الإرسال…',
      champVide: 'هذا الحقل إلزامي.',
      emailInvalide: 'بريد إلكتروني غير صالح (مثال: prenom.nom@exemple.fr).',
      consentementManquant: 'ضع علامة في الخانة حتى نتمكن من الاحتفاظ برسالتك إلى حين الرد.',
      formulaire: 'لم تُرسل الرسالة: صحح الحقول المشار إليها.',
      general: 'لم تُرسل الرسالة. أعد المحاولة بعد لحظة.',
      envoyeTitre: 'أُرسلت الرسالة',
      envoye: 'استلمت {{organisation}} رسالتك. مرجعها: {{reference}}.',
      reponse: 'ستتلقى ردًا في موعد أقصاه {{date}}. أُرسل إليك بريد تأكيد.',
      autre: 'اكتب رسالة أخرى',
    },
  },
}
