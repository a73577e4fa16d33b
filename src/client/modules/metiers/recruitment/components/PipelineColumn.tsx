import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../../app/format'
import { Link } from '../../../../ui/Link'
import type { Pipeline } from '../recruitment.queries'
import { applicationHref } from '../recruitment.queries'

type Card = Pipeline['columns'][number]['applications'][number]

/** One step of the pipeline: its heading with the count, then its applications as links. */
export function PipelineColumn({ id, title, cards }: { id: string; title: string; cards: Card[] }) {
  const { t, i18n } = useTranslation()
  return (
    <section className="rc-column" aria-labelledby={id}>
      <h2 id={id} className="rc-column__title">
        {title} ({cards.length})
      </h2>
      {cards.length === 0 ? (
        <p className="small muted">{t('metiers_recruitment.pipeline.emptyColumn')}</p>
      ) : (
        <ul className="rc-cards">
          {cards.map((card) => (
            <li key={card.id}>
              <Link
                href={applicationHref(card.id)}
                className={`rc-card${card.overdue ? ' rc-card--overdue' : ''}`}
              >
                <span className="rc-card__name">
                  <bdi>
                    {card.firstName} {card.lastName}
                  </bdi>
                </span>
                <span className="rc-card__meta">
                  {t('metiers_recruitment.pipeline.receivedOn', {
                    date: formatDate(card.createdAt, i18n.language),
                  })}
                  {' · '}
                  {t('metiers_recruitment.pipeline.waiting', { count: card.daysWaiting })}
                  {card.hasCv ? ` · ${t('metiers_recruitment.pipeline.cv')}` : ''}
                </span>
                {card.overdue ? (
                  <span className="rc-flag">{t('metiers_recruitment.pipeline.overdue')}</span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
