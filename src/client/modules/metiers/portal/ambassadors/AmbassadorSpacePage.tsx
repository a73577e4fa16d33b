import './ambassadors.css'
import '../account/account.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type {
  AmbassadorSpaceView,
  MyAmbassadorView,
} from '../../../../../shared/modules/metiers/ambassadors.contract'
import { ambassadorPages } from '../../../../../shared/modules/metiers/ambassadors.constants'
import { AccountPage } from '../account/AccountFrame'
import { PageState } from '../components/PageState'
import { ApiError, portalGet, portalSend } from '../portal-api'
import { ambassadorsApiRoutes as api } from './ambassadors-api-routes'
import { AmbassadorModules } from './AmbassadorModules'
import { AmbassadorProfileForm } from './AmbassadorProfileForm'
import { AmbassadorRequests } from './AmbassadorRequests'
import { useLoaded } from './useLoaded'

/** Where the profile stands, and the moves that fit: send to the editors, pause, reactivate. */
function ProfileState({
  profile,
  onChange,
}: {
  profile: MyAmbassadorView
  onChange: (p: MyAmbassadorView) => void
}) {
  const { t } = useTranslation()
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)
  const act = async (call: () => Promise<MyAmbassadorView>, success?: string) => {
    setMessage(null)
    try {
      onChange(await call())
      if (success) setMessage({ kind: 'success', text: success })
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : t('compte.erreurs.general') })
    }
  }
  const canSubmit = profile.reviewState === 'brouillon' || profile.reviewState === 'refuse'
  return (
    <div className="pf-panel pa-state-panel">
      <p>
        <strong>{t('ambassadors.espace.etat')} : </strong>
        <span className={`pa-state pa-state--${profile.reviewState}`}>
          {t(`ambassadors.espace.etats.${profile.reviewState}`)}
        </span>
      </p>
      {profile.reviewState === 'publie' ? (
        <p>
          <Link href={ambassadorPages.ambassador(profile.id)}>{profile.displayName}</Link>
          {' · '}
          {profile.active ? t('ambassadors.espace.actif') : t('ambassadors.espace.pause')}
        </p>
      ) : null}
      {profile.reviewNote && profile.reviewState === 'refuse' ? (
        <p dir="auto">
          <strong>{t('ambassadors.espace.noteEditeur')} : </strong>
          {profile.reviewNote}
        </p>
      ) : null}
      {!profile.placed ? <p className="pf-notice">{t('ambassadors.espace.nonPlace')}</p> : null}
      <div className="pf-form__actions">
        {canSubmit ? (
          <button
            type="button"
            className="pf-button pf-button--primary"
            onClick={() => void act(() => portalSend(api.submitProfile, {}), t('ambassadors.espace.envoye'))}
          >
            {t('ambassadors.espace.envoyer')}
          </button>
        ) : null}
        <button
          type="button"
          className="pf-button"
          onClick={() => void act(() => portalSend(api.setActive, { body: { active: !profile.active } }))}
        >
          {profile.active ? t('ambassadors.espace.mettrePause') : t('ambassadors.espace.reactiver')}
        </button>
      </div>
      {message ? (
        <p
          className={`pf-alert pf-alert--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  )
}

function SpaceContent() {
  const { t } = useTranslation()
  const space = useLoaded('espace', () => portalGet(api.space, {}))
  const data = space.data
  if (!data)
    return (
      <PageState
        loading={space.loading}
        notFound={false}
        error={space.error}
        onRetry={space.reload}
        withHeading={false}
      />
    )
  const update = (next: Partial<AmbassadorSpaceView>) => space.set({ ...data, ...next })
  return (
    <>
      <p>{t('ambassadors.espace.intro')}</p>
      {data.profile ? (
        <>
          <AmbassadorRequests
            bookings={data.bookings}
            onChange={(b) => update({ bookings: data.bookings.map((x) => (x.id === b.id ? b : x)) })}
          />
          <AmbassadorModules
            modules={data.modules}
            onChange={(m) => update({ modules: data.modules.map((x) => (x.id === m.id ? m : x)) })}
          />
        </>
      ) : null}
      <section className="pa-section" aria-labelledby="pa-profil">
        <h2 id="pa-profil">
          {data.profile ? t('ambassadors.espace.profil') : t('ambassadors.espace.creer')}
        </h2>
        {data.profile ? (
          <ProfileState profile={data.profile} onChange={(profile) => update({ profile })} />
        ) : null}
        <AmbassadorProfileForm
          space={data}
          onSaved={(profile) => (data.profile ? update({ profile }) : space.reload())}
        />
      </section>
    </>
  )
}

/** `/metiers/compte/ambassadeur`: the ambassador's profile, requests received and training. */
export function AmbassadorSpacePage() {
  const { t } = useTranslation()
  return <AccountPage title={t('ambassadors.espace.titre')}>{() => <SpaceContent />}</AccountPage>
}
