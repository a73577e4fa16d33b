import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  changeStatuses,
  type ChangeStatus,
} from '../../../../../shared/modules/partenaires/directory.constants'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { TextArea } from '../../../../ui/TextArea'
import { ChangeDiff } from '../components/ChangeDiff'
import { keepKnown, useDirectoryLabels } from '../directory.labels'
import { directoryApi, structureHref, type Change } from '../directory.queries'
import '../directory.css'

/** One proposal: who sent it, the diff, and the keeper's decision with a comment. */
function ChangeReview({ change, onDone }: { change: Change; onDone: (text: string) => void }) {
  const { t } = useTranslation()
  const [comment, setComment] = useState('')
  const validate = useApiForm()
  const refuse = useApiForm()
  const headingId = `proposition-${change.id}`
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <bdi>{change.structureName}</bdi> — <bdi>{change.entityName}</bdi>
      </h2>
      <p>
        {t('directory.changes.by', {
          organisation: change.submittedBy.organisationName,
          person: change.submittedBy.displayName ?? '—',
        })}{' '}
        <Link href={structureHref(change.structureId)}>{t('directory.changes.seeStructure')}</Link>
      </p>
      <ChangeDiff change={change} />
      {change.status === 'a_valider' ? (
        <>
          <Form
            state={validate}
            label={t('directory.changes.validate')}
            onSubmit={async () => {
              const done = await validate.run(() =>
                call(directoryApi.validateChange, { params: { id: change.id } }),
              )
              if (done) onDone(t('directory.changes.validated', { name: change.entityName }))
            }}
          >
            <div className="form__actions">
              <Button type="submit" variant="primary" isPending={validate.pending}>
                {t('directory.changes.validate')}
              </Button>
            </div>
          </Form>
          <Form
            state={refuse}
            label={t('directory.changes.refuse')}
            onSubmit={async () => {
              const done = await refuse.run(() =>
                call(directoryApi.refuseChange, { params: { id: change.id }, body: { comment } }),
              )
              if (done) onDone(t('directory.changes.refused', { name: change.entityName }))
            }}
          >
            <TextArea
              label={t('directory.changes.comment')}
              description={t('directory.changes.commentHelp')}
              name="comment"
              rows={2}
              value={comment}
              onChange={setComment}
            />
            <div className="form__actions">
              <Button type="submit" variant="danger" isPending={refuse.pending}>
                {t('directory.changes.refuse')}
              </Button>
            </div>
          </Form>
        </>
      ) : change.reviewComment ? (
        <p>
          {t('directory.changes.commentWas')} <bdi>{change.reviewComment}</bdi>
        </p>
      ) : null}
    </section>
  )
}

/** The keeper's validation page: partners' proposals with their field-by-field diff. */
export function ChangesPage() {
  const { t } = useTranslation()
  const labels = useDirectoryLabels()
  const [status, setStatus] = useState<ChangeStatus>('a_valider')
  const [notice, setNotice] = useState<string | null>(null)
  const list = useLoad(() => call(directoryApi.listChanges, { query: { status } }))
  const { reload } = list
  useEffect(() => {
    void reload()
  }, [status, reload])
  return (
    <Page title={t('directory.changes.title')} intro={t('directory.changes.intro')}>
      <RadioGroup
        inline
        label={t('directory.changes.show')}
        name="status"
        value={status}
        options={changeStatuses.map((s) => ({ id: s, label: labels.changeStatus(s) }))}
        onChange={(v) => {
          setStatus(keepKnown(changeStatuses, [v])[0] ?? 'a_valider')
          setNotice(null)
        }}
      />
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.data ? (
        list.data.length === 0 ? (
          <p>{t('directory.changes.none')}</p>
        ) : (
          list.data.map((c) => (
            <ChangeReview
              key={c.id}
              change={c}
              onDone={(text) => {
                setNotice(text)
                void reload()
              }}
            />
          ))
        )
      ) : list.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}
