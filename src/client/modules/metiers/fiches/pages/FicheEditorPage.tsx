import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'wouter'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { DiplomasEditor, type DiplomaDraft } from '../components/DiplomasEditor'
import { PayScalesEditor, type PayScaleDraft } from '../components/PayScalesEditor'
import { PortraitEditor } from '../components/PortraitEditor'
import { RichTextField } from '../components/RichTextField'
import { euros, ficheHref, fichesApi, fichesHref, publicFicheHref, type EditorFiche } from '../fiches.queries'
import '../fiches.css'

interface FicheDraft {
  slug: string
  title: string
  summary: string
  codeRome: string
  codeOgr: string
  legacyCodeRomeV3: string
  keywords: string
  position: string
  whatHtml: string
  dayHtml: string
  routesHtml: string
  diplomas: DiplomaDraft[]
  payScales: PayScaleDraft[]
}

const draftOf = (f: EditorFiche | null): FicheDraft => ({
  slug: f?.slug ?? '',
  title: f?.title ?? '',
  summary: f?.summary ?? '',
  codeRome: f?.codeRome ?? '',
  codeOgr: f?.codeOgr ?? '',
  legacyCodeRomeV3: f?.legacyCodeRomeV3 ?? '',
  keywords: f?.keywords.join(', ') ?? '',
  position: String(f?.position ?? 0),
  whatHtml: f?.whatHtml ?? '',
  dayHtml: f?.dayHtml ?? '',
  routesHtml: f?.routesHtml ?? '',
  diplomas: f?.diplomas ?? [],
  payScales: f?.payScales ?? [],
})

const bodyOf = (d: FicheDraft) => ({
  slug: d.slug.trim(),
  title: d.title,
  summary: d.summary,
  codeRome: d.codeRome,
  codeOgr: d.codeOgr.trim() || null,
  legacyCodeRomeV3: d.legacyCodeRomeV3.trim() || null,
  keywords: d.keywords
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean),
  position: Number(d.position) || 0,
  whatHtml: d.whatHtml,
  dayHtml: d.dayHtml,
  routesHtml: d.routesHtml,
  diplomas: d.diplomas,
  payScales: d.payScales,
})

/** « Accompagnant éducatif et social » → « accompagnant-educatif-et-social ». */
const slugOf = (title: string) =>
  title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)

/** Write a new fiche, or edit one with its pay as the public will see it, its portraits and its publication. */
export function FicheEditorPage() {
  const { t, i18n } = useTranslation()
  const { id } = useParams<{ id?: string }>()
  const [, navigate] = useLocation()
  const loaded = useLoad(() => call(fichesApi.get, { params: { id: id! } }), Boolean(id))
  const grids = useLoad(() => call(fichesApi.payGrids, {}))
  const [fiche, setFiche] = useState<EditorFiche | null>(null)
  const [draft, setDraft] = useState<FicheDraft>(draftOf(null))
  const [saved, setSaved] = useState<string | null>(null)
  const appellations = useLoad(
    () => call(fichesApi.romeLookup, { query: { rome: draft.codeRome } }),
    /^[A-Na-n]\d{4}$/.test(draft.codeRome.trim()),
  )
  const { reload: reloadAppellations } = appellations
  useEffect(() => {
    void reloadAppellations()
  }, [draft.codeRome, reloadAppellations])
  useEffect(() => {
    if (loaded.data) {
      setFiche(loaded.data)
      setDraft(draftOf(loaded.data))
    }
  }, [loaded.data])
  const form = useApiForm()
  const publication = useApiForm()
  const set = (patch: Partial<FicheDraft>) => {
    setSaved(null)
    setDraft({ ...draft, ...patch })
  }

  const submit = async () => {
    const body = bodyOf(draft)
    if (!id) {
      const created = await form.run(() => call(fichesApi.create, { body }))
      if (created) navigate(ficheHref(created.id))
      return
    }
    const next = await form.run(() => call(fichesApi.update, { params: { id }, body }))
    if (next) {
      setFiche(next)
      setDraft(draftOf(next))
      setSaved(t('metiers_fiches.editor.saved'))
    }
  }

  const publish = async (published: boolean) => {
    if (!id) return
    const next = await publication.run(() =>
      call(fichesApi.setPublished, { params: { id }, body: { published } }),
    )
    if (next) {
      setFiche(next)
      setSaved(
        published ? t('metiers_fiches.editor.publishedNow') : t('metiers_fiches.editor.unpublishedNow'),
      )
    }
  }

  const title = id
    ? t('metiers_fiches.editor.editTitle', { title: fiche?.title ?? '' })
    : t('metiers_fiches.editor.newTitle')
  const ogrOptions = [
    { id: '', label: t('metiers_fiches.editor.noAppellation') },
    ...(draft.codeOgr && !appellations.data?.some((a) => a.codeOgr === draft.codeOgr)
      ? [{ id: draft.codeOgr, label: draft.codeOgr }]
      : []),
    ...(appellations.data ?? []).map((a) => ({ id: a.codeOgr, label: `${a.longLabel} (${a.codeOgr})` })),
  ]

  return (
    <Page title={title}>
      <p>
        <Link href={fichesHref}>{t('metiers_fiches.editor.back')}</Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {fiche?.romeWarning ? <Alert tone="info">{fiche.romeWarning}</Alert> : null}
      {fiche ? (
        <section className="fiche-section" aria-labelledby="fiche-publication">
          <h2 id="fiche-publication">{t('metiers_fiches.editor.publication')}</h2>
          <p>
            {fiche.published ? t('metiers_fiches.state.published') : t('metiers_fiches.state.draft')}
            {fiche.published ? (
              <>
                {' · '}
                <a href={publicFicheHref(fiche.slug)}>{t('metiers_fiches.list.public')}</a>
              </>
            ) : null}
          </p>
          <Form
            state={publication}
            onSubmit={() => publish(!fiche.published)}
            label={t('metiers_fiches.editor.publication')}
          >
            <div className="form__actions">
              <Button
                type="submit"
                variant={fiche.published ? 'secondary' : 'primary'}
                isPending={publication.pending}
              >
                {fiche.published ? t('metiers_fiches.editor.unpublish') : t('metiers_fiches.editor.publish')}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
      <Form state={form} onSubmit={submit} label={title}>
        <fieldset className="fiche-section">
          <legend>{t('metiers_fiches.editor.identity')}</legend>
          <TextField
            label={t('metiers_fiches.editor.title')}
            name="title"
            value={draft.title}
            onChange={(v) =>
              set({
                title: v,
                ...(!id && (!draft.slug || draft.slug === slugOf(draft.title)) ? { slug: slugOf(v) } : {}),
              })
            }
            isRequired
          />
          <TextField
            label={t('metiers_fiches.editor.slug')}
            description={t('metiers_fiches.editor.slugHelp')}
            name="slug"
            dir="ltr"
            value={draft.slug}
            onChange={(slug) => set({ slug })}
            isRequired
          />
          <TextArea
            label={t('metiers_fiches.editor.summary')}
            description={t('metiers_fiches.editor.summaryHelp')}
            name="summary"
            value={draft.summary}
            onChange={(summary) => set({ summary })}
            rows={3}
          />
          <TextField
            label={t('metiers_fiches.editor.keywords')}
            description={t('metiers_fiches.editor.keywordsHelp')}
            name="keywords"
            value={draft.keywords}
            onChange={(keywords) => set({ keywords })}
          />
          <NativeField
            type="number"
            min={0}
            max={1000}
            label={t('metiers_fiches.editor.position')}
            name="position"
            value={draft.position}
            onChange={(position) => set({ position })}
          />
        </fieldset>
        <fieldset className="fiche-section">
          <legend>{t('metiers_fiches.editor.codes')}</legend>
          <TextField
            label={t('metiers_fiches.editor.codeRome')}
            description={t('metiers_fiches.editor.codeRomeHelp')}
            name="codeRome"
            dir="ltr"
            value={draft.codeRome}
            onChange={(codeRome) => set({ codeRome })}
            isRequired
          />
          <Select
            label={t('metiers_fiches.editor.codeOgr')}
            name="codeOgr"
            options={ogrOptions}
            value={draft.codeOgr}
            onChange={(v) => set({ codeOgr: v ?? '' })}
          />
          <TextField
            label={t('metiers_fiches.editor.legacy')}
            name="legacyCodeRomeV3"
            dir="ltr"
            value={draft.legacyCodeRomeV3}
            onChange={(legacyCodeRomeV3) => set({ legacyCodeRomeV3 })}
          />
          {fiche ? (
            <p className="field__help">
              {t('metiers_fiches.editor.romeVersion', { version: fiche.romeVersion })}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="fiche-section">
          <legend>{t('metiers_fiches.editor.texts')}</legend>
          <RichTextField
            label={t('metiers_fiches.editor.what')}
            name="whatHtml"
            value={draft.whatHtml}
            onChange={(whatHtml) => set({ whatHtml })}
          />
          <RichTextField
            label={t('metiers_fiches.editor.day')}
            name="dayHtml"
            value={draft.dayHtml}
            onChange={(dayHtml) => set({ dayHtml })}
          />
          <RichTextField
            label={t('metiers_fiches.editor.routes')}
            name="routesHtml"
            value={draft.routesHtml}
            onChange={(routesHtml) => set({ routesHtml })}
          />
        </fieldset>
        <DiplomasEditor value={draft.diplomas} onChange={(diplomas) => set({ diplomas })} />
        <PayScalesEditor
          value={draft.payScales}
          onChange={(payScales) => set({ payScales })}
          grids={grids.data ?? []}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {id ? t('metiers_fiches.editor.save') : t('metiers_fiches.editor.create')}
          </Button>
        </div>
        {saved ? <p role="status">{saved}</p> : null}
      </Form>
      {fiche && fiche.pay.length > 0 ? (
        <section className="fiche-section" aria-labelledby="fiche-pay">
          <h2 id="fiche-pay">{t('metiers_fiches.editor.payComputed')}</h2>
          <ul className="fiche-pay">
            {fiche.pay.map((p, i) => (
              <li key={i}>
                <strong>{p.employerLabel}</strong>
                {' — '}
                {p.gridFound
                  ? t('metiers_fiches.editor.payRange', {
                      min: euros(p.minMonthlyGrossCents, i18n.language),
                      max: euros(p.maxMonthlyGrossCents, i18n.language),
                      grid: p.gridName,
                      date: p.validFrom,
                    })
                  : t('metiers_fiches.editor.payMissing', { grid: p.gridName })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {fiche ? (
        <section className="fiche-section" aria-labelledby="fiche-portraits">
          <h2 id="fiche-portraits">{t('metiers_fiches.portraits.title')}</h2>
          {fiche.portraits.map((p) => (
            <PortraitEditor
              key={p.id}
              ficheId={fiche.id}
              portrait={p}
              onSaved={(next) =>
                setFiche({ ...fiche, portraits: fiche.portraits.map((x) => (x.id === next.id ? next : x)) })
              }
              onDeleted={() =>
                setFiche({ ...fiche, portraits: fiche.portraits.filter((x) => x.id !== p.id) })
              }
            />
          ))}
          <PortraitEditor
            ficheId={fiche.id}
            portrait={null}
            onSaved={(next) => setFiche({ ...fiche, portraits: [...fiche.portraits, next] })}
          />
        </section>
      ) : null}
    </Page>
  )
}
