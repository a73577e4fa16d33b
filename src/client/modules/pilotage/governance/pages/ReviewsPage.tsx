import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { pilotageGovernanceContract as api } from '../../../../../shared/modules/pilotage/governance.contract'
import { reviewKinds, type ReviewKind } from '../../../../../shared/modules/pilotage/pilotage.constants'
import { call } from '../../../../api'
import { formatDate, formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { NativeField } from '../../../../ui/NativeField'
import { Page } from '../../../../ui/Page'
import { Select } from '../../../../ui/Select'
import { Table } from '../../../../ui/Table'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import '../governance.css'

/** A plan's reviews, newest first; its managers create one. */
export function ReviewsPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const loaded = useLoad(() => call(api.reviews, { params: { id } }))
  const form = useApiForm()
  const [kind, setKind] = useState<ReviewKind>('comite_pilotage')
  const [heldOn, setHeldOn] = useState('')
  const [title, setTitle] = useState('')
  const [notes, setNotes] = useState('')

  if (loaded.error) return <Alert tone="error">{loaded.error}</Alert>
  const list = loaded.data
  if (!list) return <p className="loading">{t('common.loading')}</p>

  const submit = async () => {
    const created = await form.run(() =>
      call(api.createReview, { params: { id }, body: { kind, heldOn, title, notes } }),
    )
    if (created) navigate(`/pilotage/instances/${created.id}`)
  }

  return (
    <Page
      title={t('pilotage_governance.reviews.title', { plan: list.planTitle })}
      intro={t('pilotage_governance.reviews.intro')}
    >
      <p className="gv-links">
        <Link href={`/pilotage/plans/${id}`}>{t('pilotage_governance.backToPlan')}</Link>
        <Link href={`/pilotage/plans/${id}/bilan`}>{t('pilotage_governance.reviews.recap')}</Link>
      </p>
      <Table
        caption={t('pilotage_governance.reviews.caption')}
        columns={[
          t('pilotage_governance.reviews.date'),
          t('pilotage_governance.reviews.kind'),
          t('pilotage_governance.reviews.name'),
          t('pilotage_governance.reviews.decisions'),
          t('pilotage_governance.reviews.state'),
        ]}
        isEmpty={list.reviews.length === 0}
        empty={t('pilotage_governance.reviews.empty')}
      >
        {list.reviews.map((r) => (
          <tr key={r.id}>
            <td>{formatDate(r.heldOn, i18n.language)}</td>
            <td>{t(`pilotage_governance.kinds.${r.kind}`)}</td>
            <td>
              <Link href={`/pilotage/instances/${r.id}`}>
                <bdi>{r.title}</bdi>
              </Link>
            </td>
            <td>{r.decisionCount}</td>
            <td>
              {r.frozenAt
                ? t('pilotage_governance.reviews.frozenOn', {
                    date: formatDateTime(r.frozenAt, i18n.language),
                  })
                : t('pilotage_governance.reviews.open')}
            </td>
          </tr>
        ))}
      </Table>
      {list.canWrite ? (
        <section className="card" aria-labelledby="new-review">
          <h2 id="new-review">{t('pilotage_governance.reviews.create')}</h2>
          <Form state={form} onSubmit={submit} label={t('pilotage_governance.reviews.create')}>
            <div className="gv-grid">
              <Select
                label={t('pilotage_governance.reviews.kind')}
                name="kind"
                value={kind}
                onChange={(v) => v && setKind(v as ReviewKind)}
                options={reviewKinds.map((k) => ({ id: k, label: t(`pilotage_governance.kinds.${k}`) }))}
                isRequired
              />
              <NativeField
                label={t('pilotage_governance.reviews.date')}
                name="heldOn"
                type="date"
                value={heldOn}
                onChange={setHeldOn}
              />
            </div>
            <TextField
              label={t('pilotage_governance.reviews.name')}
              name="title"
              value={title}
              onChange={setTitle}
              isRequired
            />
            <TextArea
              label={t('pilotage_governance.reviews.notes')}
              name="notes"
              value={notes}
              onChange={setNotes}
              rows={3}
            />
            <Button type="submit" isPending={form.pending}>
              {t('pilotage_governance.reviews.submit')}
            </Button>
          </Form>
        </section>
      ) : null}
    </Page>
  )
}
