import './ambassadors.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  metiersAmbassadorsContract as api,
  type EditorAmbassadorView,
  type EditorModuleView,
} from '../../../../shared/modules/metiers/ambassadors.contract'
import { employerTypeLabels } from '../../../../shared/modules/metiers/metiers.constants'
import { call } from '../../../api'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { CheckboxGroup } from '../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../ui/Form'
import { Page } from '../../../ui/Page'
import { TextArea } from '../../../ui/TextArea'
import { TextField } from '../../../ui/TextField'

/** One profile sent by an ambassador: what the public would see, and the editor's decision. */
function ProfileReview({
  profile,
  onChange,
}: {
  profile: EditorAmbassadorView
  onChange: (p: EditorAmbassadorView) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [note, setNote] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const decide = async (decision: 'publier' | 'refuser') => {
    setDone(null)
    const answer = await form.run(() =>
      call(api.review, { params: { id: profile.id }, body: { decision, note } }),
    )
    if (answer) {
      setNote('')
      setDone(decision === 'publier' ? t('metiers_ambassadors.published') : t('metiers_ambassadors.sentBack'))
      onChange(answer)
    }
  }
  const p = profile
  return (
    <li className="card ambassador-review">
      <h3>
        {p.displayName}{' '}
        <span className={`ambassador-review__state ambassador-review__state--${p.reviewState}`}>
          {t(`metiers_ambassadors.state_${p.reviewState}`)}
        </span>
        {!p.active ? ` (${t('metiers_ambassadors.paused')})` : null}
      </h3>
      <p>
        {t('metiers_ambassadors.facts', {
          job: p.job.title,
          employer: employerTypeLabels[p.employerType],
          commune: p.commune,
          years: p.yearsInJob,
        })}
      </p>
      <p className="ambassador-review__story" dir="auto">
        {p.story}
      </p>
      <p>{t('metiers_ambassadors.formats', { formats: p.formats.join(', ') })}</p>
      <p>{t('metiers_ambassadors.progress', { modules: p.modulesDone, meetings: p.bookingsDone })}</p>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {p.reviewState !== 'refuse' ? (
        <Form state={form} onSubmit={() => decide('refuser')} label={p.displayName}>
          <TextArea
            label={t('metiers_ambassadors.note')}
            name="note"
            value={note}
            onChange={setNote}
            rows={3}
          />
          <div className="form__actions">
            {p.reviewState === 'a_valider' ? (
              <Button variant="primary" onPress={() => void decide('publier')} isPending={form.pending}>
                {t('metiers_ambassadors.publish')}
              </Button>
            ) : null}
            <Button type="submit" isPending={form.pending}>
              {p.reviewState === 'publie'
                ? t('metiers_ambassadors.withdraw')
                : t('metiers_ambassadors.sendBack')}
            </Button>
          </div>
        </Form>
      ) : null}
    </li>
  )
}

/** A training module: written in simple HTML, sanitised by the server. */
function ModuleForm({
  module,
  onSaved,
}: {
  module: EditorModuleView | null
  onSaved: (m: EditorModuleView) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [title, setTitle] = useState(module?.title ?? '')
  const [summary, setSummary] = useState(module?.summary ?? '')
  const [bodyHtml, setBody] = useState(module?.bodyHtml ?? '')
  const [position, setPosition] = useState(String(module?.position ?? 0))
  const [published, setPublished] = useState<string[]>(module?.published ? ['oui'] : [])
  const [saved, setSaved] = useState(false)
  const submit = async () => {
    setSaved(false)
    const body = {
      title,
      summary,
      bodyHtml,
      position: Number(position),
      published: published.includes('oui'),
    }
    const answer = await form.run(() =>
      module ? call(api.updateModule, { params: { id: module.id }, body }) : call(api.createModule, { body }),
    )
    if (answer) {
      setSaved(true)
      setBody(answer.bodyHtml)
      onSaved(answer)
      if (!module) {
        setTitle('')
        setSummary('')
        setBody('')
      }
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={module?.title ?? t('metiers_ambassadors.newModule')}>
      {saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}
      <TextField
        label={t('metiers_ambassadors.moduleTitle')}
        name="title"
        value={title}
        onChange={setTitle}
        isRequired
      />
      <TextField
        label={t('metiers_ambassadors.moduleSummary')}
        name="summary"
        value={summary}
        onChange={setSummary}
      />
      <TextArea
        label={t('metiers_ambassadors.moduleBody')}
        description={t('metiers_ambassadors.moduleBodyHelp')}
        name="bodyHtml"
        value={bodyHtml}
        onChange={setBody}
        rows={8}
      />
      <TextField
        label={t('metiers_ambassadors.modulePosition')}
        name="position"
        inputMode="numeric"
        value={position}
        onChange={setPosition}
      />
      <CheckboxGroup
        label={t('metiers_ambassadors.modulePublished')}
        name="published"
        options={[{ id: 'oui', label: t('metiers_ambassadors.modulePublished') }]}
        value={published}
        onChange={setPublished}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {module ? t('common.save') : t('metiers_ambassadors.create')}
        </Button>
      </div>
    </Form>
  )
}

/** « Ambassadeurs »: the territory's editors review profiles and write the training modules. */
export function AmbassadorsEditorPage() {
  const { t } = useTranslation()
  const profiles = useLoad(() => call(api.reviewList, {}))
  const modules = useLoad(() => call(api.modules, {}))
  const [profileList, setProfiles] = useState<EditorAmbassadorView[] | null>(null)
  const [moduleList, setModules] = useState<EditorModuleView[] | null>(null)
  const shownProfiles = profileList ?? profiles.data
  const shownModules = moduleList ?? modules.data
  return (
    <Page title={t('metiers_ambassadors.pageTitle')} intro={t('metiers_ambassadors.pageIntro')}>
      {profiles.error ? <Alert tone="error">{profiles.error}</Alert> : null}
      <section aria-labelledby="ambassadeurs-profils">
        <h2 id="ambassadeurs-profils">{t('metiers_ambassadors.profiles')}</h2>
        {shownProfiles ? (
          shownProfiles.length ? (
            <ul className="ambassador-reviews">
              {shownProfiles.map((p) => (
                <ProfileReview
                  key={p.id}
                  profile={p}
                  onChange={(next) => setProfiles(shownProfiles.map((x) => (x.id === next.id ? next : x)))}
                />
              ))}
            </ul>
          ) : (
            <p>{t('metiers_ambassadors.noProfiles')}</p>
          )
        ) : (
          <p className="loading">{t('common.loading')}</p>
        )}
      </section>
      <section aria-labelledby="ambassadeurs-modules">
        <h2 id="ambassadeurs-modules">{t('metiers_ambassadors.modules')}</h2>
        <p>{t('metiers_ambassadors.modulesIntro')}</p>
        {modules.error ? <Alert tone="error">{modules.error}</Alert> : null}
        {shownModules ? (
          <ul className="ambassador-modules">
            {shownModules.map((m) => (
              <li key={m.id} className="card">
                <details>
                  <summary>
                    {m.title}
                    {m.published ? '' : ` (${t('metiers_ambassadors.draft')})`} ·{' '}
                    {t('metiers_ambassadors.completions', { count: m.completions })}
                  </summary>
                  <ModuleForm
                    module={m}
                    onSaved={(next) => setModules(shownModules.map((x) => (x.id === next.id ? next : x)))}
                  />
                </details>
              </li>
            ))}
            <li className="card">
              <h3>{t('metiers_ambassadors.newModule')}</h3>
              <ModuleForm module={null} onSaved={(m) => setModules([...shownModules, m])} />
            </li>
          </ul>
        ) : null}
      </section>
    </Page>
  )
}
