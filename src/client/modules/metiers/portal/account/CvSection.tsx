import { useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CandidateProfileView } from '../../../../../shared/modules/metiers/candidates.contract'
import { cvAccept, cvProblem } from '../cv-check'
import { ApiError, portalSend, portalUpload } from '../portal-api'
import { formatMegabytes } from '../portal-format'
import { accountRoutes, profileCvDownloadPath } from './account-api'

type Status = { kind: 'progress' | 'success' | 'error'; text: string } | null

/** The profile's CV: shown with its size, downloaded, replaced or removed. */
export function CvSection({
  profile,
  onChanged,
}: {
  profile: CandidateProfileView
  onChanged: (p: CandidateProfileView) => void
}) {
  const { t, i18n } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<Status>(null)
  const [busy, setBusy] = useState(false)
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('compte.profil.kilo', { size: Math.max(1, Math.round(bytes / 1024)) })
      : t('compte.profil.mega', { size: formatMegabytes(bytes, i18n.language) })
  const failed = (error: unknown) =>
    setStatus({
      kind: 'error',
      text: error instanceof ApiError && error.message ? error.message : t('compte.erreurs.general'),
    })

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const problem = cvProblem(file)
    if (problem) {
      setStatus({
        kind: 'error',
        text:
          problem === 'type'
            ? t('compte.profil.cvType')
            : t('compte.profil.cvTaille', { size: formatMegabytes(file.size, i18n.language) }),
      })
      return
    }
    setBusy(true)
    try {
      const saved = await portalUpload(
        accountRoutes.metiersCandidates.uploadCv,
        { query: { fileName: file.name } },
        file,
        (phase, percent) =>
          setStatus({
            kind: 'progress',
            text:
              phase === 'sending'
                ? t('compte.profil.cvEnvoi', { percent })
                : t('compte.profil.cvVerification'),
          }),
      )
      onChanged(saved)
      setStatus({ kind: 'success', text: t('compte.profil.cvDepose') })
    } catch (error) {
      failed(error)
    } finally {
      setBusy(false)
    }
  }

  async function remove() {
    setBusy(true)
    try {
      onChanged(await portalSend(accountRoutes.metiersCandidates.deleteCv, {}))
      setStatus({ kind: 'success', text: t('compte.profil.cvRetire') })
    } catch (error) {
      failed(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="pf-panel" aria-labelledby="mon-cv">
      <h2 id="mon-cv" className="pf-panel__title">
        {t('compte.profil.cvTitre')}
      </h2>
      {profile.cv ? (
        <p>
          {t('compte.profil.cvActuel', { name: profile.cv.fileName, size: size(profile.cv.bytes) })}{' '}
          <a href={profileCvDownloadPath} download={profile.cv.fileName}>
            {t('compte.profil.cvTelecharger')}
          </a>
        </p>
      ) : (
        <p>{t('compte.profil.cvAucun')}</p>
      )}
      <div className="pf-field">
        <label className="pf-field__label" htmlFor="cv-profil">
          {profile.cv ? t('compte.profil.cvRemplacer') : t('compte.profil.cvChoisir')}
        </label>
        <p id="cv-profil-aide" className="pf-field__help">
          {t('compte.profil.cvAide')}
        </p>
        <input
          ref={input}
          id="cv-profil"
          type="file"
          className="pf-field__file"
          accept={cvAccept}
          aria-describedby="cv-profil-aide"
          disabled={busy}
          onChange={(e) => void upload(e)}
        />
      </div>
      <p
        className={
          status?.kind === 'error'
            ? 'pf-alert pf-alert--error'
            : status?.kind === 'success'
              ? 'pf-alert pf-alert--success'
              : 'pf-field__help'
        }
        role={status?.kind === 'error' ? 'alert' : 'status'}
      >
        {status?.text}
      </p>
      {profile.cv ? (
        <button type="button" className="pf-button" onClick={() => void remove()} disabled={busy}>
          {t('compte.profil.cvRetirer')}
        </button>
      ) : null}
    </section>
  )
}
