import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MailKind, ReturnReason } from '../../../../../shared/modules/domiciliation/mail.constants'
import { MAX_MAIL_BATCH } from '../../../../../shared/modules/domiciliation/mail.constants'
import { call } from '../../../../api'
import { isolate } from '../../../../app/bidi'
import { Alert } from '../../../../ui/Alert'
import { Button } from '../../../../ui/Button'
import { Form, useApiForm } from '../../../../ui/Form'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { Select } from '../../../../ui/Select'
import { TextField } from '../../../../ui/TextField'
import { isMailKind, isReturnReason, useDeskLabels } from '../desk.labels'
import { mailApi, type DeskFile } from '../desk.queries'
import { DeskFileSearch } from './DeskFileSearch'

interface Line {
  key: number
  file: DeskFile
  kind: MailKind
  sender: string | null
  /** Set when the item must go back to its sender (no domiciliation in force, NPAI). */
  returnReason: ReturnReason | null
}

/** The return a file calls for on arrival, as the server will require it. */
function expectedReturn(file: DeskFile): ReturnReason | null {
  if (!file.active) {
    if (file.status === 'radie') return 'radiation'
    if (file.status === 'expiree') return 'fin_de_domiciliation'
    return 'inconnu'
  }
  return file.npaiSince ? 'inconnu' : null
}

/**
 * The morning's post: choose the kind (and the sender), type a name or a number, Entrée adds a
 * line; then one batch is recorded, all or nothing, each refusal shown on its line.
 */
export function MailArrivals() {
  const { t } = useTranslation()
  const labels = useDeskLabels()
  const form = useApiForm()
  const [kind, setKind] = useState<MailKind>('courrier')
  const [sender, setSender] = useState('')
  const [lines, setLines] = useState<Line[]>([])
  const [announce, setAnnounce] = useState('')
  const [saved, setSaved] = useState<{ count: number; names: string[] } | null>(null)
  const nextKey = useRef(1)
  const searchArea = useRef<HTMLDivElement>(null)

  const add = (file: DeskFile) => {
    const line: Line = {
      key: nextKey.current++,
      file,
      kind,
      sender: sender.trim() || null,
      returnReason: expectedReturn(file),
    }
    setLines((list) => [...list, line])
    setSender('')
    setSaved(null)
    form.clear()
    setAnnounce(
      t('domiDesk.arrivals.added', {
        kind: labels.kind(kind),
        name: isolate(file.personLabel),
        count: lines.length + 1,
      }),
    )
  }

  const remove = (key: number) => {
    setLines((list) => list.filter((l) => l.key !== key))
    form.clear()
  }

  const setReturn = (key: number, reason: ReturnReason | null) =>
    setLines((list) => list.map((l) => (l.key === key ? { ...l, returnReason: reason } : l)))

  /** Entrée in the sender field goes on to the name, it never sends the batch. */
  const senderKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    searchArea.current?.querySelector('input')?.focus()
  }

  const submit = async () => {
    if (lines.length === 0) return form.fail(t('domiDesk.arrivals.noLine'))
    const result = await form.run(() =>
      call(mailApi.register, {
        body: {
          items: lines.map((l) => ({
            domiciliationId: l.file.id,
            kind: l.kind,
            sender: l.sender,
            returnReason: l.returnReason,
          })),
        },
      }),
    )
    if (!result) return
    setSaved({ count: result.items.length, names: [...new Set(lines.map((l) => l.file.personLabel))] })
    setLines([])
    setAnnounce('')
  }

  const errorOf = (index: number) =>
    ['fileNumber', 'domiciliationId', 'returnReason', 'kind', 'sender']
      .map((f) => form.fieldErrors[`items.${index}.${f}`])
      .find(Boolean)

  return (
    <div className="stack">
      <div className="desk-entry">
        <RadioGroup
          label={t('domiDesk.arrivals.kind')}
          name="kind"
          inline
          options={labels.kindOptions}
          value={kind}
          onChange={(v) => isMailKind(v) && setKind(v)}
        />
        <TextField
          label={t('domiDesk.arrivals.sender')}
          description={t('domiDesk.arrivals.senderHelp')}
          name="sender"
          value={sender}
          onChange={setSender}
          onKeyDown={senderKeyDown}
          maxLength={200}
        />
        <div ref={searchArea}>
          <DeskFileSearch
            label={t('domiDesk.arrivals.search')}
            help={t('domiDesk.arrivals.searchHelp')}
            onPick={add}
          />
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      {saved ? (
        <Alert tone="success" title={t('domiDesk.arrivals.saved', { count: saved.count })}>
          <p>{t('domiDesk.arrivals.savedFor', { names: saved.names.map(isolate).join(', ') })}</p>
        </Alert>
      ) : null}
      <Form state={form} onSubmit={submit} label={t('domiDesk.arrivals.batch')} className="form form--wide">
        {lines.length === 0 ? (
          <p className="muted">{t('domiDesk.arrivals.empty')}</p>
        ) : (
          <ol className="desk-lines" aria-label={t('domiDesk.arrivals.lines', { count: lines.length })}>
            {lines.map((line, index) => {
              const error = errorOf(index)
              const due = expectedReturn(line.file)
              return (
                <li key={line.key} className={`desk-line${error ? ' desk-line--error' : ''}`}>
                  <div className="desk-line__main">
                    <p className="desk-line__title">
                      <span className="desk-line__number">
                        {t('domiDesk.arrivals.lineNumber', { n: index + 1 })}
                      </span>{' '}
                      {labels.kind(line.kind)} —{' '}
                      <bdi className="desk-line__name">{line.file.personLabel}</bdi>{' '}
                      <span className="muted">
                        ({t('domiDesk.search.number', { number: line.file.fileNumber })})
                      </span>
                    </p>
                    <p className="small">
                      {line.sender ? (
                        <>
                          {t('domiDesk.arrivals.from')} <bdi>{line.sender}</bdi>
                        </>
                      ) : (
                        t('domiDesk.arrivals.noSender')
                      )}
                    </p>
                    {line.file.forwarding && !due ? (
                      <p className="small">
                        {t('domiDesk.arrivals.forwarded')} <bdi>{line.file.forwarding.address}</bdi>
                      </p>
                    ) : null}
                    {due || line.returnReason ? (
                      <div className="desk-line__return">
                        <p className="small">
                          {line.file.active && line.file.npaiSince
                            ? t('domiDesk.arrivals.npai')
                            : t('domiDesk.arrivals.inactive', { status: labels.status(line.file.status) })}
                        </p>
                        <Select
                          label={t('domiDesk.arrivals.returnReason', { n: index + 1 })}
                          options={labels.returnReasonOptions}
                          value={line.returnReason}
                          onChange={(v) => setReturn(line.key, isReturnReason(v) ? v : null)}
                        />
                      </div>
                    ) : null}
                    {error ? <p className="field__error">{error}</p> : null}
                  </div>
                  <Button variant="quiet" onPress={() => remove(line.key)}>
                    {t('domiDesk.arrivals.remove')}
                    <span className="visually-hidden">
                      {' '}
                      {t('domiDesk.arrivals.lineNumber', { n: index + 1 })}
                    </span>
                  </Button>
                </li>
              )
            })}
          </ol>
        )}
        <div className="form__actions">
          <Button
            type="submit"
            variant="primary"
            isPending={form.pending}
            isDisabled={lines.length === 0 || lines.length > MAX_MAIL_BATCH}
          >
            {t('domiDesk.arrivals.submit', { count: lines.length })}
          </Button>
          {lines.length > 0 ? (
            <Button onPress={() => setLines([])}>{t('domiDesk.arrivals.clear')}</Button>
          ) : null}
        </div>
      </Form>
    </div>
  )
}
