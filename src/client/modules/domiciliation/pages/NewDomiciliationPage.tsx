import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { call } from '../../../api'
import { canAccess } from '../../../app/access'
import { useSession } from '../../../app/session'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { UsagerPicker } from '../../accueil/components/UsagerPicker'
import type { UsagerFound } from '../../accueil/accueil.queries'
import { decisionsApi, fileHref, messageOf, usagersApi, type FileSummary } from '../domiciliation.queries'
import '../../accueil/accueil.css'
import '../domiciliation.css'

/**
 * "Nouvelle domiciliation": find the person through the people search (or create their file
 * first), then open their domiciliation file, which receives its number.
 */
export function NewDomiciliationPage() {
  const { t } = useTranslation()
  const { session } = useSession()
  const [, navigate] = useLocation()
  const form = useApiForm()
  const [usager, setUsager] = useState<UsagerFound | null>(null)
  const [existing, setExisting] = useState<FileSummary | null>(null)
  const [checkError, setCheckError] = useState<string | null>(null)

  // A person has one domiciliation file: show it rather than offer a second one.
  useEffect(() => {
    setExisting(null)
    setCheckError(null)
    if (!usager) return
    let current = true
    call(decisionsApi.list, { query: { usagerId: usager.id } })
      .then((found) => current && setExisting(found.items[0] ?? null))
      .catch((e: unknown) => current && setCheckError(messageOf(e)))
    return () => {
      current = false
    }
  }, [usager])

  const submit = async () => {
    if (!usager) return form.fail(t('domiciliation.create.personRequired'), 'usagerId')
    const opened = await form.run(() => call(decisionsApi.open, { body: { usagerId: usager.id } }))
    if (opened) navigate(`${fileHref(opened.id)}?ouvert=1`)
  }

  return (
    <Page title={t('domiciliation.create.title')} intro={t('domiciliation.create.intro')}>
      <p>
        <Link href="/domiciliation">{t('domiciliation.file.back')}</Link>
      </p>
      <section className="card" aria-labelledby="personne-domiciliee">
        <h2 id="personne-domiciliee">{t('domiciliation.create.person')}</h2>
        <Form
          state={form}
          onSubmit={submit}
          label={t('domiciliation.create.title')}
          className="form form--wide"
        >
          <UsagerPicker name="usagerId" selected={usager} onSelect={setUsager} />
          {checkError ? <Alert tone="error">{checkError}</Alert> : null}
          {existing ? (
            <Alert tone="info" title={t('domiciliation.create.exists', { number: existing.fileNumber })}>
              <p>
                <Link href={fileHref(existing.id)}>
                  {t('domiciliation.create.openExisting', { number: existing.fileNumber })}
                </Link>
              </p>
            </Alert>
          ) : null}
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending} isDisabled={existing !== null}>
              {t('domiciliation.create.submit')}
            </Button>
          </div>
        </Form>
        {canAccess(usagersApi.create.access, session) ? (
          <p className="small">
            {t('domiciliation.create.noFile')}{' '}
            <Link href="/usagers/nouvelle">{t('domiciliation.create.newPerson')}</Link>
          </p>
        ) : null}
      </section>
    </Page>
  )
}
