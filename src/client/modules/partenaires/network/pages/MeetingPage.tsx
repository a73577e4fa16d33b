import { useState } from 'react'
import { Checkbox } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { requestThemes } from '../../../../../shared/modules/accueil/accueil.constants'
import type { MeetingDetailView } from '../../../../../shared/modules/partenaires/network.contract'
import type { ResponseOf } from '../../../../../shared/contract'
import { call } from '../../../../api'
import { canAccess } from '../../../../app/access'
import { isolate } from '../../../../app/bidi'
import { useSession } from '../../../../app/session'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { TextArea } from '../../../../ui/TextArea'
import { MeetingFacts } from '../components/MeetingFacts'
import { networkApi, useNetworkLabels } from '../network.queries'
import '../network.css'

type InviteResult = ResponseOf<typeof networkApi.invite>

interface SectionProps {
  meeting: MeetingDetailView
  onChanged: (m: MeetingDetailView) => void
}

/** Invite by theme (every structure with a service on it) or by picking structures. */
function InviteForm({ meeting, onInvited }: { meeting: MeetingDetailView; onInvited: () => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const structures = useLoad(() => call(networkApi.charterSignatures, {}))
  const [theme, setTheme] = useState<string | null>(null)
  const [picked, setPicked] = useState<string[]>([])
  const [result, setResult] = useState<InviteResult | null>(null)
  const invited = new Set(meeting.invitations.map((i) => i.structureId))
  const themeOptions = requestThemes.map((th) => ({ id: th, label: t(`accueil.themes.${th}`) }))
  const submit = async () => {
    setResult(null)
    const chosenTheme = requestThemes.find((th) => th === theme)
    const target = picked.length
      ? { kind: 'choix' as const, structureIds: picked }
      : chosenTheme
        ? { kind: 'theme' as const, theme: chosenTheme }
        : null
    if (!target) return form.fail(t('reseau.meetings.inviteWhom'), 'target')
    const done = await form.run(() =>
      call(networkApi.invite, { params: { id: meeting.id }, body: { target } }),
    )
    if (done) {
      setResult(done)
      setPicked([])
      setTheme(null)
      onInvited()
    }
  }
  const options = (structures.data?.items ?? [])
    .filter((s) => !invited.has(s.structureId))
    .map((s) => ({ id: s.structureId, label: s.name }))
  return (
    <Form state={form} onSubmit={submit} label={t('reseau.meetings.invite')}>
      {result ? (
        <Alert tone="success">
          {t('reseau.meetings.invited', { count: result.invited })}
          {result.withoutAddress.length
            ? ` ${t('reseau.meetings.withoutAddress', {
                names: result.withoutAddress.map((s) => isolate(s.name)).join(', '),
              })}`
            : null}
        </Alert>
      ) : null}
      <Select
        label={t('reseau.meetings.inviteTheme')}
        description={t('reseau.meetings.inviteThemeHelp')}
        name="target.theme"
        placeholder={t('reseau.meetings.chooseTheme')}
        options={themeOptions}
        value={theme}
        onChange={setTheme}
      />
      {options.length > 0 ? (
        <CheckboxGroup
          label={t('reseau.meetings.invitePick')}
          name="target.structureIds"
          options={options}
          value={picked}
          onChange={setPicked}
        />
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('reseau.meetings.invite')}
        </Button>
      </div>
    </Form>
  )
}

/** Answers of the invited structures, and after the meeting who was there. */
function Invitations({ meeting, onChanged, keeper }: SectionProps & { keeper: boolean }) {
  const { t } = useTranslation()
  const labels = useNetworkLabels()
  const form = useApiForm()
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(meeting.invitations.map((i) => [i.structureId, i.attended ?? false])),
  )
  const [saved, setSaved] = useState(false)
  const save = async () => {
    setSaved(false)
    const next = await form.run(() =>
      call(networkApi.recordAttendance, {
        params: { id: meeting.id },
        body: {
          items: meeting.invitations.map((i) => ({
            structureId: i.structureId,
            attended: present[i.structureId] ?? false,
          })),
        },
      }),
    )
    if (next) {
      setSaved(true)
      onChanged(next)
    }
  }
  return (
    <Form state={form} onSubmit={save} label={t('reseau.meetings.invitations')}>
      {saved ? <Alert tone="success">{t('reseau.meetings.attendanceSaved')}</Alert> : null}
      <Table
        caption={t('reseau.meetings.invitationsCaption', { count: meeting.invitations.length })}
        columns={[
          t('reseau.charter.structure'),
          t('reseau.meetings.response'),
          t('reseau.meetings.participants'),
          t('reseau.meetings.attended'),
        ]}
        isEmpty={meeting.invitations.length === 0}
        empty={t('reseau.meetings.noInvitation')}
      >
        {meeting.invitations.map((i) => (
          <tr key={i.structureId}>
            <th scope="row">
              <bdi>{i.name}</bdi>
            </th>
            <td>{labels.response(i.response)}</td>
            <td>{i.response === 'inscrite' ? i.participants : '—'}</td>
            <td>
              {keeper ? (
                <Checkbox
                  className="checkbox"
                  isSelected={present[i.structureId] ?? false}
                  onChange={(v) => setPresent({ ...present, [i.structureId]: v })}
                >
                  <span className="checkbox__box" aria-hidden="true">
                    <svg viewBox="0 0 18 18" width="14" height="14">
                      <polyline points="2 9 7 14 16 4" />
                    </svg>
                  </span>
                  <span className="visually-hidden">
                    {t('reseau.meetings.presentOf', { name: isolate(i.name) })}
                  </span>
                </Checkbox>
              ) : i.attended === null ? (
                '—'
              ) : i.attended ? (
                t('reseau.meetings.yes')
              ) : (
                t('reseau.meetings.no')
              )}
            </td>
          </tr>
        ))}
      </Table>
      {keeper && meeting.invitations.length > 0 ? (
        <div className="form__actions">
          <Button type="submit" isPending={form.pending}>
            {t('reseau.meetings.saveAttendance')}
          </Button>
          <p className="small muted">{t('reseau.meetings.attendanceLater')}</p>
        </div>
      ) : null}
    </Form>
  )
}

/** The minutes: published once, read by every invited structure. */
function MinutesForm({ meeting, onChanged }: SectionProps) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [minutes, setMinutes] = useState(meeting.minutes ?? '')
  const [saved, setSaved] = useState(false)
  const submit = async () => {
    setSaved(false)
    const next = await form.run(() =>
      call(networkApi.publishMinutes, { params: { id: meeting.id }, body: { minutes } }),
    )
    if (next) {
      setSaved(true)
      onChanged(next)
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('reseau.meetings.minutes')}>
      {saved ? <Alert tone="success">{t('reseau.meetings.minutesPublished')}</Alert> : null}
      <TextArea
        label={t('reseau.meetings.minutesText')}
        description={t('reseau.meetings.minutesHelp')}
        name="minutes"
        value={minutes}
        onChange={setMinutes}
        rows={8}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('reseau.meetings.publishMinutes')}
        </Button>
      </div>
    </Form>
  )
}

/** One meeting: agenda, invitations and answers, attendance, minutes. */
export function MeetingPage() {
  const { t } = useTranslation()
  const labels = useNetworkLabels()
  const { session } = useSession()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(networkApi.meeting, { params: { id } }))
  const [changed, setChanged] = useState<MeetingDetailView | null>(null)
  const meeting = changed ?? loaded.data
  const keeper = canAccess(networkApi.invite.access, session)
  const back = (
    <p>
      <Link href="/reseau/reunions">{t('reseau.meetings.back')}</Link>
    </p>
  )
  if (loaded.error && !meeting) {
    return (
      <Page title={t('reseau.meetings.title')}>
        <Alert tone="error">{loaded.error}</Alert>
        {back}
      </Page>
    )
  }
  if (!meeting) return <p className="loading">{t('common.loading')}</p>
  return (
    <Page title={meeting.title}>
      {back}
      <div className="detail">
        <div className="detail__main">
          <section className="card" aria-labelledby="reunion">
            <h2 id="reunion">{labels.kind(meeting.kind)}</h2>
            <MeetingFacts
              startsAt={meeting.startsAt}
              endsAt={meeting.endsAt}
              location={meeting.location}
              capacity={meeting.capacity}
              registered={meeting.participants}
            />
            {meeting.agenda ? (
              <>
                <h3 className="subheading">{t('reseau.meetings.agenda')}</h3>
                <p className="free-text" dir="auto">
                  {meeting.agenda}
                </p>
              </>
            ) : null}
          </section>
          <section className="card" aria-labelledby="invitations">
            <h2 id="invitations">{t('reseau.meetings.invitations')}</h2>
            <Invitations key={meeting.id} meeting={meeting} onChanged={setChanged} keeper={keeper} />
          </section>
          <section className="card" aria-labelledby="compte-rendu">
            <h2 id="compte-rendu">{t('reseau.meetings.minutes')}</h2>
            {keeper ? (
              <MinutesForm meeting={meeting} onChanged={setChanged} />
            ) : meeting.minutes ? (
              <p className="free-text" dir="auto">
                {meeting.minutes}
              </p>
            ) : (
              <p className="muted">{t('reseau.meetings.noMinutes')}</p>
            )}
          </section>
        </div>
        {keeper ? (
          <div className="detail__side">
            <section className="card" aria-labelledby="inviter">
              <h2 id="inviter">{t('reseau.meetings.invite')}</h2>
              <InviteForm
                meeting={meeting}
                onInvited={() => {
                  setChanged(null)
                  void loaded.reload()
                }}
              />
            </section>
          </div>
        ) : null}
      </div>
    </Page>
  )
}
