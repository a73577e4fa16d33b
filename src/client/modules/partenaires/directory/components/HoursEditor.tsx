import { useTranslation } from 'react-i18next'
import { weekDays, type WeekDay } from '../../../../../shared/modules/partenaires/directory.constants'
import { Button } from '../../../../ui/Button'
import { useFieldError } from '../../../../ui/field-errors'
import type { WeekDraft } from '../hours-draft'
import { NativeField } from '../../../../ui/NativeField'

interface HoursEditorProps {
  value: WeekDraft
  onChange: (value: WeekDraft) => void
  /** Field name the server uses for these hours (`openingHours`), for its messages. */
  name: string
  legend: string
}

function DayError({ name }: { name: string }) {
  const message = useFieldError(name)
  return message ? <p className="field__error">{message}</p> : null
}

/** The week, day by day: no span is a closed day; several spans per day (morning, afternoon). */
export function HoursEditor({ value, onChange, name, legend }: HoursEditorProps) {
  const { t } = useTranslation()
  const setDay = (day: WeekDay, spans: [string, string][]) => onChange({ ...value, [day]: spans })
  const copyToWeekdays = () => {
    const monday = value.lundi
    onChange({
      ...value,
      mardi: monday.map(([a, b]) => [a, b]),
      mercredi: monday.map(([a, b]) => [a, b]),
      jeudi: monday.map(([a, b]) => [a, b]),
      vendredi: monday.map(([a, b]) => [a, b]),
    })
  }
  return (
    <fieldset className="hours-editor">
      <legend className="field__label">{legend}</legend>
      <p className="field__help">{t('directory.hours.editorHelp')}</p>
      <DayError name={name} />
      {weekDays.map((day) => {
        const spans = value[day]
        const dayLabel = t(`directory.days.${day}`)
        return (
          <fieldset key={day} className="hours-editor__day">
            <legend className="hours-editor__day-name">{dayLabel}</legend>
            {spans.length === 0 ? (
              <p className="muted hours-editor__closed">{t('directory.hours.closed')}</p>
            ) : null}
            {spans.map((span, i) => (
              <div key={i} className="hours-editor__span">
                <NativeField
                  type="time"
                  name={`${name}.${day}.${i}`}
                  label={t('directory.hours.from', { day: dayLabel, n: i + 1 })}
                  value={span[0]}
                  onChange={(v) =>
                    setDay(
                      day,
                      spans.map((s, j) => (j === i ? [v, s[1]] : s)),
                    )
                  }
                />
                <NativeField
                  type="time"
                  name={`${name}.${day}.${i}.1`}
                  label={t('directory.hours.to', { day: dayLabel, n: i + 1 })}
                  value={span[1]}
                  onChange={(v) =>
                    setDay(
                      day,
                      spans.map((s, j) => (j === i ? [s[0], v] : s)),
                    )
                  }
                />
                <Button
                  variant="quiet"
                  aria-label={t('directory.hours.removeSpan', { day: dayLabel, n: i + 1 })}
                  onPress={() =>
                    setDay(
                      day,
                      spans.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('directory.hours.remove')}
                </Button>
              </div>
            ))}
            <DayError name={`${name}.${day}`} />
            <div className="form__actions">
              <Button
                variant="quiet"
                aria-label={t('directory.hours.addSpanTo', { day: dayLabel })}
                onPress={() =>
                  setDay(day, [...spans, spans.length === 0 ? ['09:00', '12:00'] : ['14:00', '17:00']])
                }
              >
                {t('directory.hours.addSpan')}
              </Button>
              {day === 'lundi' && spans.length > 0 ? (
                <Button variant="quiet" onPress={copyToWeekdays}>
                  {t('directory.hours.copyMonday')}
                </Button>
              ) : null}
            </div>
          </fieldset>
        )
      })}
    </fieldset>
  )
}
