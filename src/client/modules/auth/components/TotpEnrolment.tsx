import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResponseOf } from '../../../../shared/contract'
import { api, ApiError, call } from '../../../api'
import { Alert } from '../../../ui/Alert'
import { CodeForm } from './CodeForm'
import { groupSecret, svgDataUrl } from './enrolment'

type Enrolment = ResponseOf<typeof api.auth.startTotpEnrolment>

/** First sign-in with a role that sees personal data: set up the authenticator application. */
export function TotpEnrolment({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation()
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const [error, setError] = useState<string | null>(null)
  const started = useRef(false)

  useEffect(() => {
    if (started.current) return
    started.current = true
    call(api.auth.startTotpEnrolment, { body: {} }).then(setEnrolment, (e: unknown) =>
      setError(e instanceof ApiError ? e.message : t('errors.unavailableText')),
    )
  }, [t])

  if (error) return <Alert tone="error">{error}</Alert>
  if (!enrolment) return <p className="loading">{t('common.loading')}</p>

  return (
    <div className="stack">
      <p>{t('signIn.enrolIntro')}</p>
      <ol className="steps">
        <li>{t('signIn.enrolStep1')}</li>
        <li>
          {t('signIn.enrolStep2')}
          <img
            className="qr"
            src={svgDataUrl(enrolment.qrSvg)}
            alt={t('signIn.qrAlt')}
            width={200}
            height={200}
          />
          <p>
            {t('signIn.secretLabel')}{' '}
            <code className="secret" dir="ltr" data-secret={enrolment.secret}>
              {groupSecret(enrolment.secret)}
            </code>
          </p>
        </li>
        <li>{t('signIn.enrolStep3')}</li>
      </ol>
      <CodeForm
        submitLabel={t('signIn.enrolSubmit')}
        onCode={async (code) => {
          await call(api.auth.confirmTotpEnrolment, { body: { code } })
          await onDone()
        }}
      />
    </div>
  )
}
