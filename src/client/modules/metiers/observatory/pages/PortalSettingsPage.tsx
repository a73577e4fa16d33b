import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { observatoryApi, type PlatformSettings } from '../observatory.queries'

const NONE = 'aucune'

function SettingsForm({ settings }: { settings: PlatformSettings }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [organisation, setOrganisation] = useState(settings.contactOrganisationId ?? NONE)
  const [threshold, setThreshold] = useState(String(settings.secrecyThreshold))
  const [saved, setSaved] = useState(false)
  return (
    <Form
      state={form}
      label={t('metiers_observatory.settings.title')}
      onSubmit={async () => {
        setSaved(false)
        const done = await form.run(() =>
          call(observatoryApi.saveSettings, {
            body: {
              contactOrganisationId: organisation === NONE ? null : organisation,
              secrecyThreshold: Number(threshold),
            },
          }),
        )
        if (done) setSaved(true)
      }}
    >
      <Select
        label={t('metiers_observatory.settings.organisation')}
        description={t('metiers_observatory.settings.organisationHelp')}
        name="contactOrganisationId"
        options={[
          { id: NONE, label: t('metiers_observatory.settings.none') },
          ...settings.organisations.map((o) => ({ id: o.id, label: o.name })),
        ]}
        value={organisation}
        onChange={(v) => setOrganisation(v ?? NONE)}
      />
      <NativeField
        type="number"
        name="secrecyThreshold"
        min={2}
        max={50}
        label={t('metiers_observatory.settings.threshold')}
        description={t('metiers_observatory.settings.thresholdHelp')}
        value={threshold}
        onChange={setThreshold}
      />
      <div className="actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('metiers_observatory.settings.save')}
        </Button>
      </div>
      {saved ? <Alert tone="success">{t('metiers_observatory.settings.saved')}</Alert> : null}
    </Form>
  )
}

/** The jobs portal's settings, for the platform administrator: who answers the contact form, the secret's threshold. */
export function PortalSettingsPage() {
  const { t } = useTranslation()
  const loaded = useLoad(() => call(observatoryApi.settings, {}))
  return (
    <Page title={t('metiers_observatory.settings.title')} intro={t('metiers_observatory.settings.intro')}>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {loaded.data ? (
        <section className="card">
          <SettingsForm settings={loaded.data} />
        </section>
      ) : loaded.error ? null : (
        <p className="loading">{t('metiers_observatory.page.loading')}</p>
      )}
    </Page>
  )
}
