import './account.css'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CandidateProfileView } from '../../../../../shared/modules/metiers/candidates.contract'
import { ApiError, portalGet } from '../portal-api'
import { accountRoutes } from './account-api'
import { AccountPage } from './AccountFrame'
import { CvSection } from './CvSection'
import { EraseSection } from './EraseSection'
import { ProfileForm } from './ProfileForm'

function ProfileContent() {
  const { t } = useTranslation()
  const [profile, setProfile] = useState<CandidateProfileView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [erased, setErased] = useState(false)
  const load = useCallback(() => {
    setError(null)
    portalGet(accountRoutes.metiersCandidates.getProfile, {})
      .then(setProfile)
      .catch((e: unknown) =>
        setError(e instanceof ApiError && e.message ? e.message : t('compte.erreurs.general')),
      )
  }, [t])
  useEffect(load, [load])

  if (erased) {
    return (
      <p className="pf-alert pf-alert--success" role="status">
        {t('compte.effacement.fait')}
      </p>
    )
  }
  if (error) {
    return (
      <>
        <p className="pf-alert pf-alert--error" role="alert">
          {error}
        </p>
        <button type="button" className="pf-button" onClick={load}>
          {t('portail.reessayer')}
        </button>
      </>
    )
  }
  if (!profile) {
    return (
      <p className="pf-loading" role="status">
        {t('portail.chargement')}
      </p>
    )
  }
  return (
    <>
      <ProfileForm profile={profile} onSaved={setProfile} />
      <CvSection profile={profile} onChanged={setProfile} />
      <EraseSection onErased={() => setErased(true)} />
    </>
  )
}

/** `/metiers/compte/profil`: the profile reused when applying, the CV, and erasing the account. */
export function ProfilePage() {
  const { t } = useTranslation()
  return <AccountPage title={t('compte.profil.titre')}>{() => <ProfileContent />}</AccountPage>
}
