import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { Form as AriaForm } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/errors'
import { Alert } from './Alert'
import { FieldErrorsContext } from './field-errors'
import { fieldErrorMap } from './form-errors'

/** Submission state of a form that calls the API: pending flag, server error, per-field messages. */
export function useApiForm() {
  const [error, setError] = useState<ApiError | null>(null)
  const [pending, setPending] = useState(false)
  const [attempt, setAttempt] = useState(0)

  const busy = useRef(false)

  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined
    busy.current = true
    setPending(true)
    setError(null)
    try {
      return await action()
    } catch (e) {
      if (e instanceof ApiError) {
        setError(e)
        setAttempt((n) => n + 1)
        return undefined
      }
      throw e
    } finally {
      busy.current = false
      setPending(false)
    }
  }, [])

  /** A check done in the browser (two passwords that differ): shown exactly like a server error. */
  const fail = useCallback((message: string, field?: string) => {
    setError(new ApiError(0, 'validation', message, field ? [{ field, message }] : []))
    setAttempt((n) => n + 1)
  }, [])

  return {
    error,
    pending,
    run,
    fail,
    attempt,
    fieldErrors: fieldErrorMap(error?.fields),
    clear: () => setError(null),
  }
}

export type ApiFormState = ReturnType<typeof useApiForm>

interface FormProps {
  state: ApiFormState
  onSubmit: () => Promise<void> | void
  children: ReactNode
  /** Accessible name of the form, when the page holds several. */
  label?: string
  className?: string
}

/**
 * A form whose server errors show above it (summary) and beside each field; after a failed
 * submission, focus moves to the first invalid field, or to the summary.
 */
export function Form({ state, onSubmit, children, label, className }: FormProps) {
  const { t } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const alertRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!state.error) return
    const form = formRef.current
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]')
    const focusable = 'input:not([type="file"]), select, textarea, button'
    const target =
      invalid && (invalid.matches(focusable) ? invalid : invalid.querySelector<HTMLElement>(focusable))
    ;(target ?? alertRef.current)?.focus()
  }, [state.error, state.attempt])

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void onSubmit()
  }

  return (
    <AriaForm
      ref={formRef}
      className={className ?? 'form'}
      onSubmit={handleSubmit}
      validationBehavior="aria"
      aria-label={label}
    >
      {state.error ? (
        <Alert ref={alertRef} tone="error" title={t('form.errorTitle')}>
          <p>{state.error.message}</p>
        </Alert>
      ) : null}
      <FieldErrorsContext.Provider value={state.fieldErrors}>{children}</FieldErrorsContext.Provider>
    </AriaForm>
  )
}
