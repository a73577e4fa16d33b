import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../ui/Button'
import { Form, useApiForm } from '../../../ui/Form'
import { TextField } from '../../../ui/TextField'

/** The 6-digit code of the authenticator application. */
export function CodeForm({
  onCode,
  submitLabel,
}: {
  onCode: (code: string) => Promise<void>
  submitLabel: string
}) {
  const { t } = useTranslation()
  const form = useApiForm()
  const [code, setCode] = useState('')
  return (
    <Form state={form} onSubmit={() => form.run(() => onCode(code))} label={t('signIn.codeTitle')}>
      <TextField
        label={t('signIn.code')}
        description={t('signIn.codeHelp')}
        name="code"
        value={code}
        onChange={setCode}
        inputMode="numeric"
        autoComplete="one-time-code"
        dir="ltr"
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  )
}
