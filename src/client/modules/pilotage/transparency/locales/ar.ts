/** Texts of the pilotage module's transparency part (ar). */
export const ar = {
  period: 'من {{start}} إلى {{end}}',
  since: 'ابتداءً من {{start}}',
  until: 'حتى {{end}}',
  counts: '{{axes}} محاور، {{actions}} إجراءات',
  status: {
    a_lancer: 'لم يبدأ',
    en_cours: 'جارٍ',
    en_retard: 'متأخر',
    realise: 'منجز',
    abandonne: 'متروك',
  },
  kind: { projet_phare: 'مشروع رئيسي', action: 'إجراء' },
  list: {
    title: 'خطط العمل المنشورة',
    intro: 'الخطط التي تنشرها منظمات المنصة: محاورها وإجراءاتها وأين وصلت.',
    none: 'لا توجد خطة منشورة حاليًا.',
  },
  plan: {
    loading: 'خطة العمل',
    state: 'أين وصلت الإجراءات',
    axis: 'المحور {{n}}',
    axisState: 'أين وصلت إجراءات المحور {{n}}',
    actionsOf: 'إجراءات المحور {{n}}',
    number: 'الرقم',
    action: 'الإجراء',
    status: 'الحالة',
    dates: 'التواريخ',
    noAction: 'لا يوجد إجراء حاليًا.',
    source: 'المصدر:',
    all: 'كل الخطط المنشورة',
  },
}
