import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { ApplyView } from '../../../../../shared/modules/metiers/applications.contract'
import type { CandidateProfileView } from '../../../../../shared/modules/metiers/candidates.contract'
import { isolate } from '../../../../app/bidi'
import { cvAccept, cvProblem } from '../cv-check'
import { errorsOf, focusFirstError, looksLikeEmail, type FieldErrors } from '../form-errors'
import { portalGet, portalSend, portalSession, portalUpload } from '../portal-api'
import { formatMegabytes } from '../portal-format'
import { portalRoutes } from '../portal-routes'
import { Checkbox, TextArea, TextInput } from './fields'

interface Draft {
  firstName: string
  lastName: string
  email: string
  phone: string
  message: string
  consent: boolean
  useProfileCv: boolean
}

const emptyDraft: Draft = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  message: '',
  consent: false,
  useProfileCv: false,
}

/** A signed-in candidate's profile, or null for a visitor (or an account that is not a candidate's). */
async function candidateProfile(): Promise<CandidateProfileView | null> {
  try {
    const session = await portalSession()
    if (!session.account) return null
    return await portalGet(portalRoutes.metiersCandidates.getProfile, {})
  } catch {
    return null
  }
}

/**
 * The application form on the offer's page: name, e-mail, phone, message, CV, consent. The CV is
 * sent first (its own route, with progress), then the application with the CV's token.
 */
export function ApplyForm({ slug, employerName }: { slug: string; employerName: string }) {
  const { t, i18n } = useTranslation()
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [file, setFile] = useState<File | null>(null)
  const [profile, setProfile] = useState<CandidateProfileView | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [progress, setProgress] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [sent, setSent] = useState<(ApplyView & { email: string }) | null>(null)
  const form = useRef<HTMLFormElement>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const success = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    let current = true
    void candidateProfile().then((found) => {
      if (!current || !found) return
      setProfile(found)
      setDraft((d) => ({
        ...d,
        firstName: d.firstName || found.firstName,
        lastName: d.lastName || found.lastName,
        email: d.email || found.email,
        phone: d.phone || (found.phone ?? ''),
        useProfileCv: found.cv !== null,
      }))
    })
    return () => {
      current = false
    }
  }, [])

  useEffect(() => {
    if (sent) success.current?.focus()
  }, [sent])

  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }))

  const chooseFile = (chosen: File | null) => {
    setFile(chosen)
    const problem = chosen ? cvProblem(chosen) : null
    setErrors((e) => {
      const { cv: _cv, ...rest } = e
      if (!problem || !chosen) return rest
      return {
        ...rest,
        cv:
          problem === 'type'
            ? t('candidature.cvType')
            : t('candidature.cvTaille', { size: formatMegabytes(chosen.size, i18n.language) }),
      }
    })
  }

  const check = (): FieldErrors => {
    const found: FieldErrors = {}
    if (!draft.firstName.trim()) found.firstName = t('candidature.champVide')
    if (!draft.lastName.trim()) found.lastName = t('candidature.champVide')
    if (!draft.email.trim()) found.email = t('candidature.champVide')
    else if (!looksLikeEmail(draft.email)) found.email = t('candidature.emailInvalide')
    const attached = draft.useProfileCv ? null : file
    const problem = attached ? cvProblem(attached) : null
    if (attached && problem)
      found.cv =
        problem === 'type'
          ? t('candidature.cvType')
          : t('candidature.cvTaille', { size: formatMegabytes(attached.size, i18n.language) })
    if (!draft.consent) found.consent = t('candidature.consentementRequis')
    return found
  }

  const fail = (fields: FieldErrors, text: string) => {
    setErrors(fields)
    setMessage(text)
    requestAnimationFrame(() => focusFirstError(form.current))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    const found = check()
    if (Object.keys(found).length) return fail(found, t('candidature.erreurs'))
    setErrors({})
    setMessage(null)
    setSending(true)
    try {
      let cvToken: string | undefined
      const attached = draft.useProfileCv ? null : file
      if (attached) {
        try {
          const uploaded = await portalUpload(
            portalRoutes.metiersApplications.uploadCv,
            { query: { fileName: attached.name.slice(-200) } },
            attached,
            (phase, percent) =>
              setProgress(
                phase === 'sending' ? t('candidature.cvEnvoi', { percent }) : t('candidature.cvVerification'),
              ),
          )
          cvToken = uploaded.cvToken
        } catch (error) {
          // Whatever the upload route says (type, size, name) belongs to the CV field.
          const { message: text } = errorsOf(error, t('portail.erreur.texte'))
          return fail({ cv: text }, t('candidature.erreurs'))
        } finally {
          setProgress(null)
        }
      }
      const answer = await portalSend(portalRoutes.metiersApplications.apply, {
        params: { slug },
        body: {
          firstName: draft.firstName.trim(),
          lastName: draft.lastName.trim(),
          email: draft.email.trim(),
          ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
          message: draft.message,
          ...(cvToken ? { cvToken } : {}),
          useProfileCv: draft.useProfileCv && (profile?.cv ?? null) !== null,
          consent: draft.consent,
        },
      })
      setSent({ ...answer, email: draft.email.trim() })
    } catch (error) {
      const { fields, message: text } = errorsOf(error, t('portail.erreur.texte'))
      if (fields.cvToken) fields.cv = fields.cvToken
      fail(fields, text)
    } finally {
      setSending(false)
    }
  }

  if (sent) {
    return (
      <section className="pf-panel pf-panel--success" aria-labelledby="candidature-envoyee">
        <h2 id="candidature-envoyee" ref={success} tabIndex={-1} className="pf-panel__title">
          {t('candidature.envoyee')}
        </h2>
        <p>
          {t('candidature.envoyeeTexte', {
            email: isolate(sent.email),
            employer: isolate(sent.employerName),
          })}
        </p>
        <p>
          <Link href={sent.followPath} className="pf-button pf-button--primary">
            {t('candidature.suivi')}
          </Link>
        </p>
      </section>
    )
  }

  const profileCv = profile?.cv ?? null
  return (
    <section className="pf-panel" aria-labelledby="postuler" id="candidature">
      <h2 id="postuler" className="pf-panel__title">
        {t('candidature.titre')}
      </h2>
      {profile ? (
        <p className="small">{t('candidature.compteConnecte')}</p>
      ) : (
        <p className="small">
          {t('candidature.compteIdee')}{' '}
          <Link href="/metiers/compte/connexion">{t('candidature.connexion')}</Link>
        </p>
      )}
      <p className="small">{t('candidature.intro')}</p>
      <form ref={form} className="pf-form" onSubmit={(e) => void submit(e)} noValidate>
        {message ? (
          <p className="pf-alert pf-alert--error" role="alert">
            {message}
          </p>
        ) : null}
        <div className="pf-form__row">
          <TextInput
            label={t('candidature.prenom')}
            name="firstName"
            autoComplete="given-name"
            value={draft.firstName}
            onChange={set('firstName')}
            error={errors.firstName}
            maxLength={100}
            required
          />
          <TextInput
            label={t('candidature.nom')}
            name="lastName"
            autoComplete="family-name"
            value={draft.lastName}
            onChange={set('lastName')}
            error={errors.lastName}
            maxLength={100}
            required
          />
        </div>
        <TextInput
          label={t('candidature.email')}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          value={draft.email}
          onChange={set('email')}
          help={t('candidature.emailAide')}
          error={errors.email}
          required
        />
        <TextInput
          label={t('candidature.telephone')}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={draft.phone}
          onChange={set('phone')}
          help={t('candidature.telephoneAide')}
          error={errors.phone}
        />
        <TextArea
          label={t('candidature.message')}
          name="message"
          value={draft.message}
          onChange={set('message')}
          help={t('candidature.messageAide')}
          error={errors.message}
          rows={4}
          maxLength={4000}
        />
        {profileCv ? (
          <Checkbox
            name="useProfileCv"
            label={t('candidature.cvProfil', { name: profileCv.fileName })}
            checked={draft.useProfileCv}
            onChange={set('useProfileCv')}
          />
        ) : null}
        {!draft.useProfileCv ? (
          <CvField error={errors.cv} progress={progress} inputRef={fileInput} onChoose={chooseFile} />
        ) : null}
        <Checkbox
          name="consent"
          label={t('candidature.consentement', { employer: isolate(employerName) })}
          checked={draft.consent}
          onChange={set('consent')}
          error={errors.consent}
          required
        />
        <div className="pf-form__actions">
          <button type="submit" className="pf-button pf-button--primary pf-button--wide" disabled={sending}>
            {sending ? t('candidature.envoi') : t('candidature.envoyer')}
          </button>
        </div>
      </form>
    </section>
  )
}

function CvField({
  error,
  progress,
  inputRef,
  onChoose,
}: {
  error: string | undefined
  progress: string | null
  inputRef: RefObject<HTMLInputElement | null>
  onChoose: (file: File | null) => void
}) {
  const { t } = useTranslation()
  const described = ['cv-aide', error ? 'cv-erreur' : null].filter(Boolean).join(' ')
  return (
    <div className="pf-field">
      <label className="pf-field__label" htmlFor="cv">
        {t('candidature.cv')}
      </label>
      <p id="cv-aide" className="pf-field__help">
        {t('candidature.cvAide')}
      </p>
      <input
        ref={inputRef}
        id="cv"
        name="cv"
        type="file"
        className="pf-field__file"
        accept={cvAccept}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChoose(e.target.files?.[0] ?? null)}
      />
      {progress ? (
        <p className="pf-field__help" role="status">
          {progress}
        </p>
      ) : null}
      {error ? (
        <p id="cv-erreur" className="pf-field__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
