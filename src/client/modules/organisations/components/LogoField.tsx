import { useId } from 'react'
import { FileTrigger } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../ui/Button'
import { useFieldError } from '../../../ui/field-errors'
import { logoTypes } from '../logo'

interface LogoFieldProps {
  value: string | null
  onPick: (file: File) => void
  onRemove: () => void
  /** A check done in the browser (type, size); otherwise the server's message for `logoDataUrl`. */
  error?: string | undefined
}

/** The logo: preview, a button that opens the file picker (labelled in the interface language), removal. */
export function LogoField({ value, onPick, onRemove, error }: LogoFieldProps) {
  const { t } = useTranslation()
  const labelId = useId()
  const helpId = useId()
  const errorId = useId()
  const message = useFieldError('logoDataUrl', error)
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={message ? `${helpId} ${errorId}` : helpId}
      aria-invalid={message ? true : undefined}
      className="field"
    >
      <span id={labelId} className="field__label">
        {t('organisation.logo')}
      </span>
      <p id={helpId} className="field__help">
        {t('organisation.logoHelp')}
      </p>
      {value ? <img className="logo-preview" src={value} alt={t('organisation.logoPreview')} /> : null}
      <div className="form__actions">
        <FileTrigger
          acceptedFileTypes={logoTypes}
          onSelect={(files) => {
            const file = files?.[0]
            if (file) onPick(file)
          }}
        >
          <Button aria-describedby={message ? `${helpId} ${errorId}` : helpId}>
            {t('organisation.logoPick')}
          </Button>
        </FileTrigger>
        {value ? (
          <Button variant="quiet" onPress={onRemove}>
            {t('organisation.logoRemove')}
          </Button>
        ) : null}
      </div>
      {message ? (
        <p className="field__error" id={errorId}>
          {message}
        </p>
      ) : null}
    </div>
  )
}
