import type { TextsLike } from './fr'
import type { CampaignTexts } from './campaign-fr'

/** Texts of the territories' campaign pages, in Arabic (the page turns right to left). */
export const campaignAr: TextsLike<CampaignTexts> = {
  territoire: {
    logo: 'شعار {{name}}',
    voirOffres: 'عرض الوظائف في هذه المنطقة',
    metiers: 'مهن توظّف هنا',
    portraits: 'أشخاص يمارسون هذه المهنة',
    portraitSuite: 'اقرأ المزيد: {{metier}}',
    evenements: 'الفعاليات القادمة',
    offres: 'عروض عمل أصحاب العمل بالقرب منك',
    offresZone: 'عروض في نطاق {{rayon}} كم حول {{commune}}.',
    aucuneOffre: 'لا توجد عروض عمل في هذه المنطقة حاليًا. وسّع نطاق البحث أو أنشئ تنبيهًا.',
    toutesLesOffres: 'عرض جميع العروض ({{total}})',
    chercherOffres: 'البحث عن عروض أخرى',
  },
}
