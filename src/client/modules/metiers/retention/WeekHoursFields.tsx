import { useTranslation } from 'react-i18next'
import { retentionWeekDays, type RetentionWeekDay } from '../../../../shared/modules/metiers/retention-hours'
import { TextField } from '../../../ui/TextField'

export type WeekTexts = Record<RetentionWeekDay, string>

/** One field per weekday, hours typed as people write them (« 8h30-12h, 13h30-17h30 »). */
export function WeekHoursFields({
  value,
  onChange,
}: {
  value: WeekTexts
  onChange: (next: WeekTexts) => void
}) {
  const { t } = useTranslation()
  const days = t('metiers_retention.days', { returnObjects: true }) as string[]
  return (
    <fieldset className="fieldset">
      <legend>{t('metiers_retention.hours')}</legend>
      <p className="field__help">{t('metiers_retention.hoursHelp')}</p>
      {retentionWeekDays.map((day, i) => (
        <TextField
          key={day}
          label={days[i] ?? day}
          name={`openingHours.${day}`}
          value={value[day]}
          onChange={(text) => onChange({ ...value, [day]: text })}
        />
      ))}
    </fieldset>
  )
}
