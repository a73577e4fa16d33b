import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearch } from 'wouter'
import { call } from '../../../../api'
import { formatDate, formatDateTime } from '../../../../app/format'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { ChangeDiff } from '../components/ChangeDiff'
import { StructureEntries } from '../components/StructureEntries'
import { useDirectoryLabels } from '../directory.labels'
import { directoryApi, editStructureHref, messageOf, type StructureDetail } from '../directory.queries'
import { proposalSentQuery } from '../entry-forms'
import '../directory.css'

/** One of the partner's structures: its entries, the link to propose changes, and "tout est à jour". */
function MyStructure({
  structure,
  onConfirmed,
}: {
  structure: StructureDetail
  onConfirmed: () => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const [pending, setPending] = useState(false)
  const confirm = async () => {
    setPending(true)
    try {
      await call(directoryApi.confirmStructure, { params: { id: structure.id } })
      setNotice({ tone: 'success', text: t('directory.mine.confirmed') })
      await onConfirmed()
    } catch (e) {
      setNotice({ tone: 'error', text: messageOf(e) })
    } finally {
      setPending(false)
    }
  }
  const headingId = `fiche-${structure.id}`
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <bdi>{structure.name}</bdi>
      </h2>
      <p>
        {t('directory.mine.confirmedAt', { date: formatDate(structure.confirmedAt, i18n.language) })}{' '}
        {structure.needsUpdate ? (
          <span className="badge badge--warning">{t('directory.entries.needsUpdate')}</span>
        ) : null}
      </p>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <div className="form__actions">
        {structure.abilities.proposeChanges ? (
          <Link href={editStructureHref(structure.id)} className="button button--secondary">
            {t('directory.mine.proposeStructure')}
          </Link>
        ) : null}
        {structure.abilities.confirm ? (
          <Button variant="primary" isPending={pending} onPress={() => void confirm()}>
            {t('directory.mine.confirm')}
          </Button>
        ) : null}
      </div>
      <StructureEntries structure={structure} />
    </section>
  )
}

/** A partner's own entries in the CCAS directory, its proposals and their outcome. */
export function MyStructuresPage() {
  const { t, i18n } = useTranslation()
  const labels = useDirectoryLabels()
  const sent = new URLSearchParams(useSearch()).has(proposalSentQuery.split('=')[0]!)
  const structures = useLoad(() => call(directoryApi.myStructures, {}))
  const changes = useLoad(() => call(directoryApi.myChanges, {}))
  return (
    <Page title={t('directory.mine.title')} intro={t('directory.mine.intro')}>
      {sent ? (
        <Alert tone="success" title={t('directory.mine.sent')}>
          {t('directory.mine.sentText')}
        </Alert>
      ) : null}
      {structures.error ? <Alert tone="error">{structures.error}</Alert> : null}
      {structures.data ? (
        structures.data.length === 0 ? (
          <p>{t('directory.mine.none')}</p>
        ) : (
          structures.data.map((s) => (
            <MyStructure
              key={s.id}
              structure={s}
              onConfirmed={async () => {
                await structures.reload()
              }}
            />
          ))
        )
      ) : structures.error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
      <section className="stack" aria-labelledby="mes-propositions">
        <h2 id="mes-propositions">{t('directory.mine.proposals')}</h2>
        {changes.error ? <Alert tone="error">{changes.error}</Alert> : null}
        {changes.data?.length === 0 ? <p>{t('directory.mine.noProposals')}</p> : null}
        {changes.data?.map((c) => (
          <article
            key={c.id}
            className="card card--alt"
            aria-label={`${labels.entity(c.entity)} ${c.entityName}`}
          >
            <p>
              <span
                className={`badge ${c.status === 'validee' ? 'badge--open' : c.status === 'refusee' ? 'badge--closed' : 'badge--muted'}`}
              >
                {labels.changeStatus(c.status)}
              </span>{' '}
              {t('directory.mine.proposalOf', {
                entity: labels.entity(c.entity),
                name: c.entityName,
                date: formatDateTime(c.submittedAt, i18n.language),
              })}
            </p>
            {c.status === 'a_valider' ? <p className="small">{t('directory.mine.waiting')}</p> : null}
            {c.reviewComment ? (
              <p>
                {t('directory.changes.commentWas')} <bdi>{c.reviewComment}</bdi>
              </p>
            ) : null}
            <ChangeDiff change={c} />
          </article>
        ))}
      </section>
    </Page>
  )
}
