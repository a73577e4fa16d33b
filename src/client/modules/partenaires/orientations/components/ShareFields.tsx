import { Checkbox } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { TextArea } from '../../../../ui/TextArea'
import { TextField } from '../../../../ui/TextField'
import { useFieldError } from '../../../../ui/field-errors'
import type { ShareableField } from '../orientations.labels'
import type { ShareChoice, ShareValues } from '../share-values'

const inputModes: Partial<Record<ShareableField, 'tel' | 'email'>> = { phone: 'tel', email: 'email' }

/** One thing the person may share: unticked by default, its value shown and correctable once ticked. */
function ShareField({
  field,
  value,
  checked,
  onValue,
  onChecked,
}: {
  field: ShareableField
  value: string
  checked: boolean
  onValue: (v: string) => void
  onChecked: (v: boolean) => void
}) {
  const { t } = useTranslation()
  const label = t(`orientations.fields.${field}`)
  const error = useFieldError(`share.${field}`)
  return (
    <li className="share-field">
      <Checkbox isSelected={checked} onChange={onChecked} className="checkbox" isInvalid={Boolean(error)}>
        <span className="checkbox__box" aria-hidden="true">
          <svg viewBox="0 0 18 18" width="14" height="14">
            <polyline points="2 9 7 14 16 4" />
          </svg>
        </span>
        <span>
          {t('orientations.orient.shareField', { field: label })}
          {value && field !== 'message' ? (
            <>
              {' : '}
              <bdi className="share-field__value">{value}</bdi>
            </>
          ) : null}
        </span>
      </Checkbox>
      {checked && field === 'message' ? (
        <TextArea
          label={t('orientations.orient.messageShared')}
          description={t('orientations.orient.messageSharedHelp')}
          name="share.message"
          value={value}
          onChange={onValue}
          rows={4}
        />
      ) : null}
      {checked && field !== 'message' ? (
        <TextField
          label={t('orientations.orient.valueOf', { field: label })}
          name={`share.${field}`}
          value={value}
          onChange={onValue}
          inputMode={inputModes[field]}
          dir="auto"
        />
      ) : null}
    </li>
  )
}

/** What the person agrees to share with the partner: nothing by default, each piece ticked one by one. */
export function ShareFields({
  fields,
  values,
  choice,
  onValues,
  onChoice,
}: {
  fields: readonly ShareableField[]
  values: ShareValues
  choice: ShareChoice
  onValues: (v: ShareValues) => void
  onChoice: (v: ShareChoice) => void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="share-fields">
      <legend className="field__label">{t('orientations.orient.shareLegend')}</legend>
      <p className="field__help">{t('orientations.orient.shareIntro')}</p>
      <ul className="share-fields__list">
        {fields.map((field) => (
          <ShareField
            key={field}
            field={field}
            value={values[field]}
            checked={choice[field]}
            onValue={(v) => onValues({ ...values, [field]: v })}
            onChecked={(v) => onChoice({ ...choice, [field]: v })}
          />
        ))}
      </ul>
    </fieldset>
  )
}
