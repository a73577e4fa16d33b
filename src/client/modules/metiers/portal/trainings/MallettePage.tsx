import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useSearch } from 'wouter'
import type { MalletteDocumentView } from '../../../../../shared/modules/metiers/trainings.contract'
import {
  malletteCategories,
  type MalletteCategory,
} from '../../../../../shared/modules/metiers/trainings-labels'
import { PageState } from '../components/PageState'
import { SelectField, TextInput } from '../components/fields'
import { portalGet } from '../portal-api'
import { formatMegabytes } from '../portal-format'
import { portalRoutes } from '../portal-routes'
import { usePageTitle } from '../usePageTitle'
import { formatDay } from './trainings-format'
import { useTrainingsData } from './useTrainingsData'

/** `/metiers/mallette`: the documents of the « mallette de l'alternance », by category, with a search. */
export function MallettePage() {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const queryString = useSearch()
  const params = new URLSearchParams(queryString)
  const q = params.get('q') ?? ''
  const categorie = (params.get('categorie') ?? '') as MalletteCategory | ''
  const docs = useTrainingsData<MalletteDocumentView[]>(queryString, () =>
    portalGet(portalRoutes.metiersTrainings.mallette, {
      query: { ...(q ? { q } : {}), ...(categorie ? { categorie } : {}) },
    }),
  )
  const [words, setWords] = useState(q)
  const [category, setCategory] = useState<string>(categorie)
  useEffect(() => {
    setWords(q)
    setCategory(categorie)
  }, [q, categorie])
  usePageTitle(t('trainings.mallette.titre'))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const next = new URLSearchParams()
    if (words.trim()) next.set('q', words.trim())
    if (category) next.set('categorie', category)
    const query = next.toString()
    navigate(query ? `/metiers/mallette?${query}` : '/metiers/mallette')
  }
  const language = i18n.language
  const shown = malletteCategories.filter((c) => (docs.data ?? []).some((d) => d.category === c))

  return (
    <div className="pf-page">
      <h1>{t('trainings.mallette.titre')}</h1>
      <p className="pf-lead">{t('trainings.mallette.intro')}</p>
      <form
        className="pf-search"
        role="search"
        aria-label={t('trainings.mallette.chercher')}
        onSubmit={submit}
      >
        <div className="pf-search__main">
          <TextInput
            type="search"
            name="q"
            label={t('trainings.mallette.chercher')}
            value={words}
            onChange={setWords}
            maxLength={200}
          />
          <SelectField
            name="categorie"
            label={t('trainings.mallette.categorie')}
            value={category}
            onChange={setCategory}
            options={[
              { value: '', label: t('trainings.mallette.toutes') },
              ...malletteCategories.map((c) => ({ value: c, label: t(`trainings.categories.${c}`) })),
            ]}
          />
        </div>
        <div className="pf-search__actions">
          <button type="submit" className="pf-button pf-button--primary">
            {t('trainings.catalogue.chercher')}
          </button>
        </div>
      </form>
      {!docs.data ? (
        <PageState
          loading={docs.loading}
          notFound={docs.notFound}
          error={docs.error}
          onRetry={docs.reload}
          withHeading={false}
        />
      ) : docs.data.length === 0 ? (
        <p className="pf-notice" role="status">
          {t('trainings.mallette.aucun')}
        </p>
      ) : (
        shown.map((c) => (
          <section key={c} className="pf-section" aria-labelledby={`mallette-${c}`}>
            <h2 id={`mallette-${c}`}>{t(`trainings.categories.${c}`)}</h2>
            <ul className="pf-list">
              {docs
                .data!.filter((d) => d.category === c)
                .map((d) => (
                  <li key={d.id}>
                    <article className="pf-card">
                      <h3 className="pf-card__title" dir="auto">
                        {d.title}
                      </h3>
                      <p className="small muted">
                        {t('trainings.mallette.date', { date: formatDay(d.documentDate, language) })}
                      </p>
                      <p dir="auto">{d.summary}</p>
                      <p>
                        {d.fileUrl ? (
                          <a href={d.fileUrl} download>
                            {t('trainings.mallette.telecharger')}
                            {d.fileSize
                              ? ` (${t('trainings.mallette.taille', { taille: formatMegabytes(d.fileSize, language) })})`
                              : ''}
                          </a>
                        ) : null}
                        {d.fileUrl && d.externalUrl ? ' · ' : null}
                        {d.externalUrl ? (
                          <a href={d.externalUrl} rel="noopener noreferrer">
                            {t('trainings.mallette.lien')}
                            <span className="visually-hidden"> : {d.title}</span>
                          </a>
                        ) : null}
                      </p>
                    </article>
                  </li>
                ))}
            </ul>
          </section>
        ))
      )}
      <p>
        <Link href="/metiers/formations?voie=apprentissage">{t('trainings.mallette.formations')}</Link>
      </p>
    </div>
  )
}
