import { useTranslation } from 'react-i18next'
import type { Dashboard } from '../recruitment.queries'

/** The employer's answer rate, or why there is none yet. */
export function AnswerRate({ rate }: { rate: Dashboard['answerRate'] }) {
  const { t } = useTranslation()
  return (
    <section className="card rc-rate" aria-labelledby="rc-rate-title">
      <h2 id="rc-rate-title">{t('metiers_recruitment.dashboard.rateTitle')}</h2>
      {rate?.rate == null ? (
        <p>
          {rate
            ? t('metiers_recruitment.dashboard.rateNone', { received: rate.received })
            : t('metiers_recruitment.dashboard.rateNever')}
        </p>
      ) : (
        <>
          <p className="rc-rate__value">
            {t('metiers_recruitment.dashboard.rate', {
              rate: rate.rate,
              answered: rate.answered,
              received: rate.received,
            })}
          </p>
          {rate.medianAnswerDays !== null ? (
            <p>{t('metiers_recruitment.dashboard.median', { count: rate.medianAnswerDays })}</p>
          ) : null}
        </>
      )}
    </section>
  )
}
