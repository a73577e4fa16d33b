import './campaigns.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResponseOf } from '../../../../shared/contract'
import {
  defaultCampaignRadiusKm,
  maxFeaturedFiches,
  maxFeaturedPortraits,
  metiersCampaignsContract as campaignsApi,
  type CampaignEditorStateView,
  type EditorCampaignView,
} from '../../../../shared/modules/metiers/campaigns.contract'
import { call } from '../../../api'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { CheckboxGroup } from '../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { TextArea } from '../../../ui/TextArea'
import { TextField } from '../../../ui/TextField'
import { CampaignPreview } from './CampaignPreview'
import { PublicationCard } from './PublicationCard'

type EditorState = ResponseOf<typeof campaignsApi.editorPage>

/** The territory's campaign page: its address (chosen once), words, featured jobs and portraits, area. */
function CampaignForm({
  state,
  onSaved,
}: {
  state: CampaignEditorStateView
  onSaved: (page: EditorCampaignView) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const page = state.page
  const [slug, setSlug] = useState(page?.slug ?? '')
  const [title, setTitle] = useState(page?.title ?? '')
  const [message, setMessage] = useState(page?.message ?? '')
  const [introHtml, setIntro] = useState(page?.introHtml ?? '')
  const [fiches, setFiches] = useState<string[]>(page?.featuredFicheIds ?? [])
  const [portraits, setPortraits] = useState<string[]>(page?.featuredPortraitIds ?? [])
  const [commune, setCommune] = useState(page?.area.commune ?? '')
  const [radius, setRadius] = useState(String(page?.area.radiusKm ?? defaultCampaignRadiusKm))
  const [saved, setSaved] = useState(false)

  const submit = async () => {
    setSaved(false)
    const answer = await form.run(() =>
      call(campaignsApi.savePage, {
        body: {
          slug,
          title,
          message,
          introHtml,
          featuredFicheIds: fiches,
          featuredPortraitIds: portraits,
          areaCommune: commune,
          areaRadiusKm: Number(radius),
        },
      }),
    )
    if (answer) {
      setSaved(true)
      setIntro(answer.introHtml)
      onSaved(answer)
    }
  }

  const ficheOptions = state.choices.fiches.map((f) => ({
    id: f.id,
    label: f.published ? f.title : t('metiers_campaigns.unpublishedFiche', { title: f.title }),
  }))
  const portraitOptions = state.choices.portraits.map((p) => ({
    id: p.id,
    label: t('metiers_campaigns.portraitOption', { name: p.name, fiche: p.ficheTitle }),
  }))

  return (
    <>
      <CampaignPreview
        look={state.look}
        title={title}
        message={message}
        savedIntroHtml={page?.introHtml ?? null}
      />
      <section className="card" aria-labelledby="contenu-page">
        <h2 id="contenu-page">{t('metiers_campaigns.content')}</h2>
        {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
        <Form state={form} onSubmit={submit} label={t('metiers_campaigns.content')}>
          <TextField
            label={t('metiers_campaigns.slug')}
            description={
              page
                ? t('metiers_campaigns.slugFixed', { path: page.publicPath })
                : t('metiers_campaigns.slugHelp')
            }
            name="slug"
            value={slug}
            onChange={setSlug}
            isReadOnly={Boolean(page)}
            isRequired
            dir="ltr"
          />
          <TextField
            label={t('metiers_campaigns.title')}
            name="title"
            value={title}
            onChange={setTitle}
            isRequired
          />
          <TextField
            label={t('metiers_campaigns.message')}
            description={t('metiers_campaigns.messageHelp')}
            name="message"
            value={message}
            onChange={setMessage}
            isRequired
          />
          <TextArea
            label={t('metiers_campaigns.intro')}
            description={t('metiers_campaigns.introHelp')}
            name="introHtml"
            value={introHtml}
            onChange={setIntro}
            rows={8}
          />
          <CheckboxGroup
            label={t('metiers_campaigns.fiches')}
            description={t('metiers_campaigns.fichesHelp', { max: maxFeaturedFiches })}
            name="featuredFicheIds"
            options={ficheOptions}
            value={fiches}
            onChange={setFiches}
          />
          {portraitOptions.length > 0 ? (
            <CheckboxGroup
              label={t('metiers_campaigns.portraits')}
              description={t('metiers_campaigns.portraitsHelp', { max: maxFeaturedPortraits })}
              name="featuredPortraitIds"
              options={portraitOptions}
              value={portraits}
              onChange={setPortraits}
            />
          ) : null}
          <TextField
            label={t('metiers_campaigns.commune')}
            description={t('metiers_campaigns.communeHelp')}
            name="areaCommune"
            value={commune}
            onChange={setCommune}
            autoComplete="address-level2"
            isRequired
          />
          <TextField
            label={t('metiers_campaigns.radius')}
            name="areaRadiusKm"
            type="number"
            inputMode="numeric"
            value={radius}
            onChange={setRadius}
            isRequired
          />
          {page && page.area.latitude === null ? (
            <Alert tone="info">{t('metiers_campaigns.noPosition')}</Alert>
          ) : null}
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t('common.save')}
            </Button>
          </div>
        </Form>
      </section>
    </>
  )
}

/** « Page de campagne »: the territory's editors write and publish their page of the jobs portal. */
export function CampaignEditorPage() {
  const { t } = useTranslation()
  const loaded = useLoad(() => call(campaignsApi.editorPage, {}))
  const [state, setState] = useState<EditorState | null>(null)
  const current = state ?? loaded.data
  const updatePage = (page: EditorCampaignView) => current && setState({ ...current, page })
  return (
    <Page title={t('metiers_campaigns.pageTitle')} intro={t('metiers_campaigns.pageIntro')}>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {current ? (
        <>
          {current.page ? <PublicationCard page={current.page} onChanged={updatePage} /> : null}
          <CampaignForm state={current} onSaved={updatePage} />
        </>
      ) : loaded.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}
