import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Described {
  label: ReactNode
  name: string
  help?: ReactNode
  /** The message of this field, from the browser's checks or the server's answer. */
  error?: string | null | undefined
  required?: boolean
  className?: string
}

/** Ids of the help and error texts, joined for `aria-describedby`. */
function describedBy(id: string, help: ReactNode, error: string | null | undefined) {
  return [help ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(' ') || undefined
}

function Label({ id, label, required }: { id: string; label: ReactNode; required?: boolean | undefined }) {
  const { t } = useTranslation()
  return (
    <label className="pf-field__label" htmlFor={id}>
      {label}
      {required ? (
        <>
          {' '}
          <span aria-hidden="true">*</span>
          <span className="visually-hidden"> ({t('candidature.obligatoire')})</span>
        </>
      ) : null}
    </label>
  )
}

function Help({ id, help, error }: { id: string; help: ReactNode; error: string | null | undefined }) {
  return (
    <>
      {help ? (
        <p id={`${id}-aide`} className="pf-field__help">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-erreur`} className="pf-field__error">
          {error}
        </p>
      ) : null}
    </>
  )
}

type InputProps = Described & {
  type?: 'text' | 'email' | 'tel' | 'search'
  defaultValue?: string
  value?: string
  onChange?: (value: string) => void
  autoComplete?: string
  inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'search'
  maxLength?: number
}

/** A native text input with its label, help and error, tied together for screen readers. */
export function TextInput(props: InputProps) {
  const id = useId()
  const { label, name, help, error, required, className, type = 'text', onChange, ...rest } = props
  return (
    <div className={className ?? 'pf-field'}>
      <Label id={id} label={label} required={required} />
      <input
        id={id}
        name={name}
        type={type}
        className="pf-field__input"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, help, error)}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        {...rest}
      />
      <Help id={id} help={help} error={error} />
    </div>
  )
}

export function TextArea(
  props: Described & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number },
) {
  const id = useId()
  const { label, name, help, error, required, className, onChange, ...rest } = props
  return (
    <div className={className ?? 'pf-field'}>
      <Label id={id} label={label} required={required} />
      <textarea
        id={id}
        name={name}
        className="pf-field__input pf-field__textarea"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, help, error)}
        onChange={(e) => onChange(e.target.value)}
        {...rest}
      />
      <Help id={id} help={help} error={error} />
    </div>
  )
}

export function SelectField(
  props: Described & {
    defaultValue?: string
    value?: string
    onChange?: (value: string) => void
    options: readonly { value: string; label: string }[]
  },
) {
  const id = useId()
  const { label, name, help, error, required, className, options, onChange, ...rest } = props
  return (
    <div className={className ?? 'pf-field'}>
      <Label id={id} label={label} required={required} />
      <select
        id={id}
        name={name}
        className="pf-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, help, error)}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Help id={id} help={help} error={error} />
    </div>
  )
}

/** A native checkbox; `value` is what the GET form sends when it is ticked. */
export function Checkbox(props: {
  label: ReactNode
  name: string
  value?: string
  defaultChecked?: boolean
  checked?: boolean
  onChange?: (checked: boolean) => void
  error?: string | null | undefined
  required?: boolean
}) {
  const id = useId()
  const { label, name, error, onChange, required, ...rest } = props
  return (
    <div className="pf-check">
      <input
        id={id}
        type="checkbox"
        name={name}
        className="pf-check__box"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-erreur` : undefined}
        onChange={onChange ? (e) => onChange(e.target.checked) : undefined}
        {...rest}
      />
      <label htmlFor={id} className="pf-check__label">
        {label}
      </label>
      {error ? (
        <p id={`${id}-erreur`} className="pf-field__error pf-check__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
