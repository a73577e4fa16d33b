import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRatio } from '../../../app/format'
import { contrastWithWhite, minimumContrast, readableOnWhiteText } from '../../../app/theme'
import { TextField } from '../../../ui/TextField'
import { isolate } from '../../../app/bidi'

interface ColourFieldProps {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
}

/** A tenant colour: typed as #RRGGBB or picked, with its contrast against white text shown live. */
export function ColourField({ label, name, value, onChange }: ColourFieldProps) {
  const { t, i18n } = useTranslation()
  const pickerId = useId()
  const ratio = contrastWithWhite(value)
  const used = readableOnWhiteText(value)
  return (
    <div className="colour-field">
      <TextField
        label={label}
        description={t('organisation.colourHelp')}
        name={name}
        value={value}
        onChange={onChange}
        dir="ltr"
      />
      <div className="colour-field__picker">
        <label htmlFor={pickerId}>{t('organisation.pick', { label })}</label>
        <input
          id={pickerId}
          type="color"
          value={ratio === null ? '#000000' : value.toLowerCase()}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      <div className="contrast" role="status">
        {ratio === null ? (
          <p>{t('organisation.colourInvalid')}</p>
        ) : (
          <>
            <span className="contrast__sample" style={{ backgroundColor: used }} aria-hidden="true">
              Aa
            </span>
            <p>
              {ratio >= minimumContrast
                ? t('organisation.contrastOk', { ratio: isolate(formatRatio(ratio, i18n.language)) })
                : t('organisation.contrastLow', {
                    ratio: isolate(formatRatio(ratio, i18n.language)),
                    used: isolate(used),
                  })}
            </p>
          </>
        )}
      </div>
    </div>
  )
}
