import { useTranslation } from 'react-i18next'
import type { ApplicationStatus, OfferState } from '../../../../shared/modules/metiers/metiers.constants'

/** Labels of application statuses and offer states in the interface language, and file sizes. */
export function useRecruitmentLabels() {
  const { t, i18n } = useTranslation()
  return {
    status: (s: ApplicationStatus) => t(`metiers_recruitment.statuses.${s}`),
    offerState: (s: OfferState) => t(`metiers_recruitment.offerStates.${s}`),
    size: (bytes: number) => {
      const number = (n: number) =>
        new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(n)
      return bytes < 1024 * 1024
        ? t('metiers_recruitment.size.kb', { value: number(Math.max(1, Math.round(bytes / 1024))) })
        : t('metiers_recruitment.size.mb', { value: number(bytes / (1024 * 1024)) })
    },
  }
}
