import './ambassadors.css'
import '../account/account.css'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useSearch } from 'wouter'
import type { PathJobView, PathView } from '../../../../../shared/modules/metiers/ambassadors.contract'
import { ambassadorPages } from '../../../../../shared/modules/metiers/ambassadors.constants'
import { AccountPage } from '../account/AccountFrame'
import { Checkbox, SelectField } from '../components/fields'
import { PageState } from '../components/PageState'
import { ApiError, portalGet, portalSend } from '../portal-api'
import { ambassadorsApiRoutes as api } from './ambassadors-api-routes'
import { isolate } from './isolate'
import { useLoaded } from './useLoaded'

const stateMark = { fait: '✓', en_cours: '…', a_faire: '○' } as const

/** One job of the path: progress, the six steps, and what to do next. */
function PathJob({ item, onChange }: { item: PathJobView; onChange: (p: PathView) => void }) {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  // A ticked box shows at once; the path's answer (or a refusal) settles it.
  const [ticking, setTicking] = useState<Record<string, boolean>>({})
  const headingId = `pa-parcours-${item.job.slug}`
  const act = async (call: () => Promise<PathView>) => {
    setError(null)
    try {
      onChange(await call())
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('compte.erreurs.general'))
    }
  }
  const stepLabel = (step: string) => t(`ambassadors.parcours.etapes.${step}`)
  return (
    <li className="pc-card pa-path">
      <h2 id={headingId} className="pc-card__title">
        <Link href={`/metiers/fiches/${item.job.slug}`}>
          <bdi>{item.job.title}</bdi>
        </Link>
      </h2>
      <div className="pa-progress">
        <progress max={item.total} value={item.done} aria-labelledby={`${headingId}-progression`} />
        <span id={`${headingId}-progression`}>
          {t('ambassadors.parcours.progression', { done: item.done, total: item.total })}
        </span>
      </div>
      <ol className="pa-steps">
        {item.steps.map((s) => (
          <li key={s.step} className={`pa-step pa-step--${s.state}`}>
            <span className="pa-step__mark" aria-hidden="true">
              {stateMark[s.state]}
            </span>
            <span className="pa-step__label">
              {stepLabel(s.step)}
              <span className="pa-step__state">
                {' — '}
                {s.marked ? t('ambassadors.parcours.ailleurs') : t(`ambassadors.parcours.etats.${s.state}`)}
              </span>
            </span>
            {s.state !== 'fait' || s.marked ? (
              <Checkbox
                name={`ailleurs-${item.job.slug}-${s.step}`}
                label={
                  <span className="pa-step__elsewhere">
                    {t('ambassadors.parcours.ailleurs')}
                    <span className="visually-hidden"> : {stepLabel(s.step)}</span>
                  </span>
                }
                checked={ticking[s.step] ?? s.marked}
                onChange={(done) => {
                  setTicking((was) => ({ ...was, [s.step]: done }))
                  void act(() =>
                    portalSend(api.markStep, {
                      params: { fiche: item.job.slug, step: s.step },
                      body: { done },
                    }),
                  ).finally(() => setTicking(({ [s.step]: _settled, ...others }) => others))
                }}
              />
            ) : null}
          </li>
        ))}
      </ol>
      {item.next ? (
        <div className="pa-next">
          <h3>{t('ambassadors.parcours.prochaine', { step: stepLabel(item.next) })}</h3>
          <ul className="pa-suggestions">
            {item.suggestions.map((s) => (
              <li key={`${s.kind}-${s.href}`}>
                <Link href={s.href} className="pa-suggestion">
                  <span className="pa-suggestion__title">{s.title}</span>
                  <span className="pa-suggestion__detail">{s.detail}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="pf-alert pf-alert--success">{t('ambassadors.parcours.termine')}</p>
      )}
      {error ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="pf-button pf-button--quiet"
        onClick={() => void act(() => portalSend(api.removePathJob, { params: { fiche: item.job.slug } }))}
      >
        {t('ambassadors.parcours.retirer', { title: isolate(item.job.title) })}
      </button>
    </li>
  )
}

function PathContent() {
  const { t } = useTranslation()
  const search = useSearch()
  const [, navigate] = useLocation()
  const path = useLoaded('parcours', () => portalGet(api.path, {}))
  const [choice, setChoice] = useState('')
  const [error, setError] = useState<string | null>(null)
  const add = async (fiche: string) => {
    setError(null)
    try {
      path.set(await portalSend(api.addPathJob, { body: { fiche } }))
      setChoice('')
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('compte.erreurs.general'))
    }
  }
  // Coming from a fiche (« Découvrir ce métier pas à pas »): the job is added once, then the address is cleaned.
  const asked = new URLSearchParams(search).get('fiche')
  const handled = useRef(false)
  useEffect(() => {
    if (!asked || handled.current || !path.data) return
    handled.current = true
    if (!path.data.jobs.some((j) => j.job.slug === asked)) void add(asked)
    navigate(ambassadorPages.path(), { replace: true })
  })

  const data = path.data
  if (!data)
    return (
      <PageState
        loading={path.loading}
        notFound={false}
        error={path.error}
        onRetry={path.reload}
        withHeading={false}
      />
    )
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (choice) void add(choice)
  }
  return (
    <>
      <p>{t('ambassadors.parcours.intro')}</p>
      {data.jobs.length ? (
        <ul className="pc-list">
          {data.jobs.map((item) => (
            <PathJob key={item.job.slug} item={item} onChange={path.set} />
          ))}
        </ul>
      ) : (
        <p>{t('ambassadors.parcours.aucun')}</p>
      )}
      {data.choices.length ? (
        <form className="pf-form pa-add" onSubmit={submit} aria-labelledby="pa-ajouter">
          <h2 id="pa-ajouter">{t('ambassadors.parcours.ajouter')}</h2>
          <SelectField
            label={t('ambassadors.parcours.choisir')}
            name="fiche"
            value={choice}
            onChange={setChoice}
            options={[
              { value: '', label: t('ambassadors.parcours.choisirOption') },
              ...data.choices.map((c) => ({ value: c.slug, label: c.title })),
            ]}
            error={error}
          />
          <div className="pf-form__actions">
            <button type="submit" className="pf-button pf-button--primary">
              {t('ambassadors.parcours.ajouterBouton')}
            </button>
          </div>
        </form>
      ) : null}
    </>
  )
}

/** `/metiers/compte/parcours`: the candidate's discovery path, job by job. */
export function DiscoveryPathPage() {
  const { t } = useTranslation()
  return <AccountPage title={t('ambassadors.parcours.titre')}>{() => <PathContent />}</AccountPage>
}
