import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { useSession } from '../../../../app/session'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { mailApi, portalHref } from '../desk.queries'

/**
 * A code for the person's own space, shown once: read it out, or print the slip (only the slip is
 * printed). A new code replaces the previous one.
 */
export function PortalCode({
  domiciliationId,
  personLabel,
}: {
  domiciliationId: string
  personLabel: string
}) {
  const { t } = useTranslation()
  const { organisation, session } = useSession()
  const form = useApiForm()
  const [given, setGiven] = useState<{ fileNumber: number; code: string } | null>(null)
  const organisationId = organisation?.id ?? session?.currentOrganisationId ?? ''
  const address = `${window.location.origin}${portalHref(organisationId)}`

  const submit = async () => {
    const next = await form.run(() => call(mailApi.portalCode, { params: { id: domiciliationId } }))
    if (next) setGiven(next)
  }

  return (
    <>
      <p>{t('domiDesk.portal.intro')}</p>
      <Form state={form} onSubmit={submit} label={t('domiDesk.portal.give')}>
        <div className="form__actions">
          <Button type="submit" variant={given ? 'secondary' : 'primary'} isPending={form.pending}>
            {given ? t('domiDesk.portal.giveAgain') : t('domiDesk.portal.give')}
          </Button>
        </div>
      </Form>
      {given ? (
        <div className="desk-slip" role="status">
          <p className="desk-slip__title">{t('domiDesk.portal.slipTitle')}</p>
          <p>
            <bdi>{personLabel}</bdi>
          </p>
          <dl className="facts">
            <dt>{t('domiDesk.portal.address')}</dt>
            <dd className="desk-slip__value" dir="ltr">
              {address}
            </dd>
            <dt>{t('domiDesk.portal.fileNumber')}</dt>
            <dd className="desk-slip__value" dir="ltr">
              {given.fileNumber}
            </dd>
            <dt>{t('domiDesk.portal.code')}</dt>
            <dd className="desk-slip__value desk-slip__code" dir="ltr" data-code={given.code}>
              {given.code}
            </dd>
          </dl>
          <p className="small">{t('domiDesk.portal.once')}</p>
          <div className="actions desk-slip__actions">
            <Button onPress={() => window.print()}>{t('domiDesk.portal.print')}</Button>
          </div>
        </div>
      ) : null}
    </>
  )
}
