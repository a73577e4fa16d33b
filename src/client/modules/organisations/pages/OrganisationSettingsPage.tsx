import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrganisationView } from '../../../../shared/modules/organisations/organisations.contract'
import { api, call } from '../../../api'
import { useSession } from '../../../app/session'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { TextField } from '../../../ui/TextField'
import { ColourField } from '../components/ColourField'
import { LogoField } from '../components/LogoField'
import { ServicesSection } from '../components/ServicesSection'
import { PublicAddresses } from '../../accueil/components/PublicAddresses'
import { checkLogo, readAsDataUrl } from '../logo'

function SettingsForm({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation()
  const { reloadOrganisation } = useSession()
  const form = useApiForm()
  const [name, setName] = useState(organisation.name)
  const [logo, setLogo] = useState<string | null>(organisation.logoDataUrl)
  const [primaryColor, setPrimary] = useState(organisation.primaryColor)
  const [accentColor, setAccent] = useState(organisation.accentColor)
  const [months, setMonths] = useState(String(organisation.auditRetentionMonths))
  const [saved, setSaved] = useState(false)

  const [logoError, setLogoError] = useState<string | undefined>(undefined)
  const pickLogo = async (file: File) => {
    const check = checkLogo(file)
    if (check !== 'ok') {
      setLogoError(t(check === 'type' ? 'organisation.logoType' : 'organisation.logoSize'))
      return
    }
    setLogoError(undefined)
    setLogo(await readAsDataUrl(file))
  }

  const submit = () =>
    form.run(async () => {
      setSaved(false)
      await call(api.organisations.updateCurrent, {
        body: { name, logoDataUrl: logo, primaryColor, accentColor, auditRetentionMonths: Number(months) },
      })
      await reloadOrganisation()
      setSaved(true)
    })

  return (
    <section className="card" aria-labelledby="identite">
      <h2 id="identite">{t('organisation.identity')}</h2>
      {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <Form state={form} onSubmit={submit}>
        <TextField label={t('organisation.name')} name="name" value={name} onChange={setName} isRequired />
        <LogoField
          value={logo}
          onPick={(file) => void pickLogo(file)}
          onRemove={() => setLogo(null)}
          error={logoError}
        />
        <ColourField
          label={t('organisation.primary')}
          name="primaryColor"
          value={primaryColor}
          onChange={setPrimary}
        />
        <ColourField
          label={t('organisation.accent')}
          name="accentColor"
          value={accentColor}
          onChange={setAccent}
        />
        <TextField
          label={t('organisation.retention')}
          description={t('organisation.retentionHelp')}
          name="auditRetentionMonths"
          type="number"
          inputMode="numeric"
          value={months}
          onChange={setMonths}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

/** The organisation's name, logo, colours, log retention, and its services. */
export function OrganisationSettingsPage() {
  const { t } = useTranslation()
  const { organisation } = useSession()
  return (
    <Page title={t('organisation.title')}>
      {organisation ? (
        <SettingsForm key={organisation.id} organisation={organisation} />
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
      <ServicesSection />
      {organisation ? <PublicAddresses organisationId={organisation.id} /> : null}
    </Page>
  )
}
