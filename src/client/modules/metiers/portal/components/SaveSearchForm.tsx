import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreateAlertBodyInput } from '../../../../../shared/modules/metiers/search.contract'
import type { OfferSearchParams } from '../../../../../shared/modules/metiers/search-query'
import { isolate } from '../../../../app/bidi'
import { errorsOf, focusFirstError, looksLikeEmail, type FieldErrors } from '../form-errors'
import { portalSend, portalSession } from '../portal-api'
import { portalRoutes } from '../portal-routes'
import { TextInput } from './fields'

/** A name for the alert from the search itself: « aide-soignant · Bourg-en-Bresse (20 km) ». */
export function defaultAlertLabel(
  search: OfferSearchParams,
  ficheTitle: string | null,
  fallback: string,
): string {
  const what = search.q ?? ficheTitle ?? ''
  const where = search.lieu ? `${search.lieu}${search.rayon ? ` (${search.rayon} km)` : ''}` : ''
  return [what, where].filter(Boolean).join(' · ').slice(0, 120) || fallback
}

/** The search without its page and sort: what an alert keeps (the server checks each value). */
function criteriaOf(search: OfferSearchParams): CreateAlertBodyInput['recherche'] {
  const { page: _page, tri: _tri, taille: _taille, ...criteria } = search
  return criteria as CreateAlertBodyInput['recherche']
}

/** « Recevoir ces offres par e-mail »: an e-mail and a name; a confirmation e-mail follows. */
export function SaveSearchForm({
  search,
  ficheTitle,
  organisationId,
}: {
  search: OfferSearchParams
  ficheTitle: string | null
  organisationId?: string | undefined
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [email, setEmail] = useState('')
  const [label, setLabel] = useState('')
  const [signedIn, setSignedIn] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [done, setDone] = useState<{ status: 'a_confirmer' | 'active'; label: string; email: string } | null>(
    null,
  )
  const form = useRef<HTMLFormElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const status = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (!open) return
    setLabel(defaultAlertLabel(search, ficheTitle, t('alerte.titre')))
    form.current?.querySelector<HTMLInputElement>('input')?.focus()
    portalSession()
      .then((s) => setSignedIn(s.account !== null))
      .catch(() => setSignedIn(false))
    // The label is proposed once, when the form opens.
  }, [open])

  useEffect(() => {
    if (done) status.current?.focus()
  }, [done])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found: FieldErrors = {}
    if (!signedIn && !looksLikeEmail(email))
      found.email = email.trim() ? t('candidature.emailInvalide') : t('candidature.champVide')
    if (!label.trim()) found.label = t('candidature.champVide')
    setErrors(found)
    setMessage(null)
    if (Object.keys(found).length) {
      setMessage(t('candidature.erreurs'))
      requestAnimationFrame(() => focusFirstError(form.current))
      return
    }
    setSending(true)
    try {
      const answer = await portalSend(portalRoutes.metiersSearch.createAlert, {
        body: {
          ...(signedIn ? {} : { email: email.trim() }),
          label: label.trim(),
          recherche: criteriaOf(search),
          ...(organisationId ? { organisationId } : {}),
        },
      })
      setDone({ status: answer.status, label: answer.label, email: email.trim() })
    } catch (error) {
      const { fields, message: text } = errorsOf(error, t('portail.erreur.texte'))
      setErrors(fields)
      setMessage(text)
      requestAnimationFrame(() => focusFirstError(form.current))
    } finally {
      setSending(false)
    }
  }

  if (done) {
    return (
      <section className="pf-panel pf-panel--success" aria-labelledby="alerte-titre">
        <h2 id="alerte-titre" className="pf-panel__title">
          {t('alerte.titre')}
        </h2>
        <p ref={status} tabIndex={-1} role="status">
          {done.status === 'active'
            ? t('alerte.active', { label: isolate(done.label) })
            : t('alerte.envoyee', { email: isolate(done.email), label: isolate(done.label) })}
        </p>
      </section>
    )
  }

  if (!open) {
    return (
      <p className="pf-save">
        <button
          ref={opener}
          type="button"
          className="pf-button"
          aria-expanded="false"
          onClick={() => setOpen(true)}
        >
          <span aria-hidden="true">✉ </span>
          {t('alerte.ouvrir')}
        </button>
      </p>
    )
  }

  return (
    <section className="pf-panel" aria-labelledby="alerte-titre">
      <h2 id="alerte-titre" className="pf-panel__title">
        {t('alerte.titre')}
      </h2>
      <p>{t('alerte.intro')}</p>
      <form ref={form} className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
        {message ? (
          <p className="pf-alert pf-alert--error" role="alert">
            {message}
          </p>
        ) : null}
        {signedIn ? (
          <p className="small">{t('alerte.compte')}</p>
        ) : (
          <TextInput
            label={t('alerte.email')}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            error={errors.email}
            required
          />
        )}
        <TextInput
          label={t('alerte.nom')}
          name="label"
          value={label}
          onChange={setLabel}
          help={t('alerte.nomAide')}
          error={errors.label ?? errors.recherche}
          maxLength={120}
          required
        />
        <div className="pf-form__actions">
          <button type="submit" className="pf-button pf-button--primary" disabled={sending}>
            {sending ? t('alerte.envoi') : t('alerte.envoyer')}
          </button>
          <button
            type="button"
            className="pf-button pf-button--quiet"
            onClick={() => {
              setOpen(false)
              requestAnimationFrame(() => opener.current?.focus())
            }}
          >
            {t('alerte.annuler')}
          </button>
        </div>
      </form>
    </section>
  )
}
