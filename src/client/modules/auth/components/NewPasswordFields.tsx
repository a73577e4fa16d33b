import { useTranslation } from 'react-i18next'
import { TextField } from '../../../ui/TextField'

interface NewPasswordFieldsProps {
  /** Field name the server uses for the new password (`newPassword` or `password`). */
  name: string
  value: string
  onChange: (value: string) => void
  confirmation: string
  onConfirmationChange: (value: string) => void
}

/** New password typed twice, with the rule said up front. */
export function NewPasswordFields({
  name,
  value,
  onChange,
  confirmation,
  onConfirmationChange,
}: NewPasswordFieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <TextField
        label={t('password.new')}
        description={t('password.rule')}
        name={name}
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={onChange}
        isRequired
      />
      <TextField
        label={t('password.confirm')}
        name="confirmation"
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={onConfirmationChange}
        isRequired
      />
    </>
  )
}
