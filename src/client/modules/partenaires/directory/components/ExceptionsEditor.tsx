import { useTranslation } from 'react-i18next'
import type { HoursException } from '../../../../../shared/modules/partenaires/directory.constants'
import { Button } from '../../../../ui/Button'
import { RadioGroup } from '../../../../ui/RadioGroup'
import { TextField } from '../../../../ui/TextField'
import { NativeField } from '../../../../ui/NativeField'

/** A closure or exceptional hours as edited. */
export interface ExceptionDraft {
  from: string
  to: string
  closed: boolean
  hours: [string, string][]
  message: string
}

export const exceptionDraftOf = (e: HoursException): ExceptionDraft => ({
  from: e.from,
  to: e.to,
  closed: e.closed,
  hours: (e.hours ?? []).map(([a, b]) => [a, b]),
  message: e.message ?? '',
})

export const exceptionOfDraft = (d: ExceptionDraft): HoursException => ({
  from: d.from,
  to: d.to || d.from,
  closed: d.closed,
  ...(d.closed ? {} : { hours: d.hours }),
  ...(d.message.trim() ? { message: d.message.trim() } : {}),
})

interface ExceptionsEditorProps {
  value: ExceptionDraft[]
  onChange: (value: ExceptionDraft[]) => void
  name: string
}

/** Closures (holidays, works) and exceptional hours, each over a run of days, with a message for the public. */
export function ExceptionsEditor({ value, onChange, name }: ExceptionsEditorProps) {
  const { t } = useTranslation()
  const set = (i: number, patch: Partial<ExceptionDraft>) =>
    onChange(value.map((e, j) => (j === i ? { ...e, ...patch } : e)))
  return (
    <fieldset className="hours-editor">
      <legend className="field__label">{t('directory.exceptions.legend')}</legend>
      <p className="field__help">{t('directory.exceptions.help')}</p>
      {value.length === 0 ? <p className="muted">{t('directory.exceptions.none')}</p> : null}
      {value.map((e, i) => (
        <fieldset key={i} className="hours-editor__day">
          <legend className="hours-editor__day-name">{t('directory.exceptions.item', { n: i + 1 })}</legend>
          <div className="hours-editor__span">
            <NativeField
              type="date"
              name={`${name}.${i}.from`}
              label={t('directory.exceptions.from')}
              value={e.from}
              onChange={(v) => set(i, { from: v })}
            />
            <NativeField
              type="date"
              name={`${name}.${i}.to`}
              label={t('directory.exceptions.to')}
              value={e.to}
              onChange={(v) => set(i, { to: v })}
            />
          </div>
          <RadioGroup
            inline
            label={t('directory.exceptions.kind')}
            name={`${name}.${i}.closed`}
            value={e.closed ? 'ferme' : 'horaires'}
            onChange={(v) =>
              set(i, {
                closed: v === 'ferme',
                hours: v === 'ferme' || e.hours.length > 0 ? e.hours : [['09:00', '12:00']],
              })
            }
            options={[
              { id: 'ferme', label: t('directory.exceptions.closed') },
              { id: 'horaires', label: t('directory.exceptions.special') },
            ]}
          />
          {!e.closed
            ? e.hours.map((span, k) => (
                <div key={k} className="hours-editor__span">
                  <NativeField
                    type="time"
                    name={`${name}.${i}.hours.${k}`}
                    label={t('directory.exceptions.spanFrom', { n: k + 1 })}
                    value={span[0]}
                    onChange={(v) => set(i, { hours: e.hours.map((s, j) => (j === k ? [v, s[1]] : s)) })}
                  />
                  <NativeField
                    type="time"
                    name={`${name}.${i}.hours.${k}.1`}
                    label={t('directory.exceptions.spanTo', { n: k + 1 })}
                    value={span[1]}
                    onChange={(v) => set(i, { hours: e.hours.map((s, j) => (j === k ? [s[0], v] : s)) })}
                  />
                </div>
              ))
            : null}
          {!e.closed ? (
            <Button variant="quiet" onPress={() => set(i, { hours: [...e.hours, ['14:00', '17:00']] })}>
              {t('directory.hours.addSpan')}
            </Button>
          ) : null}
          <TextField
            label={t('directory.exceptions.message')}
            name={`${name}.${i}.message`}
            value={e.message}
            onChange={(v) => set(i, { message: v })}
          />
          <div className="form__actions">
            <Button variant="quiet" onPress={() => onChange(value.filter((_, j) => j !== i))}>
              {t('directory.exceptions.remove', { n: i + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="form__actions">
        <Button
          onPress={() => onChange([...value, { from: '', to: '', closed: true, hours: [], message: '' }])}
        >
          {t('directory.exceptions.add')}
        </Button>
      </div>
    </fieldset>
  )
}
