import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BodyInputOf } from '../../../../shared/contract'
import { call } from '../../../api'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { RadioGroup } from '../../../ui/RadioGroup'
import { Select, type SelectOption } from '../../../ui/Select'
import { TextArea } from '../../../ui/TextArea'
import { TextField } from '../../../ui/TextField'
import { CheckboxField } from '../../usagers/components/CheckboxField'
import { useDomiciliationLabels } from '../domiciliation.labels'
import { decisionsApi, type DomiciliationFile, type RequestEntry } from '../domiciliation.queries'

type InterviewBody = BodyInputOf<typeof decisionsApi.interview>

/** "Not given" in the optional lists: an answer may be left empty. */
const NONE = '-'

function OptionalSelect({
  label,
  name,
  options,
  value,
  onChange,
}: {
  label: string
  name: string
  options: readonly SelectOption[]
  value: string | null
  onChange: (v: string | null) => void
}) {
  const { t } = useTranslation()
  return (
    <Select
      label={label}
      name={name}
      options={[{ id: NONE, label: t('domiciliation.interview.notGiven') }, ...options]}
      value={value ?? NONE}
      onChange={(v) => onChange(v === NONE ? null : v)}
    />
  )
}

/**
 * The mandatory interview (CASF D264-2): the link with the commune, the household, the cause of
 * the instability, where the person lives, why they ask, their situation and accompaniment.
 */
export function InterviewForm({
  request,
  onSaved,
  onCancel,
}: {
  request: RequestEntry
  onSaved: (file: DomiciliationFile) => void
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const labels = useDomiciliationLabels()
  const form = useApiForm()
  const before = request.interview
  const [place, setPlace] = useState(request.interviewPlace ?? '')
  const [link, setLink] = useState<string | null>(before?.linkWithCommune ?? null)
  const [linkDetail, setLinkDetail] = useState(before?.linkDetail ?? '')
  const [household, setHousehold] = useState<string | null>(before?.householdType ?? null)
  const [cause, setCause] = useState<string | null>(before?.instabilityCause ?? null)
  const [residence, setResidence] = useState<string | null>(before?.residenceSituation ?? null)
  const [reason, setReason] = useState<string | null>(before?.requestReason ?? null)
  const [work, setWork] = useState<string | null>(before?.professionalSituation ?? null)
  const [accompanied, setAccompanied] = useState(before?.sociallyAccompanied ?? false)
  const [accompaniedBy, setAccompaniedBy] = useState(before?.accompaniedBy ?? '')
  const [elsewhere, setElsewhere] = useState(before?.domiciledElsewhere ?? false)
  const [income, setIncome] = useState(before?.hasIncome ?? false)
  const [comments, setComments] = useState(before?.comments ?? '')

  const submit = async () => {
    // Codes come from the shared lists; a missing link is sent missing, for the server's message.
    const body = {
      interviewPlace: place.trim() || null,
      linkWithCommune: link ?? undefined,
      linkDetail: linkDetail.trim() || null,
      householdType: household,
      instabilityCause: cause,
      residenceSituation: residence,
      requestReason: reason,
      professionalSituation: work,
      sociallyAccompanied: accompanied,
      accompaniedBy: accompanied ? accompaniedBy.trim() || null : null,
      domiciledElsewhere: elsewhere,
      hasIncome: income,
      comments: comments.trim() || null,
    } as InterviewBody
    const saved = await form.run(() => call(decisionsApi.interview, { params: { id: request.id }, body }))
    if (saved) onSaved(saved)
  }

  return (
    <Form
      state={form}
      onSubmit={submit}
      label={t('domiciliation.interview.title')}
      className="form form--wide"
    >
      <TextField
        label={t('domiciliation.interview.place')}
        description={t('domiciliation.interview.placeHelp')}
        name="interviewPlace"
        value={place}
        onChange={setPlace}
        dir="auto"
      />
      <RadioGroup
        label={t('domiciliation.interview.link')}
        description={t('domiciliation.interview.linkHelp')}
        name="linkWithCommune"
        options={labels.communeLinkOptions}
        value={link}
        onChange={setLink}
        isRequired
      />
      <TextArea
        label={t('domiciliation.interview.linkDetail')}
        description={t('domiciliation.interview.linkDetailHelp')}
        name="linkDetail"
        value={linkDetail}
        onChange={setLinkDetail}
        rows={2}
      />
      <div className="form__row">
        <OptionalSelect
          label={t('domiciliation.interview.household')}
          name="householdType"
          options={labels.householdTypeOptions}
          value={household}
          onChange={setHousehold}
        />
        <OptionalSelect
          label={t('domiciliation.interview.cause')}
          name="instabilityCause"
          options={labels.instabilityCauseOptions}
          value={cause}
          onChange={setCause}
        />
        <OptionalSelect
          label={t('domiciliation.interview.residence')}
          name="residenceSituation"
          options={labels.residenceSituationOptions}
          value={residence}
          onChange={setResidence}
        />
        <OptionalSelect
          label={t('domiciliation.interview.reason')}
          name="requestReason"
          options={labels.requestReasonOptions}
          value={reason}
          onChange={setReason}
        />
        <OptionalSelect
          label={t('domiciliation.interview.work')}
          name="professionalSituation"
          options={labels.professionalSituationOptions}
          value={work}
          onChange={setWork}
        />
      </div>
      <CheckboxField
        label={t('domiciliation.interview.accompanied')}
        name="sociallyAccompanied"
        value={accompanied}
        onChange={setAccompanied}
      />
      {accompanied ? (
        <TextField
          label={t('domiciliation.interview.accompaniedBy')}
          name="accompaniedBy"
          value={accompaniedBy}
          onChange={setAccompaniedBy}
          dir="auto"
        />
      ) : null}
      <CheckboxField
        label={t('domiciliation.interview.elsewhere')}
        description={t('domiciliation.interview.elsewhereHelp')}
        name="domiciledElsewhere"
        value={elsewhere}
        onChange={setElsewhere}
      />
      <CheckboxField
        label={t('domiciliation.interview.income')}
        name="hasIncome"
        value={income}
        onChange={setIncome}
      />
      <TextArea
        label={t('domiciliation.interview.comments')}
        name="comments"
        value={comments}
        onChange={setComments}
        rows={4}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('domiciliation.interview.submit')}
        </Button>
        {onCancel ? <Button onPress={onCancel}>{t('common.cancel')}</Button> : null}
      </div>
    </Form>
  )
}

/** What was said at the interview, in the interface language. */
export function InterviewSummary({ request }: { request: RequestEntry }) {
  const { t } = useTranslation()
  const labels = useDomiciliationLabels()
  const i = request.interview
  if (!i) return null
  const opt = (group: string, v: string | null) =>
    v ? labels.option(group, v) : <span className="muted">{t('domiciliation.interview.notGiven')}</span>
  const yes = (v: boolean) => (v ? t('domiciliation.yes') : t('domiciliation.no'))
  return (
    <dl className="facts domi-facts">
      <dt>{t('domiciliation.interview.link')}</dt>
      <dd>{labels.option('communeLinks', i.linkWithCommune)}</dd>
      {i.linkDetail ? (
        <>
          <dt>{t('domiciliation.interview.linkDetail')}</dt>
          <dd className="free-text" dir="auto">
            {i.linkDetail}
          </dd>
        </>
      ) : null}
      <dt>{t('domiciliation.interview.household')}</dt>
      <dd>{opt('householdTypes', i.householdType)}</dd>
      <dt>{t('domiciliation.interview.cause')}</dt>
      <dd>{opt('instabilityCauses', i.instabilityCause)}</dd>
      <dt>{t('domiciliation.interview.residence')}</dt>
      <dd>{opt('residenceSituations', i.residenceSituation)}</dd>
      <dt>{t('domiciliation.interview.reason')}</dt>
      <dd>{opt('requestReasons', i.requestReason)}</dd>
      <dt>{t('domiciliation.interview.work')}</dt>
      <dd>{opt('professionalSituations', i.professionalSituation)}</dd>
      <dt>{t('domiciliation.interview.accompanied')}</dt>
      <dd>
        {yes(i.sociallyAccompanied)}
        {i.accompaniedBy ? (
          <>
            {' '}
            (<bdi>{i.accompaniedBy}</bdi>)
          </>
        ) : null}
      </dd>
      <dt>{t('domiciliation.interview.elsewhere')}</dt>
      <dd>{yes(i.domiciledElsewhere)}</dd>
      <dt>{t('domiciliation.interview.income')}</dt>
      <dd>{yes(i.hasIncome)}</dd>
      {i.comments ? (
        <>
          <dt>{t('domiciliation.interview.commentsShort')}</dt>
          <dd className="free-text" dir="auto">
            {i.comments}
          </dd>
        </>
      ) : null}
    </dl>
  )
}
