import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'wouter'
import {
  contracts,
  salaryPeriods,
  workPatterns,
  workTimes,
  type ContractKind,
  type SalaryPeriod,
  type WorkPattern,
  type WorkTime,
} from '../../../../../shared/modules/metiers/metiers.constants'
import { isPublicContract } from '../../../../../shared/modules/metiers/offer-rules'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { OfferActionsPanel } from '../components/OfferActionsPanel'
import { OfferPreview } from '../components/OfferPreview'
import { bodyOf, draftIssues, draftOf, type OfferDraft } from '../offer-form'
import { useOfferLabels } from '../offers.labels'
import { offerHref, offersApi, offersHref, type Offer } from '../offers.queries'
import '../offers.css'

const perkKeys = ['serviceCar', 'drivingLicence', 'housing', 'childcare'] as const
/** Contracts with a length in months. */
const timedContracts: readonly ContractKind[] = ['cdd', 'contractuel', 'apprentissage', 'vacation']

/** Write a new offer, or edit one with its publication panel and preview. */
export function OfferFormPage() {
  const { t } = useTranslation()
  const labels = useOfferLabels()
  const { id } = useParams<{ id?: string }>()
  const [, navigate] = useLocation()
  const loaded = useLoad(() => call(offersApi.getOffer, { params: { id: id! } }), Boolean(id))
  const employer = useLoad(() => call(offersApi.getEmployer, {}), !id)
  const jobs = useLoad(() => call(offersApi.jobOptions, {}))
  const [offer, setOffer] = useState<Offer | null>(null)
  const [draft, setDraft] = useState<OfferDraft>(draftOf(null))
  const [saved, setSaved] = useState<string | null>(null)
  useEffect(() => {
    if (loaded.data) {
      setOffer(loaded.data)
      setDraft(draftOf(loaded.data))
    }
  }, [loaded.data])
  useEffect(() => {
    if (!id && employer.data?.profile)
      setDraft((d) => (d.postcode ? d : draftOf(null, employer.data!.profile)))
  }, [id, employer.data])
  const form = useApiForm()
  const set = (patch: Partial<OfferDraft>) => {
    setSaved(null)
    setDraft({ ...draft, ...patch })
  }
  const changed = (next: Offer) => {
    setOffer(next)
    setDraft(draftOf(next))
    setSaved(null)
  }

  const chooseJob = (jobId: string) => {
    const job = jobs.data?.find((j) => j.id === jobId)
    set({ jobId, ...(job ? { codeRome: job.codeRome, codeOgr: job.codeOgr ?? '' } : {}) })
  }

  const submit = async () => {
    const issue = draftIssues(draft)[0]
    if (issue) return form.fail(issue.message, issue.field)
    const body = bodyOf(draft)
    if (!id) {
      const created = await form.run(() => call(offersApi.createOffer, { body }))
      if (created) navigate(offerHref(created.id))
      return
    }
    const next = await form.run(() => call(offersApi.updateOffer, { params: { id }, body }))
    if (next) {
      changed(next)
      setSaved(next.locationWarning ?? t('metiers_offers.form.saved'))
    }
  }

  const title = id
    ? t('metiers_offers.form.editTitle', { title: offer?.title ?? '' })
    : t('metiers_offers.form.newTitle')
  const editable = !offer || offer.actions.edit
  const jobOptions = [
    { id: '', label: t('metiers_offers.form.noJob') },
    ...(jobs.data ?? []).map((j) => ({ id: j.id, label: `${j.title} (${j.codeRome})` })),
  ]
  const form_ = (
    <Form state={form} onSubmit={submit} label={title}>
      <fieldset className="offer-section">
        <legend>{t('metiers_offers.form.sections.job')}</legend>
        <TextField
          label={t('metiers_offers.form.title')}
          description={t('metiers_offers.form.titleHelp')}
          name="title"
          value={draft.title}
          onChange={(v) => set({ title: v })}
          isRequired
        />
        <Select
          label={t('metiers_offers.form.job')}
          name="jobId"
          options={jobOptions}
          value={draft.jobId}
          onChange={(v) => chooseJob(v ?? '')}
        />
        <TextField
          label={t('metiers_offers.form.codeRome')}
          description={t('metiers_offers.form.codeRomeHelp')}
          name="codeRome"
          dir="ltr"
          value={draft.codeRome}
          onChange={(v) => set({ codeRome: v })}
        />
        <TextArea
          label={t('metiers_offers.form.description')}
          description={t('metiers_offers.form.richHelp')}
          name="descriptionHtml"
          value={draft.descriptionHtml}
          onChange={(v) => set({ descriptionHtml: v })}
          rows={10}
          isRequired
        />
        <TextArea
          label={t('metiers_offers.form.profile')}
          name="profileHtml"
          value={draft.profileHtml}
          onChange={(v) => set({ profileHtml: v })}
          rows={5}
        />
      </fieldset>
      <fieldset className="offer-section">
        <legend>{t('metiers_offers.form.sections.contract')}</legend>
        <Select
          label={t('metiers_offers.form.contract')}
          name="contract"
          options={labels.options(contracts, labels.contract)}
          value={draft.contract}
          onChange={(v) => set({ contract: (v as ContractKind | null) ?? draft.contract })}
          isRequired
        />
        {timedContracts.includes(draft.contract) ? (
          <NativeField
            type="number"
            min={1}
            max={60}
            name="contractMonths"
            label={t('metiers_offers.form.contractMonths')}
            value={draft.contractMonths}
            onChange={(v) => set({ contractMonths: v })}
          />
        ) : null}
        <NativeField
          type="date"
          name="startDate"
          label={t('metiers_offers.form.startDate')}
          value={draft.startDate}
          onChange={(v) => set({ startDate: v })}
        />
      </fieldset>
      {isPublicContract(draft.contract) ? (
        <fieldset className="offer-section">
          <legend>{t('metiers_offers.form.sections.publicPost')}</legend>
          <p className="field__help">{t('metiers_offers.form.publicHelp')}</p>
          <TextField
            label={t('metiers_offers.form.publicGrade')}
            name="publicGrade"
            value={draft.publicGrade}
            onChange={(v) => set({ publicGrade: v })}
          />
          <TextField
            label={t('metiers_offers.form.dveReference')}
            name="dveReference"
            dir="ltr"
            value={draft.dveReference}
            onChange={(v) => set({ dveReference: v })}
          />
          <TextField
            label={t('metiers_offers.form.dveUrl')}
            name="dveUrl"
            type="url"
            dir="ltr"
            value={draft.dveUrl}
            onChange={(v) => set({ dveUrl: v })}
          />
        </fieldset>
      ) : null}
      <fieldset className="offer-section">
        <legend>{t('metiers_offers.form.sections.time')}</legend>
        <RadioGroup
          inline
          label={t('metiers_offers.form.workTime')}
          name="workTime"
          options={labels.options(workTimes, labels.workTime)}
          value={draft.workTime}
          onChange={(v) => set({ workTime: v as WorkTime })}
          isRequired
        />
        <NativeField
          type="number"
          min={1}
          max={48}
          name="weeklyHours"
          label={t('metiers_offers.form.weeklyHours')}
          value={draft.weeklyHours}
          onChange={(v) => set({ weeklyHours: v })}
        />
        <CheckboxGroup
          label={t('metiers_offers.form.patterns')}
          name="patterns"
          options={labels.options(workPatterns, labels.pattern)}
          value={draft.patterns}
          onChange={(v) => set({ patterns: v as WorkPattern[] })}
        />
        <TextArea
          label={t('metiers_offers.form.scheduleNote')}
          name="scheduleNote"
          value={draft.scheduleNote}
          onChange={(v) => set({ scheduleNote: v })}
          rows={2}
        />
      </fieldset>
      <fieldset className="offer-section">
        <legend>{t('metiers_offers.form.sections.conditions')}</legend>
        <CheckboxGroup
          label={t('metiers_offers.form.perks')}
          name="perks"
          options={labels.options(perkKeys, labels.perk)}
          value={draft.perks}
          onChange={(v) => set({ perks: v as OfferDraft['perks'] })}
        />
      </fieldset>
      <fieldset className="offer-section">
        <legend>{t('metiers_offers.form.sections.salary')}</legend>
        <TextField
          label={t('metiers_offers.form.salaryMin')}
          name="salaryMin"
          dir="ltr"
          value={draft.salaryMin}
          onChange={(v) => set({ salaryMin: v })}
        />
        <TextField
          label={t('metiers_offers.form.salaryMax')}
          name="salaryMax"
          dir="ltr"
          value={draft.salaryMax}
          onChange={(v) => set({ salaryMax: v })}
        />
        <Select
          label={t('metiers_offers.form.salaryPeriod')}
          name="salaryPeriod"
          options={[
            { id: '', label: t('metiers_offers.form.noPeriod') },
            ...labels.options(salaryPeriods, labels.salaryPeriod),
          ]}
          value={draft.salaryPeriod}
          onChange={(v) => set({ salaryPeriod: (v as SalaryPeriod | '' | null) ?? '' })}
        />
      </fieldset>
      <fieldset className="offer-section">
        <legend>{t('metiers_offers.form.sections.place')}</legend>
        <TextField
          label={t('metiers_offers.form.address')}
          description={t('metiers_offers.form.addressHelp')}
          name="address"
          value={draft.address}
          onChange={(v) => set({ address: v })}
        />
        <TextField
          label={t('metiers_offers.form.postcode')}
          name="postcode"
          inputMode="numeric"
          dir="ltr"
          value={draft.postcode}
          onChange={(v) => set({ postcode: v })}
          isRequired
        />
        <TextField
          label={t('metiers_offers.form.commune')}
          name="commune"
          value={draft.commune}
          onChange={(v) => set({ commune: v })}
          isRequired
        />
      </fieldset>
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {id ? t('metiers_offers.form.save') : t('metiers_offers.form.create')}
        </Button>
      </div>
    </Form>
  )

  return (
    <Page title={title}>
      <p>
        <Link href={offersHref}>{t('metiers_offers.back')}</Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {saved ? (
        <Alert tone="success" title={t('metiers_offers.form.saved')}>
          {saved !== t('metiers_offers.form.saved') ? <p>{saved}</p> : null}
        </Alert>
      ) : null}
      {id && !offer ? (
        loaded.error ? null : (
          <p className="loading">{t('metiers_offers.loading')}</p>
        )
      ) : (
        <div className="offer-layout">
          <div>{editable ? form_ : <Alert tone="info">{t('metiers_offers.form.closedNote')}</Alert>}</div>
          {offer ? (
            <div className="offer-layout__side">
              <OfferActionsPanel offer={offer} onChange={changed} />
              <OfferPreview offer={offer} />
            </div>
          ) : null}
        </div>
      )}
    </Page>
  )
}
