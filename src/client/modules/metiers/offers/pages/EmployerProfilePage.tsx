import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  employerSectors,
  employerTypes,
  type EmployerSector,
  type EmployerType,
} from '../../../../../shared/modules/metiers/metiers.constants'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { useOfferLabels } from '../offers.labels'
import { offersApi, type EmployerPage } from '../offers.queries'

interface Draft {
  employerType: EmployerType
  sector: EmployerSector
  description: string
  website: string
  address: string
  postcode: string
  commune: string
}

const draftOf = (page: EmployerPage | null): Draft => ({
  employerType: page?.profile?.employerType ?? 'association',
  sector: page?.profile?.sector ?? 'prive',
  description: page?.profile?.description ?? '',
  website: page?.profile?.website ?? '',
  address: page?.profile?.address ?? '',
  postcode: page?.profile?.postcode ?? '',
  commune: page?.profile?.commune ?? '',
})

/** What the organisation tells candidates about itself: type, sector, presentation, address. */
export function EmployerProfilePage() {
  const { t } = useTranslation()
  const labels = useOfferLabels()
  const loaded = useLoad(() => call(offersApi.getEmployer, {}))
  const [page, setPage] = useState<EmployerPage | null>(null)
  const [draft, setDraft] = useState<Draft>(draftOf(null))
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    if (loaded.data) {
      setPage(loaded.data)
      setDraft(draftOf(loaded.data))
    }
  }, [loaded.data])
  const form = useApiForm()
  const set = (patch: Partial<Draft>) => {
    setSaved(false)
    setDraft({ ...draft, ...patch })
  }

  const submit = async () => {
    const answer = await form.run(() =>
      call(offersApi.saveEmployer, {
        body: {
          employerType: draft.employerType,
          sector: draft.sector,
          description: draft.description,
          website: draft.website.trim() || null,
          address: draft.address,
          postcode: draft.postcode.trim(),
          commune: draft.commune.trim(),
        },
      }),
    )
    if (!answer) return
    setPage(answer)
    setDraft(draftOf(answer))
    setSaved(true)
  }

  return (
    <Page title={t('metiers_offers.employer.title')} intro={t('metiers_offers.employer.intro')}>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {page ? (
        <>
          {!page.profile ? <Alert tone="info">{t('metiers_offers.employer.notYet')}</Alert> : null}
          {saved ? (
            <Alert
              tone={page.locationWarning ? 'info' : 'success'}
              title={t('metiers_offers.employer.saved')}
            >
              <p>{page.locationWarning ?? t('metiers_offers.employer.located')}</p>
            </Alert>
          ) : null}
          <h2>
            <bdi>{page.organisationName}</bdi>
          </h2>
          <Form state={form} onSubmit={submit} label={t('metiers_offers.employer.title')}>
            <Select
              label={t('metiers_offers.employer.type')}
              name="employerType"
              options={labels.options(employerTypes, labels.employerType)}
              value={draft.employerType}
              onChange={(v) => set({ employerType: (v as EmployerType | null) ?? draft.employerType })}
              isRequired
            />
            <RadioGroup
              inline
              label={t('metiers_offers.employer.sector')}
              name="sector"
              options={labels.options(employerSectors, labels.sector)}
              value={draft.sector}
              onChange={(v) => set({ sector: v as EmployerSector })}
              isRequired
            />
            <TextArea
              label={t('metiers_offers.employer.description')}
              description={t('metiers_offers.employer.descriptionHelp')}
              name="description"
              value={draft.description}
              onChange={(description) => set({ description })}
              rows={6}
            />
            <TextField
              label={t('metiers_offers.employer.website')}
              name="website"
              type="url"
              dir="ltr"
              value={draft.website}
              onChange={(website) => set({ website })}
            />
            <TextField
              label={t('metiers_offers.employer.address')}
              name="address"
              value={draft.address}
              onChange={(address) => set({ address })}
            />
            <TextField
              label={t('metiers_offers.employer.postcode')}
              name="postcode"
              inputMode="numeric"
              dir="ltr"
              value={draft.postcode}
              onChange={(postcode) => set({ postcode })}
              isRequired
            />
            <TextField
              label={t('metiers_offers.employer.commune')}
              name="commune"
              value={draft.commune}
              onChange={(commune) => set({ commune })}
              isRequired
            />
            <div className="form__actions">
              <Button type="submit" variant="primary" isPending={form.pending}>
                {t('metiers_offers.employer.save')}
              </Button>
            </div>
          </Form>
        </>
      ) : loaded.error ? null : (
        <p className="loading">{t('metiers_offers.loading')}</p>
      )}
    </Page>
  )
}
