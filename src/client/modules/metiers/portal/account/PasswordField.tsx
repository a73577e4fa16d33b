import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** A password field with its label, help, error, and a box to show what was typed (phones). */
export function PasswordField(props: {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  autoComplete: 'new-password' | 'current-password'
  help?: string | undefined
  error?: string | null | undefined
}) {
  const { t } = useTranslation()
  const id = useId()
  const [shown, setShown] = useState(false)
  const described = [props.help ? `${id}-aide` : null, props.error ? `${id}-erreur` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="pf-field">
      <label className="pf-field__label" htmlFor={id}>
        {props.label} <span aria-hidden="true">*</span>
        <span className="visually-hidden"> ({t('candidature.obligatoire')})</span>
      </label>
      <input
        id={id}
        name={props.name}
        type={shown ? 'text' : 'password'}
        className="pf-field__input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete={props.autoComplete}
        required
        maxLength={256}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {props.help ? (
        <p id={`${id}-aide`} className="pf-field__help">
          {props.help}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${id}-erreur`} className="pf-field__error">
          {props.error}
        </p>
      ) : null}
      <label className="pc-show-password">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />{' '}
        {t('compte.champs.afficher')}
      </label>
    </div>
  )
}
