import '../account/account.css'
import './agrement.css'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { CandidateFileView } from '../../../../../shared/modules/metiers/agrement.contract'
import { agrementStages, stageIndex } from '../../../../../shared/modules/metiers/agrement-rules'
import { AccountPage } from '../account/AccountFrame'
import { PageState } from '../components/PageState'
import { portalGet } from '../portal-api'
import { agrementApiRoutes as api } from './agrement-api-routes'
import { formatCivilDay, formatMeetingTime } from './agrement-format'
import { useFetched } from './useFetched'

/** The stages, each done (with its date), current or to come. */
function Progress({ file }: { file: CandidateFileView }) {
  const { t, i18n } = useTranslation()
  const current = stageIndex(file.stage)
  const doneOn = (stage: string) =>
    file.steps
      .filter((s) =>
        (stage === 'evaluation' ? ['visite_domicile', 'entretien', 'psychologue'] : [stage]).includes(s.kind),
      )
      .at(-1)?.on
  return (
    <ol className="pg-progress">
      {agrementStages.map((stage, i) => {
        const state =
          i < current ? 'done' : i === current ? 'current' : stage === file.nextStage ? 'next' : 'later'
        const on = doneOn(stage)
        return (
          <li
            key={stage}
            className={`pg-progress__step pg-progress__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="pg-progress__name">{t(`agrement.etapes.${stage}`)}</span>
            <span className="pg-progress__state">
              {state === 'current'
                ? t('agrement.espace.enCours')
                : state === 'next'
                  ? t('agrement.espace.prochaine')
                  : state === 'done' && on
                    ? t('agrement.espace.fait', { date: formatCivilDay(on, i18n.language) })
                    : null}
            </span>
          </li>
        )
      })}
    </ol>
  )
}

function Delay({ file }: { file: CandidateFileView }) {
  const { t, i18n } = useTranslation()
  const day = (d: string) => formatCivilDay(d, i18n.language)
  const delay = file.legalDelay
  if (file.decision) return null
  if (!delay) return <p>{t('agrement.espace.pasEncore')}</p>
  return (
    <div className="pg-delay">
      <p>{t('agrement.espace.dossierComplet', { date: day(delay.startedOn) })}</p>
      {delay.extended ? <p>{t('agrement.espace.prolonge')}</p> : null}
      <p className="pg-delay__due">{t('agrement.espace.echeance', { date: day(delay.dueOn) })}</p>
      {delay.daysLeft !== null && delay.daysLeft >= 0 ? (
        <p>{t('agrement.espace.joursRestants', { count: delay.daysLeft })}</p>
      ) : null}
      <p className="pg-delay__tacit">
        <strong>
          {delay.silenceMeans === 'agrement_tacite'
            ? t('agrement.espace.tacite', { date: day(delay.dueOn) })
            : t('agrement.espace.taciteRefus', { date: day(delay.dueOn) })}
        </strong>
      </p>
    </div>
  )
}

function Decision({ file }: { file: CandidateFileView }) {
  const { t, i18n } = useTranslation()
  if (!file.decision) return null
  const granted = file.decision === 'agrement' || file.decision === 'agrement_tacite'
  return (
    <section className="pg-box" aria-labelledby={`decision-${file.id}`}>
      <h3 id={`decision-${file.id}`}>{t('agrement.espace.decisionTitre')}</h3>
      <p className="pg-delay__due">
        {t(`agrement.espace.decision.${file.decision}`, {
          date: file.decisionOn ? formatCivilDay(file.decisionOn, i18n.language) : '',
        })}
      </p>
      {granted && file.approvedChildren ? (
        <p>
          {t('agrement.espace.enfants', { count: file.approvedChildren })}
          {file.approvedAgeMin !== null && file.approvedAgeMax !== null
            ? `, ${t('agrement.espace.ages', { min: file.approvedAgeMin, max: file.approvedAgeMax })}`
            : ''}
        </p>
      ) : null}
      {granted && file.validUntil ? (
        <p>{t('agrement.espace.valable', { date: formatCivilDay(file.validUntil, i18n.language) })}</p>
      ) : null}
    </section>
  )
}

function Training({ file }: { file: CandidateFileView }) {
  const { t, i18n } = useTranslation()
  if (file.decision !== 'agrement' && file.decision !== 'agrement_tacite') return null
  const tr = file.training
  const rows = [
    { label: t('agrement.espace.preparatoire'), done: tr.preparatoryDone, required: tr.preparatoryRequired },
    { label: t('agrement.espace.deaf'), done: tr.deafDone, required: tr.deafRequired },
  ]
  return (
    <section className="pg-box" aria-labelledby={`training-${file.id}`}>
      <h3 id={`training-${file.id}`}>{t('agrement.espace.formationTitre')}</h3>
      {rows.map((r) => (
        <div key={r.label} className="pg-hours">
          <p className="pg-hours__label">{r.label}</p>
          <progress max={r.required} value={Math.min(r.done, r.required)} aria-label={r.label} />
          <p>{t('agrement.espace.heures', { done: r.done, required: r.required })}</p>
        </div>
      ))}
      {tr.deafDueOn ? (
        <p>{t('agrement.espace.deafAvant', { date: formatCivilDay(tr.deafDueOn, i18n.language) })}</p>
      ) : null}
    </section>
  )
}

function FileCard({ file }: { file: CandidateFileView }) {
  const { t, i18n } = useTranslation()
  return (
    <article className="pc-card pg-file">
      <p className="pc-card__meta">{t('agrement.espace.departement', { name: file.departement })}</p>
      <section className="pg-box pg-box--key" aria-labelledby={`delay-${file.id}`}>
        <h2 id={`delay-${file.id}`}>{t('agrement.espace.delaiTitre')}</h2>
        <Delay file={file} />
      </section>
      <Decision file={file} />
      <section aria-labelledby={`progress-${file.id}`}>
        <h2 id={`progress-${file.id}`}>{t('agrement.espace.ouEnEtes')}</h2>
        <Progress file={file} />
      </section>
      <Training file={file} />
      {file.meetings.length > 0 ? (
        <section aria-labelledby={`meetings-${file.id}`}>
          <h3 id={`meetings-${file.id}`}>{t('agrement.espace.reunionsTitre')}</h3>
          <ul className="pg-list">
            {file.meetings.map((m) => (
              <li key={m.startsAt}>
                {formatMeetingTime(m.startsAt, i18n.language)}
                {m.mode === 'visio' ? ' ' : ` — ${m.commune}`}
                {m.visioUrl ? (
                  <a href={m.visioUrl} rel="noopener noreferrer">
                    {t('agrement.espace.lienVisio')}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}

function SpaceContent() {
  const { t } = useTranslation()
  const files = useFetched(() => portalGet(api.myFiles, {}))
  if (!files.data)
    return (
      <PageState
        loading={files.loading}
        notFound={false}
        error={files.error}
        onRetry={files.reload}
        withHeading={false}
      />
    )
  if (files.data.length === 0)
    return (
      <>
        <p>{t('agrement.espace.aucune')}</p>
        <p>
          <Link href="/metiers/assistant-familial" className="pf-button pf-button--primary">
            {t('agrement.espace.decouvrir')}
          </Link>
        </p>
      </>
    )
  return (
    <>
      {files.data.map((f) => (
        <FileCard key={f.id} file={f} />
      ))}
    </>
  )
}

/** `/metiers/compte/agrement`: where the candidate's agrément stands, its legal delay and the training. */
export function AgrementSpacePage() {
  const { t } = useTranslation()
  return <AccountPage title={t('agrement.espace.titre')}>{() => <SpaceContent />}</AccountPage>
}
