import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AmbassadorModuleView } from '../../../../../shared/modules/metiers/ambassadors.contract'
import { formatDay } from '../account/account-format'
import { RichText } from '../components/RichText'
import { ApiError, portalSend } from '../portal-api'
import { ambassadorsApiRoutes as api } from './ambassadors-api-routes'

/** The training modules, each opened in place, and marked as followed. */
export function AmbassadorModules({
  modules,
  onChange,
}: {
  modules: AmbassadorModuleView[]
  onChange: (m: AmbassadorModuleView) => void
}) {
  const { t, i18n } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const complete = async (id: string) => {
    setError(null)
    try {
      onChange(await portalSend(api.completeModule, { params: { id } }))
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('compte.erreurs.general'))
    }
  }
  const done = modules.filter((m) => m.completedAt).length
  return (
    <section className="pa-section" aria-labelledby="pa-modules">
      <h2 id="pa-modules">{t('ambassadors.espace.modules')}</h2>
      <p>
        {t('ambassadors.espace.modulesIntro')}{' '}
        {modules.length ? t('ambassadors.espace.modulesSuivis', { done, total: modules.length }) : null}
      </p>
      {error ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {modules.length === 0 ? <p>{t('ambassadors.espace.aucunModule')}</p> : null}
      <ul className="pa-modules">
        {modules.map((m) => (
          <li key={m.id}>
            <details className="pa-module">
              <summary>
                <span className="pa-module__title">{m.title}</span>
                {m.completedAt ? (
                  <span className="pa-state pa-state--realisee">
                    {t('ambassadors.espace.suivi', { date: formatDay(m.completedAt, i18n.language) })}
                  </span>
                ) : null}
              </summary>
              {m.summary ? <p className="pf-card__meta">{m.summary}</p> : null}
              <RichText html={m.bodyHtml} />
              {!m.completedAt ? (
                <button type="button" className="pf-button" onClick={() => void complete(m.id)}>
                  {t('ambassadors.espace.marquerSuivi')}
                </button>
              ) : null}
            </details>
          </li>
        ))}
      </ul>
    </section>
  )
}
