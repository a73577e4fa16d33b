import { useTranslation } from 'react-i18next'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'

/** One yes/no choice (« publiée ») shown as a checkbox, its error under the field's name. */
export function PublishedCheckbox({
  name,
  label,
  value,
  onChange,
}: {
  name: string
  label: string
  value: boolean
  onChange: (value: boolean) => void
}) {
  const { t } = useTranslation()
  return (
    <CheckboxGroup
      label={t('metiers_trainings.publication')}
      name={name}
      options={[{ id: 'oui', label }]}
      value={value ? ['oui'] : []}
      onChange={(v) => onChange(v.includes('oui'))}
    />
  )
}
