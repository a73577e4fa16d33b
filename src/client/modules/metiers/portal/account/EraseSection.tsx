import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { errorsOf } from '../form-errors'
import { portalSend, portalSession } from '../portal-api'
import { accountRoutes } from './account-api'
import { PasswordField } from './PasswordField'

/** Erasing the account, confirmed by the password. */
export function EraseSection({ onErased }: { onErased: () => void }) {
  const { t } = useTranslation()
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [erasing, setErasing] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!password) {
      setFieldError(t('compte.erreurs.champVide'))
      return
    }
    setErasing(true)
    setError(null)
    setFieldError(null)
    try {
      await portalSend(accountRoutes.metiersCandidates.eraseAccount, { body: { password } })
      await portalSession(true).catch(() => null)
      onErased()
    } catch (failure) {
      const { fields, message } = errorsOf(failure, t('compte.erreurs.general'))
      setFieldError(fields.password ?? null)
      setError(message)
    } finally {
      setErasing(false)
    }
  }

  return (
    <section className="pf-panel pc-danger" aria-labelledby="effacer-compte">
      <h2 id="effacer-compte" className="pf-panel__title">
        {t('compte.effacement.titre')}
      </h2>
      <p>{t('compte.effacement.texte')}</p>
      <form className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
        {error ? (
          <p className="pf-alert pf-alert--error" role="alert">
            {error}
          </p>
        ) : null}
        <PasswordField
          label={t('compte.effacement.confirmer')}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldError}
        />
        <button type="submit" className="pf-button pc-button--danger" disabled={erasing}>
          {erasing ? t('compte.effacement.enCours') : t('compte.effacement.bouton')}
        </button>
      </form>
    </section>
  )
}
