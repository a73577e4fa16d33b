import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RadiationMotive } from '../../../../shared/modules/domiciliation/domiciliation.constants'
import { Select } from '../../../ui/Select'
import { TextArea } from '../../../ui/TextArea'
import { isRadiationMotive, useDomiciliationLabels } from '../domiciliation.labels'

/** The motive of a radiation (one of the seven) and its details, for one file or several. */
export function useRadiationChoice() {
  const [motive, setMotive] = useState<string | null>(null)
  const [detail, setDetail] = useState('')
  return {
    motive,
    setMotive,
    detail,
    setDetail,
    reset: () => {
      setMotive(null)
      setDetail('')
    },
    /**
     * The body part of the call. A missing motive is sent missing: the server answers with its
     * message, shown by the field.
     */
    body: () => ({
      motive: (isRadiationMotive(motive) ? motive : undefined) as RadiationMotive,
      motiveDetail: detail.trim() || null,
    }),
  }
}

export type RadiationChoice = ReturnType<typeof useRadiationChoice>

export function RadiationFields({ choice }: { choice: RadiationChoice }) {
  const { t } = useTranslation()
  const labels = useDomiciliationLabels()
  return (
    <>
      <Select
        label={t('domiciliation.radiate.motive')}
        name="motive"
        options={labels.radiationMotiveOptions}
        value={choice.motive}
        onChange={choice.setMotive}
        placeholder={t('domiciliation.choose')}
        isRequired
      />
      <TextArea
        label={t('domiciliation.radiate.detail')}
        description={t('domiciliation.radiate.detailHelp')}
        name="motiveDetail"
        value={choice.detail}
        onChange={choice.setDetail}
        rows={3}
      />
    </>
  )
}
