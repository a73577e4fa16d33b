import { useEffect, useState } from 'react'
import { Checkbox, CheckboxGroup } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { DEFAULT_RETENTION_MONTHS } from '../../../../shared/modules/usagers/usagers.policy'
import { call } from '../../../api'
import { formatDate, formatDateTime } from '../../../app/format'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { Link } from '../../../ui/Link'
import { Page } from '../../../ui/Page'
import { TextField } from '../../../ui/TextField'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { formatCivil } from '../usagers.labels'
import { personHref, personName, usagersApi } from '../usagers.queries'
import '../usagers.css'

/** The retention period, in months after the last contact. */
function RetentionForm({ months, onSaved }: { months: number; onSaved: () => void }) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [value, setValue] = useState(String(months))
  const [saved, setSaved] = useState(false)
  useEffect(() => setValue(String(months)), [months])
  const submit = async () => {
    setSaved(false)
    const n = Number(value.trim())
    if (!/^\d+$/.test(value.trim())) return form.fail(t('usagers.retention.wholeMonths'), 'retentionMonths')
    const done = await form.run(() => call(usagersApi.setRetention, { body: { retentionMonths: n } }))
    if (done) {
      setSaved(true)
      onSaved()
    }
  }
  return (
    <Form state={form} onSubmit={submit} label={t('usagers.retention.settingTitle')}>
      <TextField
        label={t('usagers.retention.months')}
        description={t('usagers.retention.monthsHelp', { count: DEFAULT_RETENTION_MONTHS })}
        name="retentionMonths"
        inputMode="numeric"
        value={value}
        onChange={(v) => {
          setValue(v)
          setSaved(false)
        }}
        dir="ltr"
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t('common.save')}
        </Button>
      </div>
      {saved ? <Alert tone="success">{t('usagers.retention.saved', { count: Number(value) })}</Alert> : null}
    </Form>
  )
}

/**
 * "Conservation des données": the retention period (2 years after the last contact by default),
 * the files the monthly review found past it, anonymised only after the administrator confirms.
 */
export function RetentionPage() {
  const { t, i18n } = useTranslation()
  const retention = useLoad(() => call(usagersApi.getRetention, {}))
  const review = useLoad(() => call(usagersApi.anonymisationCandidates, {}))
  const [selected, setSelected] = useState<string[] | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [done, setDone] = useState<number | null>(null)
  const candidates = review.data?.candidates ?? []
  const chosen = selected ?? candidates.map((c) => c.id)
  const nameOf = (c: (typeof candidates)[number]) => personName(c) ?? t('usagers.unnamed')

  const anonymise = async () => {
    const result = await call(usagersApi.anonymise, { body: { usagerIds: chosen } })
    setDone(result.anonymised)
    setSelected(null)
    await review.reload()
  }

  return (
    <Page title={t('usagers.retention.title')} intro={t('usagers.retention.intro')}>
      {retention.error ? <Alert tone="error">{retention.error}</Alert> : null}
      <section className="card" aria-labelledby="duree-conservation">
        <h2 id="duree-conservation">{t('usagers.retention.settingTitle')}</h2>
        {retention.data ? (
          <RetentionForm
            months={retention.data.retentionMonths}
            onSaved={() => {
              void retention.reload()
              void review.reload()
            }}
          />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="dossiers-a-anonymiser">
        <h2 id="dossiers-a-anonymiser">{t('usagers.retention.candidatesTitle')}</h2>
        {review.error ? <Alert tone="error">{review.error}</Alert> : null}
        {done !== null ? <Alert tone="success">{t('usagers.retention.done', { count: done })}</Alert> : null}
        {review.data ? (
          <>
            <p>
              {review.data.reviewedAt
                ? t('usagers.retention.reviewedAt', {
                    date: formatDateTime(review.data.reviewedAt, i18n.language),
                    count: review.data.retentionMonths,
                  })
                : t('usagers.retention.notReviewed')}
            </p>
            {candidates.length === 0 ? (
              <p className="muted">{t('usagers.retention.none')}</p>
            ) : (
              <>
                <CheckboxGroup
                  className="field"
                  aria-label={t('usagers.retention.choose')}
                  value={chosen}
                  onChange={setSelected}
                >
                  <ul className="person-list">
                    {candidates.map((c) => (
                      <li key={c.id} className="person-list__item retention-item">
                        <Checkbox value={c.id} className="checkbox">
                          <span className="checkbox__box" aria-hidden="true">
                            <svg viewBox="0 0 18 18" width="14" height="14">
                              <polyline points="2 9 7 14 16 4" />
                            </svg>
                          </span>
                          <span>
                            <bdi className="person-list__title">{nameOf(c)}</bdi>
                            <span className="visually-hidden">, </span>
                            <span className="small retention-item__detail">
                              {[
                                c.birthDate
                                  ? t('usagers.born', { date: formatCivil(c.birthDate, i18n.language) })
                                  : t('usagers.birthDateUnknown'),
                                t('usagers.lastContact', {
                                  date: formatDate(c.lastContactAt, i18n.language),
                                }),
                              ].join(' · ')}
                            </span>
                          </span>
                        </Checkbox>
                        <Link href={personHref(c.id)}>
                          {t('usagers.retention.open')}
                          <span className="visually-hidden"> {nameOf(c)}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                </CheckboxGroup>
                <div className="form__actions">
                  <Button
                    variant="danger"
                    isDisabled={chosen.length === 0}
                    onPress={() => {
                      setDone(null)
                      setConfirming(true)
                    }}
                  >
                    {t('usagers.retention.anonymise', { count: chosen.length })}
                  </Button>
                </div>
              </>
            )}
          </>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </section>
      {confirming ? (
        <ConfirmDialog
          title={t('usagers.retention.confirmTitle', { count: chosen.length })}
          confirmLabel={t('usagers.retention.confirm', { count: chosen.length })}
          onClose={() => setConfirming(false)}
          onConfirm={anonymise}
        >
          <p>{t('usagers.retention.confirmText')}</p>
          <ul className="plain-list">
            {candidates
              .filter((c) => chosen.includes(c.id))
              .map((c) => (
                <li key={c.id}>
                  <bdi>{nameOf(c)}</bdi>
                </li>
              ))}
          </ul>
        </ConfirmDialog>
      ) : null}
    </Page>
  )
}
