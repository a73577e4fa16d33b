import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  PartnerCharterView,
  PartnerMeetingView,
} from '../../../../../shared/modules/partenaires/network.contract'
import { networkPages } from '../../../../../shared/modules/partenaires/network.contract'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { TextField } from '../../../../ui/TextField'
import { MeetingFacts } from '../components/MeetingFacts'
import { NativeInput } from '../components/NativeInput'
import { networkApi, useNetworkLabels } from '../network.queries'
import '../network.css'

/** Sign the charter in force for one of my structures. */
function SignForm({
  charterId,
  structure,
  onSigned,
}: {
  charterId: string
  structure: { structureId: string; name: string }
  onSigned: (v: PartnerCharterView) => void
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [signatoryName, setSignatoryName] = useState('')
  const submit = async () => {
    const next = await form.run(() =>
      call(networkApi.signCharter, {
        params: { id: charterId },
        body: { structureId: structure.structureId, signatoryName },
      }),
    )
    if (next) onSigned(next)
  }
  return (
    <Form
      state={form}
      onSubmit={submit}
      label={t('reseau.charter.signFor', { name: isolate(structure.name) })}
    >
      <TextField
        label={t('reseau.charter.signatoryName')}
        name="signatoryName"
        value={signatoryName}
        onChange={setSignatoryName}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('reseau.charter.sign')}
          <span className="visually-hidden"> — {structure.name}</span>
        </Button>
      </div>
    </Form>
  )
}

/** One network's charter in force, and the signature of each of my structures. */
function PartnerCharter({ initial }: { initial: PartnerCharterView }) {
  const { t, i18n } = useTranslation()
  const [view, setView] = useState(initial)
  const [signed, setSigned] = useState(false)
  const { charter } = view
  return (
    <section className="card" aria-labelledby={`charte-${charter.id}`}>
      <h2 id={`charte-${charter.id}`}>
        {t('reseau.charter.of', { keeper: isolate(view.keeperName) })} —{' '}
        {t('reseau.charter.version', { version: charter.version })}
      </h2>
      {signed ? <Alert tone="success">{t('reseau.charter.signedNow')}</Alert> : null}
      <details className="charter-details">
        <summary dir="auto">{charter.title}</summary>
        <div className="charter-text free-text" dir="auto">
          {charter.body}
        </div>
      </details>
      <p className="small muted">{t('reseau.charter.signIntro')}</p>
      <ul className="entries">
        {view.structures.map((s) => (
          <li key={s.structureId} className="entry">
            <p className="entry__title">
              <bdi>{s.name}</bdi>
            </p>
            {s.signedCurrent && s.latest ? (
              <p>
                {t('reseau.charter.signed', {
                  version: s.latest.version,
                  at: formatDate(s.latest.signedAt, i18n.language),
                })}
              </p>
            ) : (
              <SignForm
                charterId={charter.id}
                structure={s}
                onSigned={(next) => {
                  setView(next)
                  setSigned(true)
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Answer an invitation: I come (with how many people) or I am excused. */
function InvitationAnswer({ initial }: { initial: PartnerMeetingView }) {
  const { t } = useTranslation()
  const labels = useNetworkLabels()
  const form = useApiForm()
  const [meeting, setMeeting] = useState(initial)
  const [participants, setParticipants] = useState(String(Math.max(1, initial.participants)))
  const [saved, setSaved] = useState(false)
  const past = new Date(meeting.startsAt).getTime() < Date.now()
  const answer = async (response: 'inscrite' | 'excusee') => {
    setSaved(false)
    const body =
      response === 'inscrite'
        ? { structureId: meeting.structureId, response, participants: Number(participants) }
        : { structureId: meeting.structureId, response }
    const next = await form.run(() =>
      call(networkApi.answerInvitation, { params: { id: meeting.meetingId }, body }),
    )
    if (next) {
      setMeeting(next)
      setSaved(true)
    }
  }
  const full = meeting.placesLeft === 0 && meeting.response !== 'inscrite'
  return (
    <li className="entry meeting">
      <p className="entry__title">
        <bdi>{meeting.title}</bdi> <span className="small muted">({labels.kind(meeting.kind)})</span>
      </p>
      <p className="small muted">
        {t('reseau.meetings.invitedBy', {
          keeper: isolate(meeting.keeperName),
          structure: isolate(meeting.structureName),
        })}
      </p>
      <MeetingFacts
        startsAt={meeting.startsAt}
        endsAt={meeting.endsAt}
        location={meeting.location}
        capacity={meeting.capacity}
      />
      {meeting.agenda ? (
        <details>
          <summary>{t('reseau.meetings.agenda')}</summary>
          <p className="free-text" dir="auto">
            {meeting.agenda}
          </p>
        </details>
      ) : null}
      <p>
        {t('reseau.meetings.answer')} <strong>{labels.response(meeting.response)}</strong>
        {meeting.response === 'inscrite'
          ? ` (${t('reseau.meetings.peopleCount', { count: meeting.participants })})`
          : null}
      </p>
      {meeting.minutes ? (
        <div className="minutes">
          <h3 className="subheading">{t('reseau.meetings.minutes')}</h3>
          <p className="free-text" dir="auto">
            {meeting.minutes}
          </p>
        </div>
      ) : null}
      {saved ? <Alert tone="success">{t('reseau.meetings.answered')}</Alert> : null}
      {!past ? (
        <Form
          state={form}
          onSubmit={() => answer('inscrite')}
          label={t('reseau.meetings.answerFor', { title: isolate(meeting.title) })}
        >
          {full ? <p>{t('reseau.meetings.full')}</p> : null}
          {meeting.placesLeft !== null ? (
            <p className="small">{t('reseau.meetings.placesLeft', { count: meeting.placesLeft })}</p>
          ) : null}
          <div className="meeting__answer">
            <NativeInput
              label={t('reseau.meetings.howMany')}
              name="participants"
              type="number"
              value={participants}
              onChange={setParticipants}
              error={form.fieldErrors.participants}
            />
            <Button type="submit" variant="primary" isPending={form.pending} isDisabled={full}>
              {t('reseau.meetings.register')}
            </Button>
            <Button onPress={() => void answer('excusee')} isPending={form.pending}>
              {t('reseau.meetings.excuse')}
            </Button>
          </div>
        </Form>
      ) : null}
    </li>
  )
}

/** The partner's side of the network: shortcuts, the charter to sign, invitations and minutes. */
export function PartnerNetworkPage() {
  const { t } = useTranslation()
  const charters = useLoad(() => call(networkApi.partnerCharters, {}))
  const meetings = useLoad(() => call(networkApi.partnerMeetings, {}))
  return (
    <Page title={t('reseau.partner.title')} intro={t('reseau.partner.intro')}>
      <ul className="tiles">
        <li className="tile">
          <Link href="/partenaire/orientations" className="tile__link">
            {t('orientations.nav.received')}
          </Link>
          <p className="tile__text">{t('orientations.nav.receivedHelp')}</p>
        </li>
        <li className="tile">
          <Link href={networkPages.partnerEntries} className="tile__link">
            {t('reseau.partner.entries')}
          </Link>
          <p className="tile__text">{t('reseau.partner.entriesHelp')}</p>
        </li>
      </ul>
      {charters.error ? <Alert tone="error">{charters.error}</Alert> : null}
      {charters.data?.map((c) => (
        <PartnerCharter key={c.charter.id} initial={c} />
      ))}
      <section className="card" aria-labelledby="invitations">
        <h2 id="invitations">{t('reseau.partner.meetings')}</h2>
        {meetings.error ? <Alert tone="error">{meetings.error}</Alert> : null}
        {meetings.data?.length === 0 ? <p className="muted">{t('reseau.meetings.none')}</p> : null}
        {meetings.data && meetings.data.length > 0 ? (
          <ul className="entries">
            {meetings.data.map((m) => (
              <InvitationAnswer key={`${m.meetingId}-${m.structureId}`} initial={m} />
            ))}
          </ul>
        ) : null}
      </section>
    </Page>
  )
}
