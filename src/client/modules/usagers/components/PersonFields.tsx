import { useTranslation } from 'react-i18next'
import { CheckboxGroup } from '../../../ui/CheckboxGroup'
import { CheckboxField } from './CheckboxField'
import { useFieldError } from '../../../ui/field-errors'
import { RadioGroup } from '../../../ui/RadioGroup'
import { Select } from '../../../ui/Select'
import { TextField } from '../../../ui/TextField'
import type { PersonDraft, Section } from '../person-draft'
import { usePersonLabels } from '../usagers.labels'

/** The select value for "not given". */
const NONE = 'non-precise'

interface FieldsProps {
  draft: PersonDraft
  onChange: (patch: Partial<PersonDraft>) => void
}

export function IdentityFields({ draft, onChange }: FieldsProps) {
  const { t } = useTranslation()
  const labels = usePersonLabels()
  return (
    <>
      <p className="field__help">{t('usagers.form.nothingMandatory')}</p>
      <div className="person-form__row">
        <TextField
          label={t('usagers.fields.firstName')}
          name="firstName"
          value={draft.firstName}
          onChange={(firstName) => onChange({ firstName })}
          autoComplete="off"
          dir="auto"
        />
        <TextField
          label={t('usagers.fields.lastName')}
          description={t('usagers.form.lastNameHelp')}
          name="lastName"
          value={draft.lastName}
          onChange={(lastName) => onChange({ lastName })}
          autoComplete="off"
          dir="auto"
        />
      </div>
      <div className="person-form__row">
        <TextField
          label={t('usagers.fields.birthName')}
          name="birthName"
          value={draft.birthName}
          onChange={(birthName) => onChange({ birthName })}
          autoComplete="off"
          dir="auto"
        />
        <TextField
          label={t('usagers.fields.pseudonym')}
          description={t('usagers.form.pseudonymHelp')}
          name="pseudonym"
          value={draft.pseudonym}
          onChange={(pseudonym) => onChange({ pseudonym })}
          autoComplete="off"
          dir="auto"
        />
      </div>
      <TextField
        label={t('usagers.fields.birthDate')}
        description={t('usagers.form.birthDateHelp')}
        name="birthDate"
        type="date"
        value={draft.birthDate}
        onChange={(birthDate) => onChange({ birthDate })}
        dir="ltr"
      />
      <RadioGroup
        label={t('usagers.fields.gender')}
        name="gender"
        options={labels.genderOptions}
        value={draft.gender}
        onChange={(gender) => onChange({ gender })}
        inline
      />
    </>
  )
}

export function ContactFields({ draft, onChange }: FieldsProps) {
  const { t } = useTranslation()
  return (
    <div className="person-form__row">
      <TextField
        label={t('usagers.fields.phone')}
        description={t('usagers.form.phoneHelp')}
        name="phone"
        type="tel"
        inputMode="tel"
        value={draft.phone}
        onChange={(phone) => onChange({ phone })}
        autoComplete="off"
        dir="ltr"
      />
      <TextField
        label={t('usagers.fields.email')}
        name="email"
        type="email"
        inputMode="email"
        value={draft.email}
        onChange={(email) => onChange({ email })}
        autoComplete="off"
        dir="ltr"
      />
    </div>
  )
}

export function LanguageFields({ draft, onChange }: FieldsProps) {
  const { t } = useTranslation()
  const labels = usePersonLabels()
  const errors = useFieldError('languages')
  const itemError = useFieldError('languages.0')
  return (
    <>
      <CheckboxGroup
        label={t('usagers.fields.languages')}
        name="languages"
        options={labels.languageOptions}
        value={draft.languages}
        onChange={(languages) => onChange({ languages })}
      />
      <TextField
        label={t('usagers.form.otherLanguages')}
        description={t('usagers.form.otherLanguagesHelp')}
        name="otherLanguages"
        error={errors ?? itemError}
        value={draft.otherLanguages}
        onChange={(otherLanguages) => onChange({ otherLanguages })}
        autoComplete="off"
        dir="ltr"
      />
      <CheckboxField
        label={t('usagers.form.interpreterNeeded')}
        name="interpreterNeeded"
        value={draft.interpreterNeeded}
        onChange={(interpreterNeeded) => onChange({ interpreterNeeded })}
      />
    </>
  )
}

export function AddressFields({ draft, onChange }: FieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <CheckboxField
        label={t('usagers.noStableAddress')}
        description={t('usagers.form.noStableAddressHelp')}
        name="noStableAddress"
        value={draft.noStableAddress}
        onChange={(noStableAddress) => onChange({ noStableAddress })}
      />
      {draft.noStableAddress ? null : (
        <>
          <TextField
            label={t('usagers.fields.addressLine')}
            name="addressLine"
            value={draft.addressLine}
            onChange={(addressLine) => onChange({ addressLine })}
            autoComplete="off"
            dir="auto"
          />
          <div className="person-form__row">
            <TextField
              label={t('usagers.fields.postalCode')}
              name="postalCode"
              inputMode="numeric"
              value={draft.postalCode}
              onChange={(postalCode) => onChange({ postalCode, communeInsee: '' })}
              autoComplete="off"
              dir="ltr"
            />
            <TextField
              label={t('usagers.fields.city')}
              name="city"
              value={draft.city}
              onChange={(city) => onChange({ city, communeInsee: '' })}
              autoComplete="off"
              dir="auto"
            />
          </div>
        </>
      )}
    </>
  )
}

export function SituationFields({ draft, onChange }: FieldsProps) {
  const { t } = useTranslation()
  const labels = usePersonLabels()
  return (
    <>
      <CheckboxGroup
        label={t('usagers.fields.incomeSources')}
        name="incomeSources"
        options={labels.incomeOptions}
        value={draft.incomeSources}
        onChange={(incomeSources) => onChange({ incomeSources })}
      />
      <Select
        label={t('usagers.fields.housing')}
        name="housing"
        options={[{ id: NONE, label: t('usagers.notGiven') }, ...labels.housingOptions]}
        value={draft.housing ?? NONE}
        onChange={(housing) => onChange({ housing: housing === NONE ? null : housing })}
      />
      <TextField
        label={t('usagers.fields.rsaReferent')}
        description={t('usagers.form.rsaReferentHelp')}
        name="rsaReferent"
        value={draft.rsaReferent}
        onChange={(rsaReferent) => onChange({ rsaReferent })}
        autoComplete="off"
        dir="auto"
      />
    </>
  )
}

export function ConsentFields({ draft, onChange }: FieldsProps) {
  const { t } = useTranslation()
  return (
    <CheckboxGroup
      label={t('usagers.fields.consents')}
      description={t('usagers.form.consentsHelp')}
      name="consents"
      options={[
        { id: 'sms', label: t('usagers.form.consentSms') },
        { id: 'email', label: t('usagers.form.consentEmail') },
      ]}
      value={draft.consents}
      onChange={(consents) => onChange({ consents })}
    />
  )
}

export const sectionFields: Record<Section, (props: FieldsProps) => React.JSX.Element> = {
  identity: IdentityFields,
  contact: ContactFields,
  languages: LanguageFields,
  address: AddressFields,
  situation: SituationFields,
  consents: ConsentFields,
}
