import { useTranslation } from 'react-i18next'
import { isolate } from '../../../app/bidi'
import { formatDateTime } from '../../../app/format'
import { useAssignees } from '../accueil.assignees'
import {
  formatCivilDate,
  isAnswerChannel,
  isChannel,
  isOutcome,
  isState,
  useAccueilLabels,
} from '../accueil.labels'
import type { RequestDetail } from '../accueil.queries'

type Event = RequestDetail['events'][number]

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}

/** What an event says, in words: states, channels, services and agents by name. */
function useDescribe(request: RequestDetail) {
  const { t, i18n } = useTranslation()
  const labels = useAccueilLabels()
  const assignees = useAssignees()
  const service = (id: unknown) => {
    const v = text(id)
    if (!v) return t('accueil.assign.noService')
    return (
      assignees.serviceName(v) ??
      (request.service?.id === v ? request.service.name : t('accueil.history.otherService'))
    )
  }
  const agent = (id: unknown) => {
    const v = text(id)
    if (!v) return t('accueil.list.noAssignee')
    return (
      assignees.agentName(v) ??
      (request.assignee?.id === v ? request.assignee.displayName : t('accueil.history.otherAgent'))
    )
  }
  const change = (from: string, to: string) => t('accueil.history.change', { from, to })
  const labelled = (label: string, value: string) => t('accueil.history.labelled', { label, value })

  return (e: Event): { title: string; detail: string | null } => {
    const d = e.detail
    switch (e.kind) {
      case 'creation': {
        const parts = [
          isChannel(d.channel) ? labels.channel(d.channel) : null,
          text(d.dueOn)
            ? t('accueil.history.dueOn', { date: formatCivilDate(text(d.dueOn)!, i18n.language, false) })
            : null,
          labelled(t('accueil.fields.service'), service(d.serviceId)),
          labelled(t('accueil.fields.assignee'), agent(d.assigneeId)),
        ]
        return { title: t('accueil.history.kinds.creation'), detail: parts.filter(Boolean).join(' · ') }
      }
      case 'reponse':
        return {
          title: t('accueil.history.kinds.reponse'),
          detail: isAnswerChannel(d.channel) ? labels.answerChannel(d.channel) : null,
        }
      case 'etat':
        return {
          title: t('accueil.history.kinds.etat'),
          detail: isState(d.from) && isState(d.to) ? change(labels.state(d.from), labels.state(d.to)) : null,
        }
      case 'attribution': {
        const from = record(d.from)
        const to = record(d.to)
        const parts = []
        if (from.serviceId !== to.serviceId)
          parts.push(
            labelled(t('accueil.fields.service'), change(service(from.serviceId), service(to.serviceId))),
          )
        if (from.assigneeId !== to.assigneeId)
          parts.push(
            labelled(t('accueil.fields.assignee'), change(agent(from.assigneeId), agent(to.assigneeId))),
          )
        return { title: t('accueil.history.kinds.attribution'), detail: parts.join(' · ') || null }
      }
      case 'orientation':
        return {
          title: t('accueil.history.kinds.orientation'),
          detail: text(d.partnerName),
        }
      case 'suite_orientation': {
        const parts = [
          isOutcome(d.from) && isOutcome(d.to) ? change(labels.outcome(d.from), labels.outcome(d.to)) : null,
          text(d.reason) ? t('accueil.history.partnerReason', { reason: text(d.reason) }) : null,
        ]
        return {
          title: t('accueil.history.kinds.suite_orientation'),
          detail: parts.filter(Boolean).join(' · ') || null,
        }
      }
      case 'relance_orientation':
        return {
          title: t('accueil.history.kinds.relance_orientation'),
          detail: typeof d.days === 'number' ? t('accueil.history.noNewsFor', { days: d.days }) : null,
        }
      case 'rappel_veille':
      case 'rappel_retard':
      case 'rappel_sans_agent':
        return { title: t(`accueil.history.kinds.${e.kind}`), detail: null }
      default:
        return { title: e.kind, detail: null }
    }
  }
}

/** Every step of a request, oldest first: reception, assignments, states, answers, reminders. */
export function RequestHistory({ request }: { request: RequestDetail }) {
  const { t, i18n } = useTranslation()
  const describe = useDescribe(request)
  if (request.events.length === 0) return <p className="muted">{t('accueil.history.none')}</p>
  return (
    <ol className="entries entries--compact">
      {request.events.map((e) => {
        const { title, detail } = describe(e)
        return (
          <li key={e.id} className="entry">
            <p className="entry__title">{title}</p>
            {detail ? <p className="small">{detail}</p> : null}
            <p className="small muted">
              {t('accueil.history.by', {
                name: isolate(e.actor?.displayName ?? t('accueil.history.system')),
                at: formatDateTime(e.at, i18n.language),
              })}
            </p>
          </li>
        )
      })}
    </ol>
  )
}
