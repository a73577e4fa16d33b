import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'wouter'
import { call } from '../../../../api'
import { formatDate } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { ConfirmDialog } from '../../../../ui/ConfirmDialog'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { StructureEntries } from '../components/StructureEntries'
import { useDirectoryLabels } from '../directory.labels'
import { changesHref, directoryApi, editStructureHref, messageOf, structuresHref } from '../directory.queries'
import '../directory.css'

/** A structure of the directory: who it is, its places and services, and what the keeper may do with it. */
export function StructurePage() {
  const { t, i18n } = useTranslation()
  const labels = useDirectoryLabels()
  const { id } = useParams<{ id: string }>()
  const loaded = useLoad(() => call(directoryApi.getStructure, { params: { id } }))
  const [closing, setClosing] = useState(false)
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const s = loaded.data

  const confirm = async () => {
    try {
      await call(directoryApi.confirmStructure, { params: { id } })
      setNotice({ tone: 'success', text: t('directory.entries.confirmed') })
      await loaded.reload()
    } catch (e) {
      setNotice({ tone: 'error', text: messageOf(e) })
    }
  }

  return (
    <Page title={s ? s.name : t('directory.entries.structure')}>
      <p>
        <Link href={structuresHref}>{t('directory.entries.backToList')}</Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {s ? (
        <>
          <section className="card" aria-labelledby="identite">
            <h2 id="identite">{t('directory.entries.identity')}</h2>
            <dl className="facts">
              <dt>{t('directory.entries.kind')}</dt>
              <dd>{labels.kind(s.kind)}</dd>
              <dt>{t('directory.entries.status')}</dt>
              <dd>{labels.status(s.status)}</dd>
              <dt>{t('directory.entries.source')}</dt>
              <dd>{labels.source(s.source)}</dd>
              {s.description ? (
                <>
                  <dt>{t('directory.entries.description')}</dt>
                  <dd dir="auto">{s.description}</dd>
                </>
              ) : null}
              {s.rnaId ? (
                <>
                  <dt>{t('directory.entries.rnaId')}</dt>
                  <dd>
                    <bdi dir="ltr">{s.rnaId}</bdi>
                  </dd>
                </>
              ) : null}
              {s.siret ? (
                <>
                  <dt>{t('directory.entries.siret')}</dt>
                  <dd>
                    <bdi dir="ltr">{s.siret}</bdi>
                  </dd>
                </>
              ) : null}
              {s.phone ? (
                <>
                  <dt>{t('directory.fields.phone')}</dt>
                  <dd>
                    <bdi dir="ltr">{s.phone}</bdi>
                  </dd>
                </>
              ) : null}
              {s.email ? (
                <>
                  <dt>{t('directory.fields.email')}</dt>
                  <dd>
                    <bdi dir="ltr">{s.email}</bdi>
                  </dd>
                </>
              ) : null}
              {s.website ? (
                <>
                  <dt>{t('directory.fields.website')}</dt>
                  <dd>
                    <bdi dir="ltr">{s.website}</bdi>
                  </dd>
                </>
              ) : null}
              <dt>{t('directory.entries.partner')}</dt>
              <dd dir="auto">{s.partnerOrganisation?.name ?? t('directory.entries.noPartner')}</dd>
              <dt>{t('directory.entries.confirmedAt')}</dt>
              <dd>
                {formatDate(s.confirmedAt, i18n.language)}{' '}
                {s.needsUpdate ? (
                  <span className="badge badge--warning">{t('directory.entries.needsUpdate')}</span>
                ) : null}
              </dd>
            </dl>
            {s.pendingChanges > 0 ? (
              <Alert tone="info">
                <Link href={changesHref}>{t('directory.entries.pending', { count: s.pendingChanges })}</Link>
              </Alert>
            ) : null}
            <div className="form__actions">
              {s.abilities.edit ? (
                <Link href={editStructureHref(s.id)} className="button button--primary">
                  {t('directory.entries.editLink')}
                </Link>
              ) : null}
              {s.abilities.confirm ? (
                <Button onPress={() => void confirm()}>{t('directory.entries.confirm')}</Button>
              ) : null}
              {s.abilities.edit && s.status !== 'fermee' ? (
                <Button variant="danger" onPress={() => setClosing(true)}>
                  {t('directory.entries.close')}
                </Button>
              ) : null}
            </div>
          </section>
          <StructureEntries structure={s} />
          {closing ? (
            <ConfirmDialog
              title={t('directory.entries.closeTitle', { name: s.name })}
              confirmLabel={t('directory.entries.close')}
              onClose={() => setClosing(false)}
              onConfirm={async () => {
                await call(directoryApi.closeStructure, { params: { id: s.id } })
                await loaded.reload()
              }}
            >
              <p>{t('directory.entries.closeText')}</p>
            </ConfirmDialog>
          ) : null}
        </>
      ) : loaded.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </Page>
  )
}
